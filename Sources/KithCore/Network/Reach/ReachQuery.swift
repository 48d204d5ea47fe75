import Collections
import GRDB
import KithGraph

/// "Who can introduce me to …?" and "how are these two connected?", answered from the part of
/// the network around the goal.
public struct ReachQuery: Sendable {
    let context: Context

    public init(_ context: Context) { self.context = context }

    /// The best introducers to `goal` (a person, `org:NAME`, `tag:NAME` or free text), each a
    /// different person I know, with up to `alternatives` other routes through each.
    public func reach(_ goal: String, maxHops: Int = 3, limit: Int = 5, alternatives: Int = 2) throws -> ReachAnswer {
        try Self.check(maxHops: maxHops, limit: limit, alternatives: alternatives)
        return try context.read { db in
            let me = try PersonResolver(db: db).me()
            let (goal, targets) = try ReachGoal.resolve(goal, in: db)
            if goal.kind == .person, targets.first?.id == me.id {
                throw KithError.invalid("that is you; name someone else to reach")
            }
            return try answer(from: me, me: me.id, goal: goal, targets: targets, maxHops: maxHops, limit: limit,
                              alternatives: alternatives, in: db)
        }
    }

    /// The best routes between two people, each through a different first person.
    public func path(from start: String, to end: String, maxHops: Int = 3, limit: Int = 3) throws -> ReachAnswer {
        try Self.check(maxHops: maxHops, limit: limit, alternatives: 0)
        return try context.read { db in
            let resolver = PersonResolver(db: db)
            let me = try resolver.me()
            let from = try resolver.resolve(start), to = try resolver.resolve(end)
            guard from.id != to.id else {
                throw KithError.invalid("'\(start)' and '\(end)' are both \(from.label); name two different people")
            }
            let goal = ReachGoal(kind: .person, query: to.name, targets: 1, searched: 1)
            return try answer(from: from, me: me.id, goal: goal, targets: [(to.id, 1)], maxHops: maxHops, limit: limit,
                              alternatives: 0, in: db)
        }
    }

    private static func check(maxHops: Int, limit: Int, alternatives: Int) throws {
        try KithError.Setting.maxHops.check(maxHops, in: 1...4)
        try KithError.Setting.limit.checkLimit(limit)
        try KithError.Setting.alternatives.check(alternatives, in: 0...10)
    }

    private func answer(from start: PersonSummary, me: Int64, goal: ReachGoal, targets: [(id: Int64, relevance: Double)],
                        maxHops: Int, limit: Int, alternatives: Int, in db: Database) throws -> ReachAnswer {
        let targets = targets.filter { $0.id != start.id }
        var network = try ReachNetwork.load(source: start.id, me: me, targets: targets.map(\.id), maxHops: maxHops,
                                            today: context.today, in: db)
        let source = network.index[start.id] ?? 0
        let reach = Reach(graph: network.graph, source: source,
                          targets: targets.compactMap { target in
                              network.index[target.id].map { Reach.Target(person: $0, relevance: target.relevance) }
                          },
                          maxHops: maxHops)
        let direct = reach.direct()
        let suggestions = reach.introducers(limit: limit, alternatives: alternatives)
        let routes = direct + suggestions.flatMap { [$0.best] + $0.alternatives.map(\.route) }
        try network.explain(routes.flatMap { zip($0.people, $0.people.dropFirst()).map { ($0, $1) } }, in: db)
        let view = RouteView(network: network, names: try PeopleQuery.summaries(
            Set(routes.flatMap(\.people)).map { network.people[$0] }, in: db))

        let introducers = try suggestions.enumerated().map { rank, suggestion in
            let introducer = view.person(suggestion.introducer)
            let ledger = start.id == me
                ? try LedgerLine.lines(person: introducer.id, me: me, today: context.today, in: db).first ?? LedgerLine(person: introducer)
                : nil
            // Of the people every route depends on, the one I know myself (ask them directly),
            // else the one nearest the targets.
            let known = suggestion.onlyThrough.last { network.graph.weight(source, $0) != nil }
            let bridge = known ?? suggestion.onlyThrough.last
            return ReachIntroducer(
                rank: rank + 1, introducer: introducer, best: view.route(suggestion.best),
                alternatives: suggestion.alternatives.map { view.route($0.route, meetsBestAt: $0.meetsBestAt) },
                onlyThrough: bridge.map(view.person), askDirectly: known != nil ? true : nil,
                ledger: ledger, reciprocity: try ledger.map { try reciprocity($0, in: db) } ?? [])
        }
        // Introducers who all depend on the same person are one way in, not several.
        var byBridge = OrderedDictionary<Int64, SharedBridge>()
        for introducer in introducers {
            guard let bridge = introducer.onlyThrough else { continue }
            byBridge[bridge.id, default: SharedBridge(bridge: bridge, introducers: [])].introducers.append(introducer.introducer)
        }
        let shared = byBridge.values.filter { $0.introducers.count > 1 }
        return ReachAnswer(goal: goal, from: start, fromMe: start.id == me, maxHops: maxHops, direct: direct.map { view.route($0) },
                           introducers: introducers, sharedBridges: Array(shared))
    }

    /// What to be honest about before asking this person for a favour.
    private func reciprocity(_ line: LedgerLine, in db: Database) throws -> [Reciprocity] {
        let overdue: [OverduePromise] = line.overdueByMe == 0 ? [] : try Row.fetchAll(db, sql: """
            SELECT what, due FROM commitment
            WHERE person_id = ? AND owed_by_me = 1 AND status = 'open' AND due < ? ORDER BY due LIMIT ?
            """, arguments: [line.person.id, context.today.description, Reciprocity.promisesNamed]).map { row in
            let due: Day = try row.decode(atIndex: 1)
            return OverduePromise(what: row[0], due: due, daysOverdue: due.days(to: context.today))
        }
        return Reciprocity.facts(line, overdue: overdue)
    }
}

/// Turns routes of dense graph ids into routes of people, every step with its weight and why.
private struct RouteView {
    let network: ReachNetwork
    let names: [Int64: PersonSummary]

    func person(_ dense: Int) -> PersonSummary {
        let id = network.people[dense]
        return names[id] ?? PersonSummary(id: id, name: "#\(id)")
    }

    func route(_ route: Route, meetsBestAt: [Int]? = nil) -> ReachRoute {
        let steps = zip(route.people, route.people.dropFirst()).map { a, b in
            ReachStep(from: person(a), to: person(b), weight: network.graph.weight(a, b) ?? 0,
                      why: network.evidence[ReachNetwork.key(a, b)].map(TieModel.reasons) ?? [])
        }
        return ReachRoute(score: route.score, target: person(route.target), people: route.people.map(person),
                          steps: steps, meetsBestAt: meetsBestAt.map { $0.map(person) })
    }
}
