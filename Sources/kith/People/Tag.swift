import ArgumentParser
import KithCore

extension Kith {
    struct Tag: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "tag",
            abstract: "Add and remove tags: kith tag Ana +investor +fintech -friend")

        @OptionGroup var store: StoreOptions

        @Argument(help: "The person: part of their name, or #ID.") var person: String
        @Argument(parsing: .allUnrecognized, help: "+tag to add (or a bare tag), -tag to remove.")
        var changes: [String] = []
        @Flag(help: "Print JSON.") var json = false

        func run() throws {
            let parsed = try changes.map(TagChange.init)
            let result = try PeopleService(try store.writing()).retag(person, parsed)
            if json { return try JSONOutput.print(result) }
            print("\(result.person.label): " + (result.tags.isEmpty ? Terminal.dim("no tags") : result.tags.joined(separator: ", ")))
        }
    }
}
