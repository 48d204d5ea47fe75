import GRDB

/// Where `find` looks besides the people's own fields, and where each person it found matched.
struct SearchPlaces {
    let db: Database
    let query: String
    private let words: [String]

    init(db: Database, query: String) {
        self.db = db
        self.query = query
        words = TextFolding.words(query)
    }

    /// People found outside the index of people, place by place: open needs and offers (stemmed),
    /// then interaction notes and promises holding every word. Only asked when the index alone
    /// did not fill the answer.
    func elsewhere() throws -> [(ids: Set<Int64>, place: String)] {
        try places(among: nil).map { place, ids in (ids, place) }
    }

    /// For each of `people`, the places its record matched (any of the words): its own fields,
    /// read and checked here (a word starts a word of the field), then the other places.
    func matched(_ people: Set<Int64>) throws -> [Int64: [String]] {
        var matched: [Int64: [String]] = [:]
        guard !people.isEmpty else { return matched }
        let fields = ["name", "organization", "title", "location", "tags", "notes"]
        for row in try Row.fetchAll(db, sql: """
            SELECT p.id, p.name, p.organization, p.title, p.location,
                   (SELECT group_concat(t.name, ' ') FROM person_tag pt JOIN tag t ON t.id = pt.tag_id WHERE pt.person_id = p.id),
                   p.notes
            FROM person p WHERE p.id IN (SELECT value FROM json_each(?))
            """, arguments: [IDList.json(people)]) {
            for (index, field) in fields.enumerated() {
                let words = TextFolding.words(row[index + 1] as String? ?? "")
                if self.words.contains(where: { word in words.contains { $0.hasPrefix(word) } }) {
                    matched[row[0], default: []].append(field)
                }
            }
        }
        for (place, ids) in try places(among: people) {
            for id in ids { matched[id, default: []].append(place) }
        }
        return matched
    }

    /// Needs, offers, interactions and promises that hold the words, by place, of `people` or
    /// of anyone.
    private func places(among people: Set<Int64>?) throws -> [(place: String, ids: Set<Int64>)] {
        let among = people.map { "AND %@ IN (SELECT value FROM json_each('\(IDList.json($0))'))" } ?? ""
        func restricted(_ column: String) -> String { among.replacingOccurrences(of: "%@", with: column) }
        var places: [(place: String, ids: Set<Int64>)] = []
        if let said = NeedWords.matchQuery(query, anyWord: false) {
            for kind in NeedKind.allCases {
                places.append((kind.rawValue, Set(try Int64.fetchAll(db, sql: """
                    SELECT n.person_id FROM need_offer_fts f JOIN need_offer n ON n.id = f.rowid
                    WHERE need_offer_fts MATCH ? AND n.status = 'open' AND n.kind = ? \(restricted("n.person_id"))
                    """, arguments: [said, kind]))))
            }
        }
        guard !words.isEmpty else { return places }
        let like = words.map { _ in "LIKE ? ESCAPE '\\'" }
        let patterns = StatementArguments(words.map { "%" + $0.replacingOccurrences(of: "\\", with: "\\\\")
            .replacingOccurrences(of: "%", with: "\\%").replacingOccurrences(of: "_", with: "\\_") + "%" })
        places.append(("interaction", Set(try Int64.fetchAll(db, sql: """
            SELECT DISTINCT ip.person_id FROM interaction i JOIN interaction_person ip ON ip.interaction_id = i.id
            WHERE \(like.map { "i.note \($0)" }.joined(separator: " AND ")) \(restricted("ip.person_id"))
            """, arguments: patterns))))
        places.append(("promise", Set(try Int64.fetchAll(db, sql: """
            SELECT DISTINCT person_id FROM commitment
            WHERE \(like.map { "what \($0)" }.joined(separator: " AND ")) \(restricted("person_id"))
            """, arguments: patterns))))
        return places
    }
}
