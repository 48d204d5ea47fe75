import GRDB

/// What `kith reach` is asked to reach: a person, an organisation, a tag or free text.
public struct ReachGoal: Codable, Equatable, Sendable {
    public enum Kind: String, Codable, Sendable {
        /// `need` is my own open need, searched as its words are.
        case person, organization, tag, text, need
    }

    public var kind: Kind
    /// The goal as understood: the person's name, the organisation, the tag, the text, or what
    /// my need says.
    public var query: String
    /// How many people fit the goal.
    public var targets: Int
    /// How many of them the search started from (the most relevant, at most `maxTargets`).
    public var searched: Int
    /// The need aimed at, for a `need` goal.
    public var needID: Int64? = nil

    enum CodingKeys: String, CodingKey {
        case kind, query, targets, searched, needID = "need_id"
    }

    /// Beyond this many, a goal is searched from its most relevant people only.
    public static let maxTargets = 200
    /// Free text ranks its matches; the best 50 carry the answer, and the search stays small.
    public static let maxTextTargets = 50
}

extension ReachGoal {
    /// Reads what the user typed: `#ID` or a name, `org:NAME`, `tag:NAME`, else a name if one
    /// person has it, an organisation if people work there, a tag if there is one, and free text
    /// over organisation, title, tags and notes otherwise. Returns the goal and its people with
    /// their relevance in (0, 1], most relevant first.
    static func resolve(_ text: String, in db: Database) throws -> (ReachGoal, [(id: Int64, relevance: Double)]) {
        let text = text.trimmingBlanks()
        guard !text.isEmpty else { throw KithError.invalid("say whom to reach: a name, org:NAME, tag:NAME or some words") }
        for prefixed in Prefixed.all where text.lowercased().hasPrefix(prefixed.prefix) {
            let name = String(text.dropFirst(prefixed.prefix.count)).trimmingBlanks()
            guard !name.isEmpty else {
                throw KithError.invalid("name \(prefixed.what) after \(prefixed.prefix), as in \(prefixed.example)")
            }
            if prefixed.kind == .need { return try need(name, in: db) }
            let people = try prefixed.find(name, db)
            guard !people.isEmpty else { throw KithError.notFound(prefixed.nobody(name)) }
            return goal(prefixed.kind, name, people)
        }
        do {
            // A goal that is no name is common ("seed investor"): skip the scan inside names.
            let person = try PersonResolver(db: db).resolve(text, insideWords: false)
            return (ReachGoal(kind: .person, query: person.name, targets: 1, searched: 1), [(person.id, 1)])
        } catch KithError.personNotFound {
            // Not a name: an organisation, a tag, or words to search for.
        }
        let people = try organization(text, in: db)
        if !people.isEmpty { return goal(.organization, text, people) }
        let tagged = try tag(text, in: db)
        if !tagged.isEmpty { return goal(.tag, text, tagged) }
        let (matches, total) = try search(text, in: db)
        guard !matches.isEmpty else {
            let near = try NearestWords.corrected(text, in: db).map { "; did you mean '\($0)'?" } ?? ""
            throw KithError.notFound("nobody matches '\(text)' by name, offer, organisation, title, tag or notes\(near)")
        }
        return (ReachGoal(kind: .text, query: text, targets: total, searched: matches.count), matches)
    }

    /// `need:12`: my own open need, aimed at as its words are.
    private static func need(_ reference: String, in db: Database) throws -> (ReachGoal, [(id: Int64, relevance: Double)]) {
        let digits = reference.hasPrefix("#") ? String(reference.dropFirst()) : reference
        guard let id = Int64(digits), id > 0 else {
            throw KithError.invalid("'\(reference)' is not a need's id; ids are numbers such as need:12")
        }
        guard let need = try NeedOffer.fetchOne(db, key: id) else { throw KithError.recordNotFound(.needOrOffer, id: id) }
        guard need.kind == .need, need.personID == (try PersonResolver(db: db).me()).id else {
            throw KithError.invalid("#\(id) is not a need of yours; aim at one of your own open needs")
        }
        guard need.status == .open else { throw KithError.invalid("need #\(id) is \(need.status.rawValue); aim at an open one") }
        let (matches, total) = try search(need.what, in: db)
        guard !matches.isEmpty else {
            throw KithError.notFound("nobody offers or mentions what need #\(id) says ('\(need.what)')")
        }
        return (ReachGoal(kind: .need, query: need.what, targets: total, searched: matches.count, needID: id), matches)
    }

