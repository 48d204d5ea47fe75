import ArgumentParser
import KithCore

extension Kith {
    struct Met: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "met",
            abstract: "Log everyone you met at an event, in one go.",
            discussion: """
                A name whose words are all whole words of one person's name (Ruth for Ruth Tan), or an #ID, is that \
                person; a name several people have is refused; a name a letter away from someone's is refused as a \
                likely typo unless --new; any other name is added as a new person with a tie to you. \
                Example: kith met "Rust Meetup" "Ana Silva" "Jonas Berg" --on yesterday
                """)

        @OptionGroup var store: StoreOptions

        @Argument(help: "The event.") var event: String
        @Argument(help: "The people you met there.") var names: [String]
        @Option(help: ArgumentHelp("When (default: today).", valueName: "date")) var on: String?
        @Flag(name: .customLong("new"), help: "Add names that only look like someone's (a letter away) as new people.")
        var isNew = false
        @Option(help: "Tag everyone listed (repeatable).") var tag: [String] = []
        @Option(name: .customLong("org"), help: "Their organisation, for the new people and those with none.")
        var organization: String?
        @Flag(help: "Print JSON.") var json = false

        func run() throws {
            let date = try store.past(on)
            let attendance = try InteractionService(try store.writing())
                .met(at: event, names: names, on: date, allowNew: isNew, tags: tag, organization: organization)
            if json { return try JSONOutput.print(attendance) }
            print("\(Terminal.bold(attendance.event)), \(RelativeDay.dated(attendance.date, today: store.today))")
            for person in attendance.added { print("  " + Terminal.green("new") + "    \(person.label)") }
            for person in attendance.matched { print("  known  \(person.label)") }
        }
    }
}
