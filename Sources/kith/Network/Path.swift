import ArgumentParser
import KithCore

extension Kith {
    struct Path: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "path",
            abstract: "How two people are connected: the best chains of ties between them.",
            discussion: "Example: kith path \"Ana Silva\" \"Tess Lind\" --max-hops 4")

        @OptionGroup var store: StoreOptions

        @Argument(help: "One person (part of a name, #ID, or me).") var from: String
        @Argument(help: "The other.") var to: String
        @Option(name: .customLong("max-hops"), parsing: .unconditional, help: "The longest chain of ties (1–4).") var maxHops = 3
        @Option(parsing: .unconditional, help: "How many routes, each through a different first person.") var limit = 3
        @Flag(help: "Print JSON.") var json = false

        func run() throws {
            let answer = try ReachQuery(try store.reading())
                .path(from: from, to: to, maxHops: maxHops, limit: limit)
            if json { return try JSONOutput.print(answer) }
            print(ReachView(answer: answer).render())
        }
    }
}
