import ArgumentParser
import KithCore

extension Kith {
    struct Find: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "find",
            abstract: "Search names, organisations, titles, places, tags, notes, and open needs and offers.",
            discussion: """
                Every word must start a word somewhere in the person's record; case and accents do not matter. \
                Example: kith find fintech berl
                """)

        @OptionGroup var store: StoreOptions

        @Argument(help: "Words to look for.") var query: [String]
        @Option(parsing: .unconditional, help: "At most this many.") var limit: Int = 50
        @Flag(help: "Print JSON.") var json = false


        func run() throws {
            let people = try PeopleQuery(try store.reading()).search(query.joined(separator: " "), limit: limit)
            if json { return try JSONOutput.print(people) }
            print(PeopleTable.render(people, today: store.today))
        }
    }
}
