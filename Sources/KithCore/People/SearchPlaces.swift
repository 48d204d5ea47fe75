import GRDB

/// Where `find` looks besides the people's own fields, and where each person it found matched.
struct SearchPlaces {
    let db: Database
    let query: String
    /// Each place searched outside the index of people, with the people it found, read once.
    private var found: [(ids: Set<Int64>, place: String)]?

    init(db: Database, query: String) {
        self.db = db
        self.query = query
    }

    /// Open needs and offers (stemmed), then interaction notes and promises holding every word.
    mutating func elsewhere() throws -> [(ids: Set<Int64>, place: String)] {
        if let found { return found }
        var places: [(ids: Set<Int64>, place: String)] = []
        if let said = NeedWords.matchQuery(query, anyWord: false) {
            for kind in NeedKind.allCases {
                places.append((Set(try Int64.fetchAll(db, sql: """
                    SELECT n.person_id FROM need_offer_fts f JOIN need_offer n ON n.id = f.rowid
                    WHERE need_offer_fts MATCH ? AND n.status = 'open' AND n.kind = ?
                    """, arguments: [said, kind])), kind.rawValue))
            }
        }
        let words = TextFolding.words(query)
        let like = words.map { _ in "LIKE ? ESCAPE '\\'" }
        let patterns = StatementArguments(words.map { "%" + $0.replacingOccurrences(of: "\\", with: "\\\\")
            .replacingOccurrences(of: "%", with: "\\%").replacingOccurrences(of: "_", with: "\\_") + "%" })
        places.append((Set(try Int64.fetchAll(db, sql: """
            SELECT DISTINCT ip.person_id FROM interaction i JOIN interaction_person ip ON ip.interaction_id = i.id
            WHERE \(like.map { "i.note \($0)" }.joined(separator: " AND "))
            """, arguments: patterns)), "interaction"))
        places.append((Set(try Int64.fetchAll(db, sql: """
            SELECT DISTINCT person_id FROM commitment WHERE \(like.map { "what \($0)" }.joined(separator: " AND "))
            """, arguments: patterns)), "promise"))
        found = places
        return places
    }

    /// For each of `people`, the places its record matched (any of the words): the index's own
    /// columns, then the rest.
    mutating func matched(_ people: Set<Int64>) throws -> [Int64: [String]] {
        var matched: [Int64: [String]] = [:]
        guard !people.isEmpty else { return matched }
        for column in ["name", "organization", "title", "location", "tags", "notes"] {
            guard let match = TextFolding.matchQuery(query, column: column, anyWord: true) else { break }
            // `+rowid` keeps the list away from FTS5, which would search once per id.
            for id in try Int64.fetchAll(db, sql: """
                SELECT rowid FROM person_fts WHERE person_fts MATCH ? AND +rowid IN (SELECT value FROM json_each(?))
                """, arguments: [match, IDList.json(people)]) {
                matched[id, default: []].append(column)
            }
        }
        for (ids, place) in try elsewhere() {
            for id in ids.intersection(people) { matched[id, default: []].append(place) }
        }
        return matched
    }
}
