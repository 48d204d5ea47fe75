import ArgumentParser
import KithCore

extension Kith {
    struct Untie: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "untie", abstract: "Forget that two people know each other.")

        @OptionGroup var store: StoreOptions

        @Argument(help: "One person: part of their name, #ID, or me.") var personA: String
        @Argument(help: "The other person.") var personB: String
        @Flag(help: "Print JSON.") var json = false

        func run() throws {
            let tie = try TieService(try store.writing()).untie(personA, personB)
            if json { return try JSONOutput.print(tie) }
            print("Removed tie #\(tie.id): \(TiesTable.describe(tie))")
        }
    }
}
