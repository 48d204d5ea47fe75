import ArgumentParser
import KithCore

extension Kith {
    struct Find: ParsableCommand, PagedCommand {
        static let configuration = CommandConfiguration(
            commandName: "find",
            abstract: "Search names, organisations, titles, places, tags, notes, and open needs and offers.",
            discussion: """
                Every word must start a word somewhere in the person's record (or be in a logged interaction's note \
                or a promise); case and accents do not matter; each result says where it matched. \
                Example: kith find fintech berl
                """)

        @OptionGroup var store: StoreOptions
        @OptionGroup var paging: PagingOptions

        @Argument(help: "Words to look for.") var query: [String]
        @Option(parsing: .unconditional, help: "At most this many.") var limit: Int = 50
        @Flag(help: "Print JSON.") var json = false


        func run() throws {
            let text = query.joined(separator: " ")
            let search = PeopleQuery(try store.reading())
            let people = try search.search(text, limit: limit)
            if json { return try JSONOutput.print(people) }
            // Nobody: perhaps a typo. Say what was searched instead; JSON stays exactly what was asked.
            if people.isEmpty, let nearest = try search.nearest(text, limit: limit) {
                print(Terminal.dim("Nobody matches '\(text)'; showing '\(nearest.query)':"))
                return print(PeopleTable.render(nearest.people, today: store.today))
            }
            print(PeopleTable.render(people, today: store.today))
        }
    }
}
