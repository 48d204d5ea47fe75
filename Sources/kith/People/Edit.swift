import ArgumentParser
import KithCore

extension Kith {
    struct Edit: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "edit",
            abstract: "Change what Kith knows about someone. An empty value clears a field.",
            discussion: "Example: kith edit Ana --title \"Partner\" --add-email ana@northstar.example --cadence 30d")

        @OptionGroup var store: StoreOptions

        @Argument(help: "The person: part of their name, or #ID.") var person: String

        @Option(help: "New full name.") var name: String?
        @Option(name: .customLong("org"), help: "Organisation.") var organization: String?
        @Option(help: "Job title.") var title: String?
        @Option(help: "Where they live or work.") var location: String?
        @Option(help: "Replace the notes.") var note: String?
        @Option(name: .customLong("add-note"), help: "Add a paragraph to the notes.") var addNote: String?
        @Option(name: .customLong("how-met"), help: "How you met.") var howMet: String?
        @Option(help: "Birthday: 1990-05-17, or 05-17.") var birthday: String?
        @Option(help: ArgumentHelp("Keep in touch every… (30d, 2w, 3m; 'none' to clear).", valueName: "every"))
        var cadence: String?
        @Option(name: .customLong("add-email"), help: "Add an email address (repeatable).") var addEmail: [String] = []
        @Option(name: .customLong("remove-email"), help: "Remove an email address (repeatable).") var removeEmail: [String] = []
        @Option(name: .customLong("add-phone"), help: "Add a phone number (repeatable).") var addPhone: [String] = []
        @Option(name: .customLong("remove-phone"), help: "Remove a phone number (repeatable).") var removePhone: [String] = []
        @Option(name: .customLong("add-link"), help: "Add a link (repeatable).") var addLink: [String] = []
        @Option(name: .customLong("remove-link"), help: "Remove a link (repeatable).") var removeLink: [String] = []
        @Flag(inversion: .prefixedNo, help: "Archive them (hidden from lists), or bring them back.") var archive: Bool?
        @Flag(help: "Print JSON.") var json = false

        func run() throws {
            var changes = PersonChanges()
            changes.name = name
            changes.organization = organization
            changes.title = title
            changes.location = location
            changes.notes = note
            changes.appendNote = addNote
            changes.howMet = howMet
            changes.birthday = birthday
            changes.cadenceDays = try cadence.map { ["", "none", "off"].contains($0.lowercased()) ? 0 : try KithCore.Cadence.days(from: $0) }
            changes.addEmails = addEmail
            changes.removeEmails = removeEmail
            changes.addPhones = addPhone
            changes.removePhones = removePhone
            changes.addLinks = addLink
            changes.removeLinks = removeLink
            changes.archived = archive
            let edited = try PeopleService(try store.writing()).edit(person, changes)
            if json { return try JSONOutput.print(edited) }
            print("Updated \(Terminal.bold(edited.name)) (#\(edited.id)).")
        }
    }
}
