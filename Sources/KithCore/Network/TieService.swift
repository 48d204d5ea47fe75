import GRDB

/// Records who knows whom, me included, and lists it.
public struct TieService: Sendable {
    let context: Context

    public init(_ context: Context) { self.context = context }

    /// Records that two people know each other, or changes what is known of it. An empty
    /// `context` clears it; a strength not given stays as it was (2 for a new tie).
    public func tie(_ a: String, _ b: String, strength: Int?, context: String?, since: Day?) throws -> TieListItem {
        let strength = try strength.map(ContactDetails.strength)
        return try self.context.write { db in
            let (first, second) = try Self.pair(a, b, in: db)
            let tie = try Tie.connect(first.id, second.id, strength: strength, context: ContactDetails.optional(context),
                                      since: since, source: .stated, in: db)
            if let context, ContactDetails.optional(context) == nil {
                try db.execute(sql: "UPDATE tie SET context = NULL WHERE id = ?", arguments: [tie.id])
            }
            return try Self.items(sql: "SELECT * FROM tie WHERE id = ?", [tie.id], first: first.id, in: db)[0]
        }
    }

    /// Forgets that two people know each other; returns the tie as it was.
    public func untie(_ a: String, _ b: String) throws -> TieListItem {
        try context.write { db in
            let (first, second) = try Self.pair(a, b, in: db)
            let arguments: StatementArguments = [min(first.id, second.id), max(first.id, second.id)]
            guard let tie = try Self.items(sql: "SELECT * FROM tie WHERE person_a = ? AND person_b = ?", arguments,
                                           first: first.id, in: db).first
            else {
                throw KithError.notFound("\(first.name) and \(second.name) have no tie to remove")
            }
            try db.execute(sql: "DELETE FROM tie WHERE id = ?", arguments: [tie.id])
            return tie
        }
    }

    /// Every tie of one person, strongest first, or every tie in the network when `reference`
    /// is nil.
    public func ties(of reference: String?, source: TieSource? = nil, limit: Int? = nil) throws -> [TieListItem] {
        try KithError.Setting.limit.checkLimit(limit)
        return try context.read { db in
            var conditions: [String] = []
            var arguments: [String: (any DatabaseValueConvertible)?] = [:]
            var person: PersonSummary?
            if let reference {
                person = try PersonResolver(db: db).resolve(reference)
                conditions.append("(person_a = :id OR person_b = :id)")
                arguments["id"] = person?.id
            }
            if let source {
                conditions.append("source = :source")
                arguments["source"] = source.rawValue
            }
            var sql = "SELECT * FROM tie"
            if !conditions.isEmpty { sql += " WHERE " + conditions.joined(separator: " AND ") }
            sql += " ORDER BY strength DESC, since DESC, id"
            if let limit {
                sql += " LIMIT :limit"
                arguments["limit"] = limit
            }
            return try Self.items(sql: sql, StatementArguments(arguments), first: person?.id, in: db)
        }
    }

    private static func items(sql: String, _ arguments: StatementArguments, first: Int64?,
                              in db: Database) throws -> [TieListItem] {
        try TieListItem.named(try Row.fetchAll(db, sql: sql, arguments: arguments), first: first, in: db)
    }

    /// Two different people, resolved.
    private static func pair(_ a: String, _ b: String, in db: Database) throws -> (PersonSummary, PersonSummary) {
        let resolver = PersonResolver(db: db)
        let first = try resolver.resolve(a), second = try resolver.resolve(b)
        guard first.id != second.id else {
            throw KithError.invalid("'\(a)' and '\(b)' are both \(first.label); a tie joins two different people")
        }
        return (first, second)
    }
}
