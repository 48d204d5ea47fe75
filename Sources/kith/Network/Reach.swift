import ArgumentParser
import KithCore

extension Kith {
    struct Reach: ParsableCommand, PagedCommand {
        static let configuration = CommandConfiguration(
            commandName: "reach",
            abstract: "Who can introduce you to someone, an organisation, a tag or anyone matching some words.",
            discussion: """
                Examples:
                  kith reach "Tess Lind"            a person (part of a name, or #ID)
                  kith reach org:Stripe             everyone at an organisation (also: kith reach Stripe)
                  kith reach tag:investor           everyone with a tag
                  kith reach seed investor fintech  words: in offers first, then organisations, titles, tags, notes
                  kith reach need:12                your own open need #12 (also: kith reach --need 12)
                Each introducer is a different person you know, ranked by their best route's score: \
                the target's relevance times every tie's weight, times 0.8 per hop after the first. \
                The score ranks routes; it is not the chance of an introduction. Routes never visit \
                anyone twice; README's "How Kith ranks introductions" gives the model.
                """)

        @OptionGroup var store: StoreOptions
        @OptionGroup var paging: PagingOptions

        @Argument(help: "Whom to reach: a name, #ID, org:NAME, tag:NAME, need:ID, or words.") var goal: [String] = []
        @Option(help: ArgumentHelp("Aim at your own open need (kith needs me lists them).", valueName: "id")) var need: RecordID?
        @Option(name: .customLong("max-hops"), parsing: .unconditional, help: "The longest chain of ties, from you to them (1–4).") var maxHops = 3
        @Option(parsing: .unconditional, help: "How many introducers to show.") var limit = 5
        @Option(parsing: .unconditional, help: "Other routes to show per introducer, each through another of their ties (0–10).") var alternatives = 2
        @Option(help: ArgumentHelp("Also draw the answer into this file: .svg, .png, .html (with Graphviz) or .dot.",
                                   valueName: "file")) var graph: String?
        @Flag(help: "Print JSON.") var json = false

        func validate() throws {
            guard goal.isEmpty != (need == nil) else {
                throw ValidationError(need == nil ? "say whom to reach, or --need ID" : "give either a goal or --need, not both")
            }
        }

        func run() throws {
            let goal = need.map { "need:\($0.value)" } ?? self.goal.joined(separator: " ")
            let answer = try ReachQuery(try store.reading())
                .reach(goal, maxHops: maxHops, limit: limit, alternatives: alternatives)
            if let graph {
                let drawing = ReachDOT(answer: answer)
                try Picture(dot: drawing.render(), title: drawing.title, legend: ReachDOT.legend)
                    .write(as: try Picture.format(nil, out: graph), to: graph)
            }
            if json { return try JSONOutput.print(answer) }
            print(ReachView(answer: answer).render())
            if let graph { print(Terminal.dim("The picture: \(graph)")) }
        }
    }
}
