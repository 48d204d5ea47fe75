import ArgumentParser
import KithCore

extension Kith {
    struct Met: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "met",
            abstract: "Log everyone you met at an event, in one go.",
            discussion: """
                A full name Kith knows (or an #ID) is matched to that person; any other name is added as a new \
                person with a tie to you. Example: kith met "Rust Meetup" "Ana Silva" "Jonas Berg" --on yesterday
                """)

        @OptionGroup var store: StoreOptions

        @Argument(help: "The event.") var event: String
        @Argument(help: "The people you met there.") var names: [String]
        @Option(help: ArgumentHelp("When (default: today).", valueName: "date")) var on: String?
        @Flag(help: "Print JSON.") var json = false

        func run() throws {
            let date = try store.past(on)
            let attendance = try InteractionService(try store.writing())
                .met(at: event, names: names, on: date)
            if json { return try JSONOutput.print(attendance) }
            print("\(Terminal.bold(attendance.event)), \(RelativeDay.dated(attendance.date, today: store.today))")
            for person in attendance.added { print("  " + Terminal.green("new") + "    \(person.label)") }
            for person in attendance.matched { print("  known  \(person.label)") }
        }
    }
}
