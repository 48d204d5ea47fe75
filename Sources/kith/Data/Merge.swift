import ArgumentParser
import KithCore

extension Kith {
    struct Merge: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "merge",
            abstract: "Fold a duplicate into the person to keep: ties, interactions, introductions, promises, tags, addresses, notes.",
            discussion: """
                Example: kith merge '#12' '#45'
                KEEP's details stay and gaps are filled from OTHER; the notes record the merge; OTHER is removed.
                """)

        @OptionGroup var store: StoreOptions

        @Argument(help: "The person to keep (part of a name, or #ID).") var keep: String
        @Argument(help: "The duplicate to fold into them.") var other: String
        @Flag(help: "Print JSON.") var json = false

        func run() throws {
            let merged = try PeopleService(try store.writing()).merge(keep: keep, other: other)
            if json { return try JSONOutput.print(merged) }
            func count(_ number: Int, _ noun: String, _ nouns: String? = nil) -> String {
                "\(number) \(number == 1 ? noun : nouns ?? noun + "s")"
            }
            print("Merged \(merged.removed.label) into \(merged.kept.label): "
                  + ([count(merged.ties, "tie"), count(merged.interactions, "interaction"),
                     count(merged.introductions, "introduction"), count(merged.commitments, "commitment"),
                     count(merged.tags, "tag"), count(merged.addresses, "address", "addresses")]
                     + (merged.needs == 0 ? [] : [count(merged.needs, "need or offer", "needs and offers")])).joined(separator: ", ") + " moved.")
        }
    }
}
