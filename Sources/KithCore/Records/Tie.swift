import GRDB

/// An undirected "these two know each other", stored with `personA < personB`.
struct Tie: Codable, Equatable, FetchableRecord, MutablePersistableRecord {
    var id: Int64?
    var personA: Int64
    var personB: Int64
    var strength: Int
    var context: String?
    var since: Day?
    var source: TieSource
    var createdAt: Timestamp
    var updatedAt: Timestamp

    static let databaseTableName = "tie"

    enum CodingKeys: String, CodingKey, ColumnExpression {
        case id, personA = "person_a", personB = "person_b", strength, context, since, source
        case createdAt = "created_at", updatedAt = "updated_at"
    }

    mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}

extension Tie {
    /// Records that `a` and `b` know each other, or updates what is known of it.
    ///
    /// What the user states replaces what was known; evidence from other sources (an
    /// introduction, an import) only ever raises the strength and fills what is missing.
    @discardableResult
    static func connect(_ a: Int64, _ b: Int64, strength: Int?, context: String? = nil, since: Day? = nil,
                        source: TieSource, in db: Database) throws -> Tie {
        guard a != b else { throw KithError.invalid("a person cannot have a tie with themself") }
        let (low, high) = (min(a, b), max(a, b))
        let now = Timestamp.now()
        if var tie = try Tie.filter(sql: "person_a = ? AND person_b = ?", arguments: [low, high]).fetchOne(db) {
            if let strength {
                tie.strength = source == .stated ? strength : max(tie.strength, strength)
            }
            let stated = source == .stated
            if let context, stated || tie.context == nil { tie.context = context }
            if let since, stated || tie.since.map({ $0 > since }) ?? true { tie.since = since }
            if source == .stated { tie.source = .stated }
            tie.updatedAt = now
            try tie.update(db)
            return tie
        }
        var tie = Tie(id: nil, personA: low, personB: high, strength: strength ?? 2, context: context,
                      since: since, source: source, createdAt: now, updatedAt: now)
        try tie.insert(db)
        return tie
    }
}
