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
    /// `tags` go to everyone listed; `organization` to the new people and to known ones who have
    /// none (what Kith knew stays).
    public func met(at eventName: String, names: [String], on date: Day?, allowNew: Bool = false, tags: [String] = [],
                    organization: String? = nil) throws -> EventAttendance {
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
            try Self.label(added + matched, tags: tags, organization: organization, in: db)
            return EventAttendance(event: event.name, date: date, added: added, matched: matched)
        }
    }

    private static func label(_ people: [PersonSummary], tags: [String], organization: String?, in db: Database) throws {
        for name in tags {
            let tag = try Tag.named(name, in: db)
            for person in people { _ = try PersonTag.link(person: person.id, tag: tag.id!, in: db) }
        }
        guard let organization = ContactDetails.optional(organization) else { return }
        try db.execute(sql: """
            UPDATE person SET organization = ?, updated_at = ? WHERE id IN (SELECT value FROM json_each(?)) AND organization IS NULL
            """, arguments: [organization, Timestamp.now(), IDList.json(people.map(\.id))])
    }

    /// Events, the latest first, with how many people were logged at each.
    public func events() throws -> [EventListItem] {
        try context.read { db in try events(in: db) }
    }

    private func events(in db: Database) throws -> [EventListItem] {
        try Row.fetchAll(db, sql: """
            SELECT e.id, e.name, e.date, e.place,
                   (SELECT count(DISTINCT ip.person_id) FROM interaction i JOIN interaction_person ip ON ip.interaction_id = i.id
                    WHERE i.event_id = e.id) AS people
            FROM event e ORDER BY e.date IS NULL, e.date DESC, e.id DESC
            """).map { row in
            EventListItem(id: row["id"], name: row["name"], date: try row.decode(forColumn: "date"), place: row["place"],
                          people: row["people"])
        }
    }

    /// The event `reference` names (`#ID`, or the latest whose name holds the words) with
    /// everyone logged there.
    public func event(_ reference: String) throws -> EventDetail {
        try context.read { db in
            let text = reference.trimmingBlanks()
            let digits = text.hasPrefix("#") ? String(text.dropFirst()) : ""
            let id = try Int64(digits) ?? Int64.fetchOne(db, sql: """
                SELECT id FROM event WHERE instr(lower(name), lower(?)) > 0 ORDER BY name = ? COLLATE NOCASE DESC, date DESC, id DESC
                """, arguments: [text, text])
            guard let id, let event = try events(in: db).first(where: { $0.id == id }) else {
                throw KithError.notFound("no event is named '\(text)'; name one you logged, or give its #ID")
            }
            let people = try PersonSummary.fetchAll(db, sql: """
                SELECT \(PersonSummary.columns) FROM person WHERE id IN (
                    SELECT ip.person_id FROM interaction i JOIN interaction_person ip ON ip.interaction_id = i.id WHERE i.event_id = ?)
                ORDER BY name
                """, arguments: [id])
            return EventDetail(event: event, people: people)
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

    /// Interactions, newest first: with `person`, or with anyone; at most `limit`.
    public func list(with person: String?, limit: Int = 50) throws -> [LoggedInteraction] {
        try KithError.Setting.limit.checkLimit(limit)
        return try context.read { db in
            let id = try person.map { try PersonResolver(db: db).resolve($0).id }
            let ids = try Int64.fetchAll(db, sql: """
                SELECT i.id FROM interaction i
                WHERE :person IS NULL OR EXISTS (SELECT 1 FROM interaction_person ip WHERE ip.interaction_id = i.id AND ip.person_id = :person)
                ORDER BY i.date DESC, i.id DESC LIMIT :limit
                """, arguments: ["person": id, "limit": limit])
            return try Self.logged(ids, in: db)
        }
    }

    /// Moves, re-kinds or re-notes a logged interaction (an empty note clears it).
    public func edit(_ id: Int64, on date: Day?, kind: InteractionKind?, note: String?) throws -> LoggedInteraction {
        guard date != nil || kind != nil || note != nil else { throw KithError.refused(.nothingToChange(.interaction)) }
        if let date, date > context.today { throw KithError.invalid("\(date) is in the future; say when it happened") }
        return try context.write { db in
            guard var interaction = try Interaction.fetchOne(db, key: id) else { throw KithError.recordNotFound(.interaction, id: id) }
            if let date { interaction.date = date }
            if let kind { interaction.kind = kind }
            if let note { interaction.note = ContactDetails.optional(note) }
            try interaction.update(db)
            return try Self.logged([id], in: db)[0]
        }
    }

    /// Removes a logged interaction; promises and needs that pointed at it keep everything else.
    public func remove(_ id: Int64) throws -> LoggedInteraction {
        try context.write { db in
            guard let removed = try Self.logged([id], in: db).first else { throw KithError.recordNotFound(.interaction, id: id) }
            try db.execute(sql: "DELETE FROM interaction WHERE id = ?", arguments: [id])
            return removed
        }
    }

    /// The interactions `ids` names, in that order, with their events and people.
    static func logged(_ ids: [Int64], in db: Database) throws -> [LoggedInteraction] {
        guard !ids.isEmpty else { return [] }
        let rows = try Row.fetchAll(db, sql: """
            SELECT i.id, i.kind, i.date, i.note, e.name AS event,
                   (SELECT json_group_array(person_id) FROM interaction_person WHERE interaction_id = i.id) AS people
            FROM interaction i LEFT JOIN event e ON e.id = i.event_id WHERE i.id IN (SELECT value FROM json_each(?))
            """, arguments: [IDList.json(ids)])
        var peopleOf: [Int64: [Int64]] = [:]
        for row in rows {
            peopleOf[row[0]] = (row["people"] as String? ?? "[]").dropFirst().dropLast().split(separator: ",").compactMap { Int64($0) }
        }
        let names = try PeopleQuery.summaries(Set(peopleOf.values.joined()), in: db)
        let byID = Dictionary(uniqueKeysWithValues: try rows.map { row in
            let id: Int64 = row[0]
            let people = (peopleOf[id] ?? []).sorted().map { names[$0] ?? PersonSummary(id: $0, name: "#\($0)") }
            return (id, LoggedInteraction(id: id, kind: try row.decode(atIndex: 1), date: try row.decode(atIndex: 2),
                                          note: row[3], event: row[4], people: people))
        })
        return ids.compactMap { byID[$0] }
    }
}
