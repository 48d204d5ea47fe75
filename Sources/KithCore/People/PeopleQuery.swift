import GRDB

/// Reads people: one profile, filtered lists and full-text search.
public struct PeopleQuery: Sendable {
    let context: Context

    public init(_ context: Context) { self.context = context }

    /// The one person `reference` names (part of a name, `#ID` or `me`), or an error.
    public func person(_ reference: String) throws -> PersonSummary {
        try context.read { db in try PersonResolver(db: db).resolve(reference) }
    }

    /// Everything about the person `reference` names.
    public func profile(_ reference: String) throws -> PersonProfile {
        try context.read { db in
            let summary = try PersonResolver(db: db).resolve(reference)
            return try Self.profile(id: summary.id, today: context.today, in: db)
        }
    }

    /// People matching `filter`, sorted as it asks.
    public func list(_ filter: PersonListFilter) throws -> [PersonListItem] {
        try KithError.Setting.limit.checkLimit(filter.limit)
        return try context.read { db in
            let me = try PersonResolver(db: db).me()
            return try PersonListItem.all(me: me.id).matching(filter).fetchAll(db)
        }
    }

    /// People whose name, organisation, title, place, tags or notes contain words starting with
    /// each word of `query`, best matches first. Accents and case are ignored.
    public func search(_ query: String, limit: Int = 50) throws -> [PersonListItem] {
        try KithError.Setting.limit.checkLimit(limit)
        guard let match = TextFolding.matchQuery(query) else {
            throw KithError.refused(.emptySearch)
        }
        return try context.read { db in
            let me = try PersonResolver(db: db).me()
            // bm25 weights: a hit in the name counts most, then organisation and tags.
            return try SQLRequest<PersonListItem>(literal: """
                SELECT \(PersonListItem.columns(me: me.id)) FROM person_fts f JOIN person p ON p.id = f.rowid
                WHERE person_fts MATCH \(match) AND p.is_self = 0
                ORDER BY bm25(person_fts, 10.0, 5.0, 3.0, 2.0, 4.0, 1.0), p.archived, p.name
                LIMIT \(limit)
                """).fetchAll(db)
        }
    }

    static func tags(of personID: Int64, in db: Database) throws -> [String] {
        try String.fetchAll(db, sql: """
            SELECT t.name FROM person_tag pt JOIN tag t ON t.id = pt.tag_id WHERE pt.person_id = ?
            ORDER BY t.name COLLATE NOCASE
            """, arguments: [personID])
    }

    static func summaries(_ ids: some Collection<Int64>, in db: Database) throws -> [Int64: PersonSummary] {
        guard !ids.isEmpty else { return [:] }
        let people = try PersonSummary.fetchAll(db, sql: """
            SELECT id, name, organization FROM person WHERE id IN (SELECT value FROM json_each(?))
            """, arguments: [IDList.json(ids)])
        return Dictionary(uniqueKeysWithValues: people.map { ($0.id, $0) })
    }

