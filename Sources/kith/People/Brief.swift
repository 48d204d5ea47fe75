import ArgumentParser
import KithCore

extension Kith {
    struct Brief: ParsableCommand, PagedCommand {
        static let configuration = CommandConfiguration(
            commandName: "brief",
            abstract: "One page to read before meeting someone: how you know them, what is open, what you could do.",
            discussion: "Example: kith brief Ana --format markdown | mail -s 'Before lunch with Ana' you@example.com")

        enum Format: String, ExpressibleByArgument, CaseIterable {
            case text, markdown, json
        }

        @OptionGroup var store: StoreOptions
        @OptionGroup var paging: PagingOptions

        @Argument(help: "The person: part of their name, or #ID.") var person: String
        @Option(help: "text (default), markdown or json.") var format: Format = .text
        @Flag(help: "Print JSON (the same as --format json).") var json = false

        func run() throws {
            let brief = try PeopleQuery(try store.reading()).brief(person)
            if json || format == .json { return try JSONOutput.print(brief) }
            let view = BriefView(brief: brief, today: store.today)
            print(format == .markdown ? view.markdown() : view.text(), terminator: format == .markdown ? "" : "\n")
        }
    }
}
