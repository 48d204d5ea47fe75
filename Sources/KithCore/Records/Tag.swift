import GRDB

/// A free label on people ("fintech", "mentor"), with an optional keep-in-touch cadence.
struct Tag: Codable, Equatable, FetchableRecord, MutablePersistableRecord {
    var id: Int64?
    var name: String
    var cadenceDays: Int?

    static let databaseTableName = "tag"

    enum CodingKeys: String, CodingKey, ColumnExpression {
        case id, name, cadenceDays = "cadence_days"
    }

    mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}

extension Tag {
    /// The tag called `name` (ignoring case), created when it does not exist yet.
    static func named(_ name: String, in db: Database) throws -> Tag {
        let name = try ContactDetails.required(name, "a tag")
        if let tag = try Tag.filter(sql: "name = ?", arguments: [name]).fetchOne(db) { return tag }
        var tag = Tag(id: nil, name: name, cadenceDays: nil)
        try tag.insert(db)
        return tag
    }

    /// A few tag names, alphabetically: what to suggest when a tag is not there.
    static func someNames(in db: Database) throws -> [String] {
        try String.fetchAll(db, sql: "SELECT name FROM tag ORDER BY name COLLATE NOCASE LIMIT 12")
    }
}
