import ArgumentParser
import KithCore

extension Kith {
    struct Interactions: ParsableCommand, PagedCommand {
        static let configuration = CommandConfiguration(
            commandName: "interactions",
            abstract: "List logged interactions with their ids, newest first: with one person, or with anyone.")

        @OptionGroup var store: StoreOptions
        @OptionGroup var paging: PagingOptions

        @Argument(help: "Only those with this person.") var person: String?
        @Option(help: "How many to show.") var limit = 50
        @Flag(help: "Print JSON.") var json = false

        func run() throws {
            let interactions = try InteractionService(try store.reading()).list(with: person, limit: limit)
            if json { return try JSONOutput.print(interactions) }
            guard !interactions.isEmpty else {
                return print("No interactions logged yet; log one with 'kith log PERSON --kind call'.")
            }
            var table = Table("ID", "DATE", "KIND", "WITH", "WHAT")
            for interaction in interactions {
                let what = [interaction.event.map { "at \($0)" }, interaction.note].compactMap { $0 }.joined(separator: "; ")
                table.append("#\(interaction.id)", interaction.date.description, interaction.kind.rawValue,
                             interaction.people.map(\.name).joined(separator: ", "),
                             what)
            }
            print(table.render())
        }
    }

    struct InteractionEdit: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "interaction-edit",
            abstract: "Change a logged interaction's date, kind or note (an empty note clears it).",
            discussion: "Example: kith interaction-edit 7 --on \"dec 3\" --kind meal")

        @OptionGroup var store: StoreOptions

        @Argument(help: "The interaction's id (kith interactions lists them).") var id: RecordID
        @Option(help: ArgumentHelp("When it happened.", valueName: "date")) var on: String?
        @Option(help: "call, message, email, meal, meeting, event, met or other.") var kind: InteractionKind?
        @Option(help: "What happened.") var note: String?
        @Flag(help: "Print JSON.") var json = false

        func run() throws {
            let interaction = try InteractionService(try store.writing())
                .edit(id.value, on: try store.past(on), kind: kind, note: note)
            if json { return try JSONOutput.print(interaction) }
            print("Changed interaction #\(interaction.id): \(InteractionText.line(interaction, today: store.today)).")
        }
    }

    struct InteractionRemove: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "interaction-rm", abstract: "Remove a logged interaction.", discussion: "Example: kith interaction-rm 7")

        @OptionGroup var store: StoreOptions

        @Argument(help: "The interaction's id (kith interactions lists them).") var id: RecordID
        @Flag(help: "Print JSON.") var json = false

        func run() throws {
            let interaction = try InteractionService(try store.writing()).remove(id.value)
            if json { return try JSONOutput.print(interaction) }
            print("Removed interaction #\(interaction.id): \(InteractionText.line(interaction, today: store.today)).")
        }
    }
}

/// An interaction in words: `call with Ana Silva, 2026-11-20 (yesterday): talked about hiring`.
enum InteractionText {
    static func line(_ interaction: LoggedInteraction, today: Day) -> String {
        let what = [interaction.event.map { "at \($0)" }, interaction.note].compactMap { $0 }.joined(separator: "; ")
        return "\(interaction.kind.rawValue) with \(interaction.people.map(\.label).joined(separator: ", ")), "
            + RelativeDay.dated(interaction.date, today: today) + (what.isEmpty ? "" : ": \(what)")
    }
}