    /// A goal that says what it is: `org:NAME`, `tag:NAME`.
    private struct Prefixed {
        var prefix: String
        var kind: Kind
        var what: String
        var example: String
        var nobody: (String) -> String
        var find: (String, Database) throws -> [(id: Int64, relevance: Double)]

        static var all: [Prefixed] {
            [
                Prefixed(prefix: "org:", kind: .organization, what: "the organisation", example: "org:Stripe",
                         nobody: { "nobody in your network works at '\($0)'" }, find: { try organization($0, in: $1) }),
                Prefixed(prefix: "tag:", kind: .tag, what: "the tag", example: "tag:investor",
                         nobody: { "nobody is tagged '\($0)'" }, find: { try tag($0, in: $1) }),
                // Found by `need(_:in:)`, which knows the need's words.
                Prefixed(prefix: "need:", kind: .need, what: "your need's id", example: "need:12",
                         nobody: { "there is no need \($0)" }, find: { _, _ in [] }),
            ]
        }
    }

    private static func goal(_ kind: Kind, _ query: String, _ people: [(id: Int64, relevance: Double)])
        -> (ReachGoal, [(id: Int64, relevance: Double)])
    {
        let kept = Array(people.prefix(kind == .text || kind == .need ? maxTextTargets : maxTargets))
        return (ReachGoal(kind: kind, query: query, targets: people.count, searched: kept.count), kept)
    }

    /// People at an organisation named exactly so (relevance 1), and those whose organisation
    /// has every word of it (0.8): `org:Acme` finds Acme and Acme Labs. Exact matches first.
    private static func organization(_ name: String, in db: Database) throws -> [(id: Int64, relevance: Double)] {
        guard let match = TextFolding.matchQuery(name, column: "organization", prefix: false) else { return [] }
        return try Row.fetchAll(db, sql: """
            SELECT p.id, p.organization = :name COLLATE NOCASE AS exact FROM person p
            WHERE p.is_self = 0 AND p.archived = 0
              AND (p.organization = :name COLLATE NOCASE
                   OR p.id IN (SELECT rowid FROM person_fts WHERE person_fts MATCH :match))
            ORDER BY exact DESC, p.id
            """, arguments: ["name": name, "match": match]).map { row in (row[0], row[1] ? 1 : 0.8) }
    }

    private static func tag(_ name: String, in db: Database) throws -> [(id: Int64, relevance: Double)] {
        try Int64.fetchAll(db, sql: """
            SELECT pt.person_id FROM tag t JOIN person_tag pt ON pt.tag_id = t.id JOIN person p ON p.id = pt.person_id
            WHERE t.name = ? AND p.is_self = 0 AND p.archived = 0 ORDER BY pt.person_id
            """, arguments: [name]).map { ($0, 1) }
    }

