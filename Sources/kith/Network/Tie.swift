import ArgumentParser
import KithCore

extension Kith {
    struct Tie: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "tie",
            abstract: "Record that two people know each other (either may be me), or change what is known of it.",
            discussion: """
                Examples:
                  kith tie Ana Bruno --strength 3 --context "worked together at Stripe" --since 2021-03-01
                  kith tie me Bruno --strength 5
                A strength not given stays as it was (2 for a new tie); --context "" clears the context.
                """)

        @OptionGroup var store: StoreOptions

        @Argument(help: "One person: part of their name, #ID, or me.") var personA: String
        @Argument(help: "The other person.") var personB: String
        @Option(parsing: .unconditional, help: "How close they are, 1 (acquaintance) to 5 (closest).") var strength: Int?
        @Option(help: "How they know each other.") var context: String?
        @Option(help: ArgumentHelp("Since when they know each other.", valueName: "date")) var since: String?
        @Flag(help: "Print JSON.") var json = false

        func run() throws {
            let tie = try TieService(try store.writing())
                .tie(personA, personB, strength: strength, context: context, since: try store.past(since))
            if json { return try JSONOutput.print(tie) }
            print("Tie #\(tie.id): \(TiesTable.describe(tie))")
        }
    }
}
