import GRDB

/// Records what happened between me and people: meetings at events, calls, meals.
public struct InteractionService: Sendable {
    let context: Context

    public init(_ context: Context) { self.context = context }

    /// Logs everyone met at one event: a name Kith knows in full (or an `#ID`) is matched, any
    /// other name is a new person. New people get a tie to me; everyone gets the interaction.
    public func met(at eventName: String, names: [String], on date: Day?) throws -> EventAttendance {
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
                // Only a full name matches here: "Ana" must not silently become "Anabel Ruiz".
                let existing = try resolver.exactMatches(name)
                switch existing.count {
                case 0:
                    var person = Person(name: name, now: Timestamp.now())
                    person.howMet = PeopleService.howMet(event: event.name, on: date, via: nil)
                    try person.insert(db)
                    let summary = PersonSummary(id: person.id!, name: name)
                    try Tie.connect(me.id, summary.id, strength: 2, context: "met at \(event.name)", since: date,
                                    source: .stated, in: db)
                    added.append(summary)
                case 1:
                    if existing[0].id == me.id { continue }
                    if !matched.contains(existing[0]) { matched.append(existing[0]) }
                default:
                    throw KithError.ambiguousPerson(name, candidates: existing)
                }
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