    /// Free text: first in open offers, then in organisation, title, tags and notes, each ranked
    /// by bm25 (every word if any row has them all, else any word). An offer's relevance is its
    /// bm25 over the best offer's; a mention's is half its bm25 over the best mention's: saying
    /// you can give something counts more than having it in a title or a note. A person found
    /// both ways keeps the higher. Someone whose open need has the words is no target by a
    /// mention (the founder whose notes say they want an investor is not one), only by an offer.
    /// Returns the `maxTextTargets` most relevant and how many people match in all.
    private static func search(_ text: String, in db: Database) throws
        -> (best: [(id: Int64, relevance: Double)], total: Int)
    {
        // Ranking reads the index alone (joining every match to its person first costs twice as
        // much); me and archived people, who are never targets, are left out afterwards.
        let excluded = try Int64.fetchAll(db, sql: """
            SELECT id FROM person WHERE is_self = 1 UNION ALL SELECT id FROM person WHERE archived = 1
            """)
        let offered = try said(.offer, text, excluding: Set(excluded), in: db)
        let needing = Set(try said(.need, text, excluding: Set(excluded), in: db).map(\.id))
            .subtracting(offered.map(\.id))
        let (mentioned, match, mentionedTotal) = try mentions(text, excluding: excluded + needing, in: db)
        var relevance = Dictionary(offered, uniquingKeysWith: max)
        for (id, value) in mentioned { relevance[id] = max(relevance[id] ?? 0, value) }
        let ranked = relevance.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.map { (id: $0.key, relevance: $0.value) }
        // Everyone mentioned, and those who only offer it. `+rowid` keeps the list away from
        // FTS5, which would run the whole search again for each id in it (150 ms for 300).
        let offeredAlsoMentioned = try match.map { match in
            try Int.fetchOne(db, sql: """
                SELECT count(*) FROM person_fts WHERE person_fts MATCH ? AND +rowid IN (SELECT value FROM json_each(?))
                """, arguments: [match, IDList.json(offered.map(\.id))]) ?? 0
        } ?? 0
        return (Array(ranked.prefix(maxTextTargets)), mentionedTotal + offered.count - offeredAlsoMentioned)
    }

    /// The people whose open offers (or needs) have the words, each at their best one's relevance.
    private static func said(_ kind: NeedKind, _ text: String, excluding left: Set<Int64>, in db: Database) throws
        -> [(id: Int64, relevance: Double)]
    {
        for anyWord in [false, true] {
            guard let match = NeedWords.matchQuery(text, column: kind.rawValue, anyWord: anyWord) else { return [] }
            let rows = try Row.fetchAll(db, sql: """
                SELECT n.person_id, bm25(need_offer_fts) AS rank FROM need_offer_fts JOIN need_offer n ON n.id = need_offer_fts.rowid
                WHERE need_offer_fts MATCH ? AND n.kind = ? AND n.status = 'open' ORDER BY rank, n.id
                """, arguments: [match, kind]).filter { !left.contains($0[0]) }
            guard let best = rows.first?["rank"] as Double?, best < 0 else { continue }
            var seen = Set<Int64>()
            return rows.compactMap { row in
                let id: Int64 = row[0]
                return seen.insert(id).inserted ? (id, max(0.05, (row["rank"] as Double) / best)) : nil
            }
        }
        return []
    }

    /// The people with the words in their organisation, title, tags or notes, at half their
    /// relevance; the query that found them, and how many there are in all.
    private static func mentions(_ text: String, excluding excluded: [Int64], in db: Database) throws
        -> (best: [(id: Int64, relevance: Double)], match: String?, total: Int)
    {
        let columns = ["organization", "title", "tags", "notes"]
        let left = Set(excluded)
        for anyWord in [false, true] {
            guard let match = TextFolding.matchQuery(text, columns: columns, anyWord: anyWord) else { return ([], nil, 0) }
            let rows = try Row.fetchAll(db, sql: """
                SELECT rowid, bm25(person_fts, 0.0, 5.0, 3.0, 0.0, 4.0, 1.0) AS rank FROM person_fts
                WHERE person_fts MATCH ? ORDER BY rank, rowid LIMIT ?
                """, arguments: [match, maxTextTargets + excluded.count]).filter { !left.contains($0[0]) }
            guard let best = rows.first?["rank"] as Double?, best < 0 else { continue }
            let total = try Int.fetchOne(db, sql: """
                SELECT CAST(count(*) - total(rowid IN (SELECT value FROM json_each(:left))) AS INTEGER)
                FROM person_fts WHERE person_fts MATCH :match
                """, arguments: ["match": match, "left": IDList.json(excluded)]) ?? rows.count
            let ranked = rows.prefix(maxTextTargets).map { row in
                (row[0] as Int64, mentionWeight * max(0.05, (row["rank"] as Double) / best))
            }
            return (ranked, match, total)
        }
        return ([], nil, 0)
    }

    /// A mention counts half an offer.
    static let mentionWeight = 0.5
}
