import KithCore

/// `kith reach GOAL --graph FILE`: the answer as a picture, left to right from me: each
/// introducer's best route bold with its rank and score, alternatives dashed in the same colour,
/// bridges several introducers share highlighted, the targets green.
struct ReachDOT {
    let answer: ReachAnswer

    var title: String { "Who can introduce you to \(ReachView.goalText(answer.goal))?" }

    static let legend = [
        "Bold: each introducer's best route, labelled with its rank and score (the score ranks routes; it is not a chance)",
        "Dashed: other routes through the same introducer · line width: the tie's weight",
        "Blue: introducers (people you know) · yellow: a bridge several introducers share, so not independent ways in · "
            + "green: the people you want to reach",
    ]

    func render() -> String {
        var dot = DOT()
        dot.open("digraph reach")
        dot.line("graph [" + DOT.attributes(["layout": "dot", "rankdir": "LR", "fontname": "Helvetica", "fontsize": "12",
                                             "labelloc": "t", "label": ([title] + Self.legend).joined(separator: "\n"),
                                             "nodesep": "0.3", "ranksep": "0.9"]) + "];")
        dot.line("node [shape=box style=\"rounded,filled\" fontname=\"Helvetica\" fontsize=10 color=\"#616161\" fillcolor=\"#ffffff\"];")
        dot.line("edge [fontname=\"Helvetica\" fontsize=9 arrowsize=0.6];")
        nodes(&dot)
        for route in answer.direct {
            edges(&dot, route, label: "direct · \(ReachView.percent(route.score))", colour: "#37474f", best: true)
        }
        for introducer in answer.introducers {
            let colour = PictureStyle.palette[(introducer.rank - 1) % PictureStyle.palette.count]
            edges(&dot, introducer.best, label: "#\(introducer.rank) · \(ReachView.percent(introducer.best.score))",
                  colour: darker(colour), best: true)
            for route in introducer.alternatives {
                edges(&dot, route, label: ReachView.percent(route.score), colour: darker(colour), best: false)
            }
        }
        dot.close()
        return dot.text
    }

    private var routes: [ReachRoute] { answer.direct + answer.introducers.flatMap { [$0.best] + $0.alternatives } }

    private func nodes(_ dot: inout DOT) {
        let introducers = Set(answer.introducers.map(\.introducer.id))
        let targets = Set(routes.map(\.target.id))
        let shared = Set(answer.sharedBridges.map(\.bridge.id))
        var seen = Set<Int64>()
        for person in routes.flatMap(\.people) where seen.insert(person.id).inserted {
            let start = person.id == answer.from.id
            let fill = start ? PictureStyle.meColour : targets.contains(person.id) ? "#a5d6a7"
                : shared.contains(person.id) ? "#fff176" : introducers.contains(person.id) ? "#b3e5fc" : "#ffffff"
            let label = start && answer.fromMe ? "Me" : person.name + (person.organization.map { "\n\($0)" } ?? "")
            dot.node(DOT.id(person.id), ["label": label, "fillcolor": fill, "fontcolor": start ? "#ffffff" : nil,
                                         "penwidth": shared.contains(person.id) ? "2.5" : nil])
        }
    }

    private func edges(_ dot: inout DOT, _ route: ReachRoute, label: String, colour: String, best: Bool) {
        for (index, step) in route.steps.enumerated() {
            dot.edge(DOT.id(step.from.id), DOT.id(step.to.id), directed: true, [
                "color": colour, "fontcolor": colour, "style": best ? "bold" : "dashed",
                "penwidth": PictureStyle.penwidth(step.weight * (best ? 1 : 0.6)),
                "label": index == 0 ? label : nil, "tooltip": step.why.joined(separator: ", "),
            ])
        }
    }

    /// The palette's colour, darker, so that lines and their labels read on white.
    private func darker(_ colour: String) -> String {
        let value = Int(colour.dropFirst(), radix: 16) ?? 0
        let parts = [value >> 16 & 0xFF, value >> 8 & 0xFF, value & 0xFF].map { $0 * 6 / 10 }
        return "#" + parts.map { ($0 < 16 ? "0" : "") + String($0, radix: 16) }.joined()
    }
}
