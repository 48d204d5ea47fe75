import ArgumentParser
import KithCore

extension Kith {
    struct Intros: ParsableCommand, PagedCommand {
        static let configuration = CommandConfiguration(
            commandName: "intros",
            abstract: "List introductions, newest first: given, received, between others, or still open.")

        @OptionGroup var store: StoreOptions
        @OptionGroup var paging: PagingOptions

        @Argument(help: "Only those this person takes part in.") var person: String?
        @Flag var direction: IntroductionDirection?
        @Flag(help: "Only open ones: requested or offered, not made or declined yet.") var open = false
        @Flag(help: "Print JSON.") var json = false

        func run() throws {
            var filter = IntroductionFilter()
            filter.direction = direction
            filter.openOnly = open
            filter.person = person
            let introductions = try IntroductionService(try store.reading()).list(filter)
            if json { return try JSONOutput.print(introductions) }
            guard !introductions.isEmpty else { return print("No introductions match.") }
            print(IntroductionText.table(introductions).render())
        }
    }
}

extension IntroductionDirection: EnumerableFlag {
    public static func help(for value: IntroductionDirection) -> ArgumentHelp? {
        switch value {
        case .given: "Only introductions you made."
        case .received: "Only introductions made for you."
        case .others: "Only introductions between other people."
        }
    }
}
