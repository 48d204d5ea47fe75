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
            let id = try Tie.connect(first.id, second.id, strength: strength, context: ContactDetails.optional(context),
                                     since: since, source: .stated, in: db)
            if let context, ContactDetails.optional(context) == nil {
                try db.execute(sql: "UPDATE tie SET context = NULL WHERE id = ?", arguments: [id])
            }
            return try TieListItem.named(try Tie.fetchAll(db, keys: [id]), first: first.id, in: db)[0]
        }
    }

    /// Forgets that two people know each other; returns the tie as it was.
    public func untie(_ a: String, _ b: String) throws -> TieListItem {
        try context.write { db in
            let (first, second) = try Self.pair(a, b, in: db)
            let ties = try Tie.all().between(first.id, second.id).fetchAll(db)
            guard let tie = try TieListItem.named(ties, first: first.id, in: db).first else {
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
            var request = Tie.all().strongestFirst()
            var person: PersonSummary?
            if let reference {
                person = try PersonResolver(db: db).resolve(reference)
                request = request.of(person!.id)
            }
            if let source { request = request.filter(Tie.Columns.source == source) }
            if let limit { request = request.limit(limit) }
            return try TieListItem.named(try request.fetchAll(db), first: person?.id, in: db)
        }
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
