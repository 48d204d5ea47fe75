import GRDB

/// Reads everything about one person for `kith show`, a part at a time: their ties, our
/// interactions, introductions and promises, everyone in them named in one query.
struct ProfileReader {
    let db: Database
    let id: Int64
    let today: Day

    func read() throws -> PersonProfile {
        guard let person = try Person.fetchOne(db, key: id) else { throw KithError.personNotFound("#\(id)") }
        let me = try PersonResolver(db: db).me().id
        let tieRows = try Row.fetchAll(db, sql: """
            SELECT id, CASE WHEN person_a = :id THEN person_b ELSE person_a END AS other, strength, context, since, source
            FROM tie WHERE person_a = :id OR person_b = :id
            """, arguments: ["id": id])
        let partners = tieRows.map { $0["other"] as Int64 }
        let mutual = try PeopleQuery.mutualConnections(among: partners, me: me, excluding: id, in: db)
        let interactionRows = try self.interactionRows()
        let introductions = try Introduction.all().involving(id).newestFirst().fetchAll(db)
        let commitments = try Commitment.all().with(id).order(literal: "status <> 'open', due IS NULL, due, id").fetchAll(db)

        var ids = Set(partners).union(mutual).union([id])
        for (_, others) in interactionRows { ids.formUnion(others) }
        for introduction in introductions {
            ids.formUnion([introduction.personA, introduction.personB] + (introduction.introducerID.map { [$0] } ?? []))
        }
        let people = try PeopleQuery.summaries(ids, in: db)
        func named(_ id: Int64) -> PersonSummary { people[id] ?? PersonSummary(id: id, name: "#\(id)") }

        let ties = try tieRows.map { row in
            TieEntry(id: row["id"], person: named(row["other"]), strength: row["strength"], context: row["context"],
                     since: try row.decode(forColumn: "since"), source: try row.decode(forColumn: "source"))
        }.sorted { ($0.strength, $1.person.name) > ($1.strength, $0.person.name) }
        let interactions = try interactionRows.map { row, others in
            LoggedInteraction(id: row["id"], kind: try row.decode(forColumn: "kind"), date: try row.decode(forColumn: "date"),
                              note: row["note"], event: row["event"], people: others.map(named))
        }
        return PersonProfile(
            id: id, name: person.name, isSelf: person.isSelf, organization: person.organization,
            title: person.title, location: person.location, notes: person.notes, howMet: person.howMet,
            birthday: person.birthday, cadenceDays: person.cadenceDays, archived: person.archived,
            createdAt: person.createdAt, updatedAt: person.updatedAt, tags: try PeopleQuery.tags(of: id, in: db),
            emails: try addresses("email"), phones: try addresses("phone"), links: try addresses("link"),
            lastContact: interactions.first?.date, ties: ties,
            mutualConnections: mutual.map(named).sorted { $0.name < $1.name }, interactions: interactions,
            introductions: introductions.map { IntroductionEntry($0, me: me, named: named) },
            commitments: commitments.map { CommitmentEntry($0, person: named($0.personID)) },
            needs: try NeedEntry.named(try NeedOffer.filter(NeedOffer.Columns.personID == id)
                .filter(NeedOffer.Columns.status == NeedStatus.open).listed().fetchAll(db), in: db),
            keepInTouch: id == me ? nil : try keepInTouch(person, named: named(id), lastContact: interactions.first?.date,
                                                         strength: ties.first { $0.person.id == me }?.strength),
            ledger: id == me ? nil
                : try LedgerLine.lines(person: id, me: me, today: today, in: db).first ?? LedgerLine(person: named(id)))
    }

    private func addresses(_ table: String) throws -> [AddressEntry] {
        try AddressEntry.fetchAll(db, sql: """
            SELECT value, label, is_primary FROM \(table) WHERE person_id = ? ORDER BY is_primary DESC, id
            """, arguments: [id])
    }

    /// Our interactions, newest first, each with the others who were there.
    private func interactionRows() throws -> [(row: Row, others: [Int64])] {
        try Row.fetchAll(db, sql: """
            SELECT i.id, i.kind, i.date, i.note, e.name AS event,
                   (SELECT json_group_array(o.person_id) FROM interaction_person o
                    WHERE o.interaction_id = i.id AND o.person_id <> :id) AS others
            FROM interaction_person ip JOIN interaction i ON i.id = ip.interaction_id
            LEFT JOIN event e ON e.id = i.event_id
            WHERE ip.person_id = :id ORDER BY i.date DESC, i.id DESC
            """, arguments: ["id": id]).map { row in
            let others = (row["others"] as String?).map {
                $0.dropFirst().dropLast().split(separator: ",").compactMap { Int64($0) }
            }
            return (row, others ?? [])
        }
    }

    /// When to be in touch next, if they have a cadence of their own or from a tag.
    private func keepInTouch(_ person: Person, named: PersonSummary, lastContact: Day?,
                             strength: Int?) throws -> KeepInTouchEntry? {
        let cadenceTags = try Row.fetchAll(db, sql: """
            SELECT t.name, t.cadence_days FROM person_tag pt JOIN tag t ON t.id = pt.tag_id
            WHERE pt.person_id = ? AND t.cadence_days IS NOT NULL
            """, arguments: [id]).map { (name: $0["name"] as String, days: $0["cadence_days"] as Int) }
        return KeepInTouchEntry(person: named, own: person.cadenceDays, tags: cadenceTags, lastContact: lastContact,
                                added: person.createdAt.day, strength: strength, today: today)
    }
}
