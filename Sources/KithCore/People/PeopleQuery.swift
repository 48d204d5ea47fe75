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

    /// What to read before meeting the person `reference` names.
    public func brief(_ reference: String) throws -> PersonBrief {
        try context.read { db in
            let summary = try PersonResolver(db: db).resolve(reference)
            return try PersonBrief.read(summary.id, today: context.today, in: db)
        }
    }

    /// People matching `filter`, sorted as it asks.
    public func list(_ filter: PersonListFilter) throws -> [PersonListItem] {
        try KithError.Setting.limit.checkLimit(filter.limit)
        return try context.read { db in
            let me = try PersonResolver(db: db).me()
            // A tag nobody has is a typo more often than an empty answer.
            if let tag = filter.tag, try Tag.filter(sql: "name = ? COLLATE NOCASE", arguments: [tag]).fetchCount(db) == 0 {
                throw KithError.tagNotFound(tag, known: try Tag.someNames(in: db))
            }
            return try PersonListing(db: db, me: me.id, filter: filter).rows()
        }
    }

    /// For a `query` that finds nobody: the query with its misspelt words replaced by the nearest
    /// words of names and organisations ("stirpe" → "stripe") and whom that finds; nil when no
    /// correction finds anyone.
    public func nearest(_ query: String, limit: Int = 50) throws -> (query: String, people: [PersonListItem])? {
        guard let corrected = try context.read({ db in try NearestWords.corrected(query, in: db) }) else { return nil }
        let people = try search(corrected, limit: limit)
        return people.isEmpty ? nil : (corrected, people)
    }

    /// People whose name, organisation, title, place, tags or notes contain words starting with
    /// each word of `query`, best matches first; then those whose open needs or offers do (their
    /// words stemmed: "investing" finds "investor"); then those in a logged interaction or a
    /// promise whose text holds every word. Each says where it matched. Accents and case are
    /// ignored (in interactions and promises, ASCII case only).
    public func search(_ query: String, limit: Int = 50) throws -> [PersonListItem] {
        try KithError.Setting.limit.checkLimit(limit)
        guard let match = TextFolding.matchQuery(query) else {
            throw KithError.refused(.emptySearch)
        }
        return try context.read { db in
            let me = try PersonResolver(db: db).me()
            // bm25 weights: a hit in the name counts most, then organisation and tags.
            var found = try SQLRequest<PersonListItem>(literal: """
                SELECT \(PersonListItem.columns(me: me.id)) FROM person_fts f JOIN person p ON p.id = f.rowid
                WHERE person_fts MATCH \(match) AND p.is_self = 0
                ORDER BY bm25(person_fts, 10.0, 5.0, 3.0, 2.0, 4.0, 1.0), p.archived, p.name
                LIMIT \(limit)
                """).fetchAll(db)
            let places = SearchPlaces(db: db, query: query)
            for (ids, _) in found.count < limit ? try places.elsewhere() : [] where found.count < limit {
                let shown = Set(found.map(\.id))
                let more = ids.subtracting(shown).subtracting([me.id])
                guard !more.isEmpty else { continue }
                found += try SQLRequest<PersonListItem>(literal: """
                    SELECT \(PersonListItem.columns(me: me.id)) FROM person p WHERE p.id IN \(Array(more))
                    ORDER BY p.archived, p.name LIMIT \(limit - found.count)
                    """).fetchAll(db)
            }
            let matched = try places.matched(Set(found.map(\.id)))
            return found.map { person in
                var person = person
                person.matched = matched[person.id] ?? []
                return person
            }
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
            SELECT \(PersonSummary.columns) FROM person WHERE id IN (SELECT value FROM json_each(?))
            """, arguments: [IDList.json(ids)])
        return Dictionary(uniqueKeysWithValues: people.map { ($0.id, $0) })
    }

    static func profile(id: Int64, today: Day, in db: Database) throws -> PersonProfile {
        try ProfileReader(db: db, id: id, today: today).read()
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
}