    static func profile(id: Int64, today: Day, in db: Database) throws -> PersonProfile {
        guard let person = try Person.fetchOne(db, key: id) else {
            throw KithError.personNotFound("#\(id)")
        }
        func addresses(_ table: String) throws -> [AddressEntry] {
            try AddressEntry.fetchAll(db, sql: """
                SELECT value, label, is_primary FROM \(table) WHERE person_id = ? ORDER BY is_primary DESC, id
                """, arguments: [id])
        }

        let tieRows = try Row.fetchAll(db, sql: """
            SELECT id, CASE WHEN person_a = :id THEN person_b ELSE person_a END AS other,
                   strength, context, since, source
            FROM tie WHERE person_a = :id OR person_b = :id
            """, arguments: ["id": id])
        let interactionRows = try Row.fetchAll(db, sql: """
            SELECT i.id, i.kind, i.date, i.note, e.name AS event,
                   (SELECT json_group_array(o.person_id) FROM interaction_person o
                    WHERE o.interaction_id = i.id AND o.person_id <> :id) AS others
            FROM interaction_person ip JOIN interaction i ON i.id = ip.interaction_id
            LEFT JOIN event e ON e.id = i.event_id
            WHERE ip.person_id = :id ORDER BY i.date DESC, i.id DESC
            """, arguments: ["id": id])
        let introductions = try Introduction.fetchAll(db, sql: """
            SELECT * FROM introduction WHERE person_a = :id OR person_b = :id OR introducer_id = :id
            ORDER BY date DESC, id DESC
            """, arguments: ["id": id])
        let commitments = try Commitment.fetchAll(db, sql: """
            SELECT * FROM commitment WHERE person_id = ?
            ORDER BY status <> 'open', due IS NULL, due, id
            """, arguments: [id])

        let me = try PersonResolver(db: db).me().id
        let partners = tieRows.map { $0["other"] as Int64 }
        let mutual = try mutualConnections(among: partners, me: me, excluding: id, in: db)
        var ids = Set(partners).union(mutual)
        let othersByInteraction = interactionRows.map { row -> [Int64] in
            let others = (row["others"] as String?).map(Self.ids(fromJSON:)) ?? []
            ids.formUnion(others)
            return others
        }
        for introduction in introductions {
            ids.formUnion([introduction.personA, introduction.personB])
            if let introducer = introduction.introducerID { ids.insert(introducer) }
        }
        ids.insert(id)
        let people = try summaries(ids, in: db)
        func named(_ id: Int64) -> PersonSummary { people[id] ?? PersonSummary(id: id, name: "#\(id)") }

        let ties = try tieRows.map { row in
            TieEntry(id: row["id"], person: named(row["other"]), strength: row["strength"], context: row["context"],
                     since: try row.decode(forColumn: "since"), source: try row.decode(forColumn: "source"))
        }.sorted { ($0.strength, $1.person.name) > ($1.strength, $0.person.name) }
        let interactions = try zip(interactionRows, othersByInteraction).map { row, others in
            LoggedInteraction(id: row["id"], kind: try row.decode(forColumn: "kind"),
                              date: try row.decode(forColumn: "date"), note: row["note"],
                              event: row["event"], people: others.map(named))
        }
        let cadenceTags = try Row.fetchAll(db, sql: """
            SELECT t.name, t.cadence_days FROM person_tag pt JOIN tag t ON t.id = pt.tag_id
            WHERE pt.person_id = ? AND t.cadence_days IS NOT NULL
            """, arguments: [id]).map { (name: $0["name"] as String, days: $0["cadence_days"] as Int) }
        let keepInTouch = id == me ? nil : KeepInTouchEntry(
            person: named(id), own: person.cadenceDays, tags: cadenceTags, lastContact: interactions.first?.date,
            added: person.createdAt.day,
            strength: ties.first { $0.person.id == me }?.strength, today: today)
        return PersonProfile(
            id: id, name: person.name, isSelf: person.isSelf, organization: person.organization,
            title: person.title, location: person.location, notes: person.notes, howMet: person.howMet,
            birthday: person.birthday, cadenceDays: person.cadenceDays, archived: person.archived,
            createdAt: person.createdAt, updatedAt: person.updatedAt, tags: try tags(of: id, in: db),
            emails: try addresses("email"), phones: try addresses("phone"), links: try addresses("link"),
            lastContact: interactions.first?.date, ties: ties,
            mutualConnections: mutual.map(named).sorted { $0.name < $1.name }, interactions: interactions,
            introductions: introductions.map { IntroductionEntry($0, me: me, named: named) },
            commitments: commitments.map { CommitmentEntry($0, person: named($0.personID)) },
            keepInTouch: keepInTouch,
            ledger: id == me ? nil
                : try LedgerLine.lines(person: id, me: me, today: today, in: db).first ?? LedgerLine(person: named(id)))
    }

    /// Which of `people` (someone's tie partners, already read) are also tied to me: our mutual
    /// connections. One indexed look-up per partner, so it costs what their neighbourhood costs.
    static func mutualConnections(among people: [Int64], me: Int64, excluding id: Int64,
                                  in db: Database) throws -> [Int64] {
        guard me != id, !people.isEmpty else { return [] }
        return try Int64.fetchAll(db, sql: """
            SELECT value FROM json_each(:people)
            WHERE value <> :me AND EXISTS (SELECT 1 FROM tie WHERE person_a = min(:me, value) AND person_b = max(:me, value))
            """, arguments: ["people": IDList.json(people), "me": me])
    }

    private static func ids(fromJSON text: String) -> [Int64] {
        text.dropFirst().dropLast().split(separator: ",").compactMap { Int64($0) }
    }
}
