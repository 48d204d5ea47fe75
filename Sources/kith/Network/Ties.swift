import ArgumentParser
import KithCore

extension Kith {
    struct Ties: ParsableCommand, PagedCommand {
        static let configuration = CommandConfiguration(
            commandName: "ties",
            abstract: "List who knows whom: one person's ties, or every tie in the network, strongest first.")

        @OptionGroup var store: StoreOptions
        @OptionGroup var paging: PagingOptions

        @Argument(help: "Only this person's ties (part of their name, #ID, or me).") var person: String?
        @Option(help: "Only ties from this source: stated, inferred, introduction or imported.") var source: TieSource?
        @Option(parsing: .unconditional, help: "At most this many.") var limit: Int?
        @Flag(help: "Print JSON.") var json = false


        func run() throws {
            let ties = try TieService(try store.reading()).ties(of: person, source: source, limit: limit)
            if json { return try JSONOutput.print(ties) }
            guard !ties.isEmpty else {
                return print(person == nil ? "No ties yet; record one with 'kith tie A B'." : "No ties yet.")
            }
            print(TiesTable.render(ties, aroundFirst: person != nil))
        }
    }
}

extension TieSource: ExpressibleByArgument {}
