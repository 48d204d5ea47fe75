import ArgumentParser
import KithCore

extension Kith {
    struct IntroStatus: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "intro-status",
            abstract: "Move an introduction on: made, declined, and what came of it.",
            discussion: """
                Examples:
                  kith intro-status 5 --status made
                  kith intro-status 5 --outcome "they are piloting together"
                """)

        @OptionGroup var store: StoreOptions

        @Argument(help: "The introduction's id (kith intros lists them).") var id: RecordID
        @Option(help: "requested, offered, made or declined.") var status: IntroductionStatus?
        @Option(help: "What came of it (an empty value clears it).") var outcome: String?
        @Option(help: ArgumentHelp("When it was made (default: today).", valueName: "date")) var on: String?
        @Flag(help: "Print JSON.") var json = false

        func run() throws {
            let introduction = try IntroductionService(try store.writing())
                .update(id.value, status: status, outcome: outcome, on: try store.past(on))
            if json { return try JSONOutput.print(introduction) }
            print("Introduction #\(introduction.id): \(IntroductionText.phrase(introduction)), "
                  + "\(introduction.status.rawValue) \(RelativeDay.dated(introduction.date, today: store.today))"
                  + (introduction.outcome.map { "; outcome: \($0)" } ?? "") + ".")
        }
    }
}
