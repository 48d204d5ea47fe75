import ArgumentParser
import KithCore

/// What `owe` and `expect` share: who, what, and by when.
struct PromiseOptions: ParsableArguments {
    @OptionGroup var store: StoreOptions

    @Argument(help: "The person: part of their name, or #ID.") var person: String
    @Argument(help: "What was promised (several words need no quotes).") var what: [String]
    @Option(help: ArgumentHelp("When it is due: fri, next week, 2026-12-01.", valueName: "date")) var due: String?
    @Flag(help: "Print JSON.") var json = false

    /// Records the promise and prints it.
    func record(owedByMe: Bool) throws {
        let commitment = try CommitmentService(try store.writing())
            .promise(person, what.joined(separator: " "), due: try store.future(due), owedByMe: owedByMe)
        if json { return try JSONOutput.print(commitment) }
        print(CommitmentText.line(commitment, today: store.today))
    }
}
