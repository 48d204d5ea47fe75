import ArgumentParser
import KithCore

/// What `done` and `drop` share: the commitment's id.
struct CommitmentClosing: ParsableArguments {
    @OptionGroup var store: StoreOptions

    @Argument(help: "The commitment's id (kith commitments lists them).") var id: RecordID
    @Flag(help: "Print JSON.") var json = false

    func close(as status: CommitmentStatus, verb: String, on day: String? = nil) throws {
        let commitment = try CommitmentService(try store.writing()).close(id.value, as: status, on: try store.past(day))
        if json { return try JSONOutput.print(commitment) }
        print("\(verb) #\(commitment.id): \(CommitmentText.direction(commitment)): \(commitment.what).")
    }
}
