import ArgumentParser
import KithCore

extension Kith {
    struct Reach: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "reach",
            abstract: "Who can introduce you to someone, an organisation, a tag or anyone matching some words.",
            discussion: """
                Examples:
                  kith reach "Tess Lind"            a person (part of a name, or #ID)
                  kith reach org:Stripe             everyone at an organisation (also: kith reach Stripe)
                  kith reach tag:investor           everyone with a tag
                  kith reach seed investor fintech  words in organisations, titles, tags and notes
                Each introducer is a different person you know, ranked by their best route's score:
                the target's relevance times every tie's weight, times 0.8 per hop after the first.
                The score ranks routes; it is not the chance of an introduction. Routes never visit
                anyone twice; README's "How Kith ranks introductions" gives the model.
                """)

        @OptionGroup var store: StoreOptions

        @Argument(help: "Whom to reach: a name, #ID, org:NAME, tag:NAME, or words.") var goal: [String]
        @Option(name: .customLong("max-hops"), parsing: .unconditional, help: "The longest chain of ties, from you to them (1–4).") var maxHops = 3
        @Option(parsing: .unconditional, help: "How many introducers to show.") var limit = 5
        @Option(parsing: .unconditional, help: "Other routes to show per introducer, each through another of their ties (0–10).") var alternatives = 2
        @Flag(help: "Print JSON.") var json = false

        func run() throws {
            let answer = try ReachQuery(try store.reading())
                .reach(goal.joined(separator: " "), maxHops: maxHops, limit: limit, alternatives: alternatives)
            if json { return try JSONOutput.print(answer) }
            print(ReachView(answer: answer).render())
        }
    }
}
