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

    enum Columns {
        static let id = CodingKeys.id
        static let personA = CodingKeys.personA
        static let personB = CodingKeys.personB
        static let strength = CodingKeys.strength
        static let since = CodingKeys.since
        static let source = CodingKeys.source
    }

    /// Read by hand rather than by Codable: the reach network and every import read ties by the
    /// hundred thousand. A value that is not what the schema allows throws, as Codable would.
    init(row: Row) throws {
        id = try row.decode(forColumn: CodingKeys.id.rawValue)
        personA = try row.decode(forColumn: CodingKeys.personA.rawValue)
        personB = try row.decode(forColumn: CodingKeys.personB.rawValue)
        strength = try row.decode(forColumn: CodingKeys.strength.rawValue)
        context = try row.decode(forColumn: CodingKeys.context.rawValue)
        since = try row.decode(forColumn: CodingKeys.since.rawValue)
        source = try row.decode(forColumn: CodingKeys.source.rawValue)
        createdAt = try row.decode(forColumn: CodingKeys.createdAt.rawValue)
        updatedAt = try row.decode(forColumn: CodingKeys.updatedAt.rawValue)
    }

    mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}

extension DerivableRequest<Tie> {
    /// The ties `person` has, with anyone.
    func of(_ person: Int64) -> Self { filter(Tie.Columns.personA == person || Tie.Columns.personB == person) }

    /// The tie between two people, if they have one.
    func between(_ a: Int64, _ b: Int64) -> Self {
        filter(Tie.Columns.personA == min(a, b) && Tie.Columns.personB == max(a, b))
    }

    func strongestFirst() -> Self { order(Tie.Columns.strength.desc, Tie.Columns.since.desc, Tie.Columns.id) }
}

extension Tie {
    /// Records that `a` and `b` know each other, or updates what is known of it; returns the
    /// tie's id. The one way a tie is written (commands, introductions, imports, merges).
    /// `replacing` is for what the user states, which replaces what was known; by default, a
    /// stated source.
    @discardableResult
    static func connect(_ a: Int64, _ b: Int64, strength: Int?, context: String? = nil, since: Day? = nil,
                        source: TieSource, replacing: Bool? = nil, in db: Database) throws -> Int64 {
        try connecting(a, b, strength: strength, context: context, since: since, source: source, replacing: replacing,
                       in: db).id
    }

    /// `connect`, also saying whether the tie was made or changed.
    static func connecting(_ a: Int64, _ b: Int64, strength: Int?, context: String? = nil, since: Day? = nil,
                           source: TieSource, replacing: Bool? = nil, in db: Database) throws -> (id: Int64, changed: Bool) {
        guard a != b else { throw KithError.invalid("a person cannot have a tie with themself") }
        let (low, high) = (min(a, b), max(a, b))
        let now = Timestamp.now()
        let existing = try Tie.fetchOne(db.cachedStatement(sql: "SELECT * FROM tie WHERE person_a = ? AND person_b = ?"),
                                        arguments: [low, high])
        guard var tie = existing else {
            // A cached statement, not the record's insert: an import makes a tie per contact.
            let stamp = now.databaseValue
            try db.cachedStatement(sql: """
                INSERT INTO tie (person_a, person_b, strength, context, since, source, created_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """).execute(arguments: [low, high, strength ?? 2, context, since, source, stamp, stamp])
            return (db.lastInsertedRowID, true)
        }
        guard tie.learn(strength: strength, context: context, since: since, source: source,
                        replacing: replacing ?? (source == .stated)) else { return (tie.id!, false) }
        tie.updatedAt = now
        try tie.update(db)
        return (tie.id!, true)
    }

    /// Takes in a new piece of knowledge of this tie; returns whether anything changed.
    ///
    /// What the user states (`replacing`) replaces what was known; evidence from other sources
    /// (an introduction, an import, a merge) only ever raises the strength, fills what is
    /// missing and moves "since" earlier. A tie once stated stays stated.
    mutating func learn(strength: Int?, context: String?, since: Day?, source: TieSource, replacing: Bool) -> Bool {
        let before = self
        if let strength { self.strength = replacing ? strength : max(self.strength, strength) }
        if let context, replacing || self.context == nil { self.context = context }
        if let since, replacing || self.since.map({ $0 > since }) ?? true { self.since = since }
        if source == .stated { self.source = .stated }
        return self != before
    }
}
