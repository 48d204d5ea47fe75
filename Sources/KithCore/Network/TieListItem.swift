import GRDB

/// One tie with both people named: a row of `kith ties`.
public struct TieListItem: Codable, Equatable, Sendable {
    public var id: Int64
    /// The person the list was asked about, when it was; otherwise the lower id.
    public var personA: PersonSummary
    public var personB: PersonSummary
    public var strength: Int
    public var context: String?
    public var since: Day?
    public var source: TieSource

    enum CodingKeys: String, CodingKey {
        case id, personA = "person_a", personB = "person_b", strength, context, since, source
    }
}

extension TieListItem {
    /// Reads `rows` of `tie` (`id, person_a, person_b, strength, context, since, source`), naming
    /// everyone in one query and putting `first` on the left where it takes part.
    static func named(_ rows: [Row], first: Int64? = nil, in db: Database) throws -> [TieListItem] {
        var ids = Set<Int64>()
        for row in rows { ids.formUnion([row["person_a"], row["person_b"]]) }
        let people = try PeopleQuery.summaries(ids, in: db)
        return try rows.map { row in
            var a: Int64 = row["person_a"], b: Int64 = row["person_b"]
            if b == first { swap(&a, &b) }
            return TieListItem(
                id: row["id"], personA: people[a] ?? PersonSummary(id: a, name: "#\(a)"),
                personB: people[b] ?? PersonSummary(id: b, name: "#\(b)"), strength: row["strength"],
                context: row["context"], since: try row.decode(forColumn: "since"),
                source: try row.decode(forColumn: "source"))
        }
    }
}
