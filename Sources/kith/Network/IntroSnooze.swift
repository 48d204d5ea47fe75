import ArgumentParser
import KithCore

extension Kith {
    struct IntroSnooze: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "intro-snooze",
            abstract: "Put off the weekly list's follow-up of an introduction until a date.",
            discussion: "Example: kith intro-snooze 4 --to \"next month\"")

        @OptionGroup var store: StoreOptions

        @Argument(help: "The introduction's id (kith intros lists them).") var id: RecordID
        @Option(help: ArgumentHelp("Until when.", valueName: "date")) var to: String
        @Flag(help: "Print JSON.") var json = false

        func run() throws {
            guard let day = try store.future(to) else { return }
            let introduction = try IntroductionService(try store.writing()).snooze(id.value, to: day)
            if json { return try JSONOutput.print(introduction) }
            print("Snoozed introduction #\(introduction.id) to \(RelativeDay.dated(day, today: store.today)): "
                  + "\(IntroductionText.phrase(introduction)).")
        }
    }
}
