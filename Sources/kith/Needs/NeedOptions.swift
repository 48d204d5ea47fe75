import ArgumentParser
import KithCore

/// What `need` and `offer` share: whose, what, and when and where it was said.
struct NeedOptions: ParsableArguments {
    @OptionGroup var store: StoreOptions

    @Argument(help: "The person: part of their name, #ID, or me.") var person: String
    @Argument(help: "What it is, in their words (several words need no quotes).") var what: [String]
    @Option(help: ArgumentHelp("When they said it (default: today).", valueName: "date")) var on: String?
    @Option(help: ArgumentHelp("The event where it came up (one already logged).", valueName: "event")) var at: String?
    @Option(help: ArgumentHelp("The interaction where it came up.", valueName: "id")) var interaction: RecordID?
    @Flag(help: "Print JSON.") var json = false

    func record(_ kind: NeedKind) throws {
        var new = NewNeed(kind, of: person, what.joined(separator: " "))
        new.saidOn = try store.past(on)
        new.event = at
        new.interactionID = interaction?.value
        let entry = try NeedService(try store.writing()).record(new)
        if json { return try JSONOutput.print(entry) }
        print(NeedText.line(entry, today: store.today))
    }
}

/// What `needs` and `offers` share: whose, and whether closed ones too.
struct NeedListing: ParsableArguments {
    @OptionGroup var store: StoreOptions

    @Argument(help: "Only this person's (part of their name, #ID, or me).") var person: String?
    @Flag(help: "Only open ones.") var open = false
    @Flag(help: "Print JSON.") var json = false

    func list(_ kind: NeedKind) throws {
        let entries = try NeedService(try store.reading()).list(kind, of: person, openOnly: open)
        if json { return try JSONOutput.print(entries) }
        guard !entries.isEmpty else {
            return print("No \(kind.rawValue)s\(person == nil ? "" : " of theirs") yet; record one with "
                         + "'kith \(kind.rawValue) PERSON WHAT'.")
        }
        print(NeedText.table(entries, today: store.today).render())
    }
}
