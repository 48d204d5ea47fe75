import GRDB

/// Records what happened between me and people: meetings at events, calls, meals.
public struct InteractionService: Sendable {
    let context: Context

    public init(_ context: Context) { self.context = context }

    /// Logs everyone met at one event: `#ID`, or a name whose words are all whole words of one
    /// known person's name ("Ruth" for Ruth Tan), is that person; a name several have is an error;
    /// a name nobody has but that is a letter away from someone's is refused as a likely typo
    /// unless `allowNew`; any other name is a new person. New people get a tie to me; everyone
    /// gets the interaction.
    public func met(at eventName: String, names: [String], on date: Day?, allowNew: Bool = false) throws -> EventAttendance {
        let names = try names.map { try ContactDetails.required($0, "a person's name") }
        guard !names.isEmpty else { throw KithError.invalid("name at least one person you met") }
        let date = date ?? context.today
        return try context.write { db in
            let resolver = PersonResolver(db: db)
            let me = try resolver.me()
            let event = try Event.named(eventName, on: date, in: db)
            var added: [PersonSummary] = []
            var matched: [PersonSummary] = []
            for name in names {
                // Whole words only: "Ana" must not silently become "Anabel Ruiz".
                if let known = try resolver.knownByWholeWords(name) {
                    if known.id != me.id && !matched.contains(known) { matched.append(known) }
                    continue
                }
                let lookAlikes = try LookAlikes.of(name, closeness: .typo, in: db)
                if !lookAlikes.isEmpty && !allowNew { throw KithError.refused(.lookAlike(name, like: lookAlikes)) }
                var person = Person(name: name, now: Timestamp.now())
                person.howMet = PeopleService.howMet(event: event.name, on: date, via: nil)
                try person.insert(db)
                let summary = PersonSummary(id: person.id!, uid: person.uid, name: name)
                try Tie.connect(me.id, summary.id, strength: 2, context: "met at \(event.name)", since: date,
                                source: .stated, in: db)
                added.append(summary)
            }
            if !added.isEmpty {
                _ = try Interaction.record(.met, on: date, with: added.map(\.id), eventID: event.id, in: db)
            }
            if !matched.isEmpty {
                _ = try Interaction.record(.event, on: date, with: matched.map(\.id), eventID: event.id, in: db)
            }
            return EventAttendance(event: event.name, date: date, added: added, matched: matched)
        }
    }

    /// Logs one interaction with one or more known people.
    public func log(_ kind: InteractionKind, with references: [String], on date: Day?, note: String?)
        throws -> LoggedInteraction
    {
        guard !references.isEmpty else { throw KithError.invalid("name at least one person") }
        let date = date ?? context.today
        let note = ContactDetails.optional(note)
        return try context.write { db in
            let resolver = PersonResolver(db: db)
            let me = try resolver.me()
            var people: [PersonSummary] = []
            for reference in references {
                let person = try resolver.resolve(reference)
                guard person.id != me.id else {
                    throw KithError.invalid("an interaction is with other people; leave yourself out")
                }
                if !people.contains(person) { people.append(person) }
            }
            let id = try Interaction.record(kind, on: date, with: people.map(\.id), note: note, in: db)
            return LoggedInteraction(id: id, kind: kind, date: date, note: note, event: nil, people: people)
        }
    }
}
