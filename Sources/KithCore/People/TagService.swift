import GRDB

/// Tags as a whole: their keep-in-touch cadences.
public struct TagService: Sendable {
    let context: Context

    public init(_ context: Context) { self.context = context }

    /// Every tag in use or with a cadence, by name.
    public func tags() throws -> [TagSummary] {
        try context.read { db in
            try TagSummary.fetchAll(db, sql: Self.select + " ORDER BY t.name COLLATE NOCASE")
        }
    }

    /// Sets how often to keep in touch with everyone tagged `name` (nil clears it). A person's
    /// own cadence still wins over their tags'.
    public func setCadence(_ name: String, days: Int?) throws -> TagSummary {
        let name = try ContactDetails.required(name, "a tag")
        return try context.write { db in
            try db.execute(sql: "UPDATE tag SET cadence_days = ? WHERE name = ?", arguments: [days, name])
            guard db.changesCount > 0 else {
                throw KithError.tagNotFound(name, known: try Tag.someNames(in: db))
            }
            return try TagSummary.fetchOne(db, sql: Self.select + " WHERE t.name = ?", arguments: [name])!
        }
    }

    private static let select = """
        SELECT t.name, (SELECT count(*) FROM person_tag pt WHERE pt.tag_id = t.id) AS people, t.cadence_days FROM tag t
        """
}
