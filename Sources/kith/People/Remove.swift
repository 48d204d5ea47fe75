import ArgumentParser
import KithCore

extension Kith {
    struct Remove: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "rm",
            abstract: "Remove a person and everything that referred only to them.",
            discussion: "Asks first on a terminal; elsewhere it needs --yes.")

        @OptionGroup var store: StoreOptions

        @Argument(help: "The person: part of their name, or #ID.") var person: String
        @Flag(name: .shortAndLong, help: "Do not ask.") var yes = false

        func run() throws {
            let opened = try store.writing()
            let people = PeopleService(opened)
            var target = person
            if !yes {
                guard Terminal.inputIsInteractive else {
                    throw KithError.invalid("not removing without confirmation; add --yes to remove \(person)")
                }
                let preview = try people.previewRemoval(of: person)
                Terminal.printError("Remove \(preview.person.label) with \(Self.describe(preview))? [y/N] ", newline: false)
                guard let answer = readLine(), ["y", "yes"].contains(answer.lowercased()) else {
                    print("Kept \(preview.person.name).")
                    return
                }
                // Remove exactly whom the question named, even if names changed meanwhile.
                target = "#\(preview.person.id)"
            }
            let removed = try people.remove(target)
            print("Removed \(removed.person.label) with \(Self.describe(removed)).")
            print(Terminal.dim("kith undo brings them back; kith forget would leave nothing of them."))
        }

        static func describe(_ preview: RemovalPreview) -> String {
            func count(_ number: Int, _ noun: String) -> String { "\(number) \(noun)\(number == 1 ? "" : "s")" }
            let needs = preview.needs == 0 ? [] : [preview.needs == 1 ? "1 need or offer" : "\(preview.needs) needs and offers"]
            return ([count(preview.ties, "tie"), count(preview.interactions, "interaction"),
                     count(preview.introductions, "introduction"), count(preview.commitments, "commitment")] + needs)
                .joined(separator: ", ")
        }
    }
}
