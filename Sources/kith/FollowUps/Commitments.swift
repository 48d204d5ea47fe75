import ArgumentParser
import KithCore

extension Kith {
    struct Commitments: ParsableCommand, PagedCommand {
        static let configuration = CommandConfiguration(
            commandName: "commitments",
            abstract: "List promises both ways: open ones first by due date, then kept and dropped ones.")

        enum Owner: String, EnumerableFlag {
            case mine, theirs

            static func help(for value: Owner) -> ArgumentHelp? {
                value == .mine ? "Only what you owe." : "Only what others owe you."
            }
        }

        @OptionGroup var store: StoreOptions
        @OptionGroup var paging: PagingOptions

        @Argument(help: "Only those with this person.") var person: String?
        @Flag(help: "Only open ones.") var open = false
        @Flag var owner: Owner?
        @Flag(help: "Print JSON.") var json = false

        func run() throws {
            var filter = CommitmentFilter()
            filter.openOnly = open
            filter.owedByMe = owner.map { $0 == .mine }
            filter.person = person
            let commitments = try CommitmentService(try store.reading()).list(filter)
            if json { return try JSONOutput.print(commitments) }
            guard !commitments.isEmpty else {
                return print("No commitments match; record one with 'kith owe PERSON WHAT' or 'kith expect PERSON WHAT'.")
            }
            print(CommitmentText.table(commitments, today: store.today).render())
        }
    }
}
