import ArgumentParser
import KithCore

extension Kith {
    struct Snooze: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "snooze",
            abstract: "Move an open commitment's due date.", discussion: "Example: kith snooze 12 --to next week")

        @OptionGroup var store: StoreOptions

        @Argument(help: "The commitment's id.") var id: RecordID
        @Option(help: ArgumentHelp("The new due date: mon, next week, in 3 days, 2026-12-01.", valueName: "date"))
        var to: String
        @Flag(help: "Print JSON.") var json = false

        func run() throws {
            let day = try store.dates.parse(to, direction: .future)
            let commitment = try CommitmentService(try store.writing()).snooze(id.value, to: day)
            if json { return try JSONOutput.print(commitment) }
            print("Snoozed #\(commitment.id) to \(RelativeDay.dated(day, today: store.today)): "
                  + "\(CommitmentText.direction(commitment)): \(commitment.what).")
        }
    }
}
