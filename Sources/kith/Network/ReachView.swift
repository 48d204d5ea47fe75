import KithCore

/// A reach or path answer as text: direct ties, then each introducer with their route and why.
struct ReachView {
    let answer: ReachAnswer
    /// "you" when the routes start from me.
    var startIsMe: Bool { answer.fromMe }

    func render() -> String {
        var lines: [String] = []
        let goal = answer.goal
        let what = Self.goalText(goal)
        lines.append(Terminal.bold(startIsMe ? "Who can introduce you to \(what)?"
                                             : "How \(answer.from.name) is connected to \(what)"))
        if goal.searched < goal.targets {
            lines.append(Terminal.dim("Searched from the \(goal.searched) most relevant; narrow the goal to search the rest."))
        }

        if !answer.direct.isEmpty {
            lines.append("")
            let who = startIsMe ? "You already know" : "\(answer.from.name) already knows"
            if goal.kind == .person, let route = answer.direct.first {
                lines.append("\(who) them directly: " + route.steps[0].why.joined(separator: ", ") + ".")
            } else {
                lines.append("\(who) \(Self.people(answer.direct.count)) directly:")
                for route in answer.direct.prefix(5) {
                    lines.append("  \(route.target.label)" + (route.target.organization.map { ", \($0)" } ?? "")
                                 + Terminal.dim("  " + route.steps[0].why.joined(separator: ", ")))
                }
                if answer.direct.count > 5 { lines.append(Terminal.dim("  … and \(answer.direct.count - 5) more")) }
            }
        }

        if answer.introducers.isEmpty {
            lines.append("")
            let hops = answer.maxHops == 1 ? "1 hop" : "\(answer.maxHops) hops"
            lines.append("Nobody \(answer.direct.isEmpty ? "" : "else ")\(startIsMe ? "you know" : "they know") reaches them within \(hops)." + (answer.maxHops < 4 ? " Try --max-hops \(answer.maxHops + 1)." : ""))
        }
        for introducer in answer.introducers { lines += self.introducer(introducer) }
        for shared in answer.sharedBridges {
            lines.append("")
            let names = shared.introducers.map(\.name)
            lines.append(Terminal.yellow("\(Self.list(names)) all reach them only through \(shared.bridge.label): "
                                         + "one way in, not \(names.count)."))
            if answer.introducers.contains(where: { $0.onlyThrough == shared.bridge && $0.askDirectly == true }) {
                lines.append(Terminal.yellow(askDirectly(shared.bridge)))
            }
        }
        return lines.joined(separator: "\n")
    }

    /// One introducer: rank, score, the route step by step, what I owe, alternatives.
    private func introducer(_ introducer: ReachIntroducer) -> [String] {
        var lines = [""]
        lines.append("\(introducer.rank). " + Terminal.bold(introducer.introducer.label)
                     + "  " + Terminal.cyan(Self.percent(introducer.best.score)))
        if introducer.rank == 1 { lines.append(Terminal.dim("   " + Self.scoreMeaning)) }
        lines += route(introducer.best, indent: "   ")
        for fact in introducer.reciprocity {
            lines.append("   " + Terminal.yellow("! " + Self.words(fact, person: introducer.introducer)))
        }
        if let only = introducer.onlyThrough, !answer.sharedBridges.contains(where: { $0.bridge == only }) {
            lines.append("   " + Terminal.yellow("! every route from \(Self.firstName(introducer.introducer)) goes through \(only.label)"))
            if introducer.askDirectly == true { lines.append("   " + Terminal.yellow("! " + askDirectly(only))) }
        }
        for alternative in introducer.alternatives {
            let meets = (alternative.meetsBestAt ?? []).map(\.name)
            lines.append(Terminal.dim("   also: " + Self.chain(alternative, startIsMe: startIsMe)
                                      + "  " + Self.percent(alternative.score)
                                      + (meets.isEmpty ? "" : ", both through \(Self.list(meets))")))
        }
        return lines
    }

    /// What a percentage means, said once, under the first.
    static let scoreMeaning = "the % ranks routes (fit × tie weights × 0.8 per extra hop), not a chance"

    /// When the one person every route needs is someone I know: ask them, not the introducer.
    private func askDirectly(_ person: PersonSummary) -> String {
        "\(startIsMe ? "you know \(Self.firstName(person)) yourself" : "\(answer.from.name) knows \(Self.firstName(person))"): ask \(Self.firstName(person)) directly"
    }

    private func route(_ route: ReachRoute, indent: String) -> [String] {
        var lines = [indent + Self.chain(route, startIsMe: startIsMe)]
        for step in route.steps {
            let from = step.from.id == answer.from.id && startIsMe ? "You" : step.from.name
            lines.append(indent + Terminal.dim("\(from) ↔ \(step.to.name): ") + step.why.joined(separator: ", "))
        }
        return lines
    }

    /// `you → Ana Silva → Carla Diaz → Tess Lind (Stripe)`.
    static func chain(_ route: ReachRoute, startIsMe: Bool) -> String {
        let names = route.people.enumerated().map { index, person in
            index == 0 && startIsMe ? "you" : person.name
        }
        return names.joined(separator: " → ") + (route.target.organization.map { " (\($0))" } ?? "")
    }

    /// A reciprocity fact as a sentence, with the introducer by first name.
    static func words(_ fact: Reciprocity, person: PersonSummary) -> String {
        let first = firstName(person)
        switch fact {
        case .overduePromises(let promises, let total):
            let items = promises.map { "\"\($0.what)\" (\($0.daysOverdue) days overdue)" }
            return "you owe \(first) \(items.joined(separator: " and "))"
                + (total > promises.count ? " and \(total - promises.count) more" : "")
        case .unreturnedIntroductions(let received, let asked):
            var parts: [String] = []
            if received > 0 { parts.append("\(first) introduced you \(received == 1 ? "once" : "\(received) times")") }
            if asked > 0 { parts.append("you have \(asked) request\(asked == 1 ? "" : "s") open with them") }
            return parts.joined(separator: " and ") + "; you have introduced them to no one"
        case .ledgerLeansTheirWay(let balance):
            return "the ledger leans their way (balance \(balance))"
        }
    }

    /// `Stripe (organisation, 12 people)`, `“seed investor” (40 people match)`.
    static func goalText(_ goal: ReachGoal) -> String {
        switch goal.kind {
        case .person: goal.query
        case .organization: "\(goal.query) (organisation, \(people(goal.targets)))"
        case .tag: "people tagged \(goal.query) (\(people(goal.targets)))"
        case .text: "“\(goal.query)” (\(people(goal.targets)) match)"
        case .need: "what your need #\(goal.needID ?? 0) asks for, “\(goal.query)” (\(people(goal.targets)) match)"
        }
    }

    /// `58%`, or `<1%`.
    static func percent(_ score: Double) -> String {
        let value = Int((score * 100).rounded())
        return value < 1 ? "<1%" : "\(value)%"
    }

    static func firstName(_ person: PersonSummary) -> String {
        person.name.split(separator: " ").first.map(String.init) ?? person.name
    }

    static func people(_ count: Int) -> String { "\(count) \(count == 1 ? "person" : "people")" }

    static func list(_ names: [String]) -> String {
        names.count <= 1 ? names.joined() : names.dropLast().joined(separator: ", ") + " and " + names[names.count - 1]
    }
}
