import ArgumentParser
import KithCore

extension Kith {
    struct Dupes: ParsableCommand, PagedCommand {
        static let configuration = CommandConfiguration(
            commandName: "dupes",
            abstract: "List people who are probably the same person, and why; fold them with 'kith merge KEEP OTHER'.")

        @OptionGroup var store: StoreOptions
        @OptionGroup var paging: PagingOptions

        @Flag(help: "Print JSON.") var json = false

        func run() throws {
            let pairs = try PeopleService(try store.reading()).duplicates()
            if json { return try JSONOutput.print(pairs) }
            guard !pairs.isEmpty else { return print("No likely duplicates.") }
            var table = Table("PERSON", "PERSON", "WHY")
            for pair in pairs {
                table.append(pair.personA.label, pair.personB.label, pair.reasons.joined(separator: "; "))
            }
            print(table.render())
            print(Terminal.dim("Merge a pair with: kith merge '#\(pairs[0].personA.id)' '#\(pairs[0].personB.id)'"))
        }
    }
}
