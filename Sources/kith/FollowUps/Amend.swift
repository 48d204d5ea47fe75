import ArgumentParser
import KithCore

extension Kith {
    struct Amend: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "amend",
            abstract: "Reword a commitment, or move or clear its due date.",
            discussion: "Example: kith amend 12 --what \"send the revised deck\" --due \"next fri\"")

        @OptionGroup var store: StoreOptions

        @Argument(help: "The commitment's id (kith commitments lists them).") var id: RecordID
        @Option(help: "What was promised, in new words.") var what: String?
        @Option(help: ArgumentHelp("The new due date.", valueName: "date")) var due: String?
        @Flag(name: .customLong("no-due"), help: "Clear the due date.") var noDue = false
        @Flag(help: "Print JSON.") var json = false

        func validate() throws {
            if due != nil && noDue { throw ValidationError("give --due or --no-due, not both") }
        }

        func run() throws {
            let due: Day?? = noDue ? .some(nil) : try store.future(due).map { .some($0) }
            let commitment = try CommitmentService(try store.writing()).amend(id.value, what: what, due: due)
            if json { return try JSONOutput.print(commitment) }
            print("Amended " + CommitmentText.line(commitment, today: store.today) + ".")
        }
    }
}
