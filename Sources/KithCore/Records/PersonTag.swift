import GRDB

/// A row of `person_tag`: a person carries a tag.
struct PersonTag: Codable, Equatable, FetchableRecord, PersistableRecord {
    var personID: Int64
    var tagID: Int64

    static let databaseTableName = "person_tag"

    enum CodingKeys: String, CodingKey, ColumnExpression {
        case personID = "person_id", tagID = "tag_id"
    }

    /// Tags a person; returns false when they already carried the tag. The one way a tag is
    /// put on someone.
    @discardableResult
    static func link(person: Int64, tag: Int64, in db: Database) throws -> Bool {
        try db.cachedStatement(sql: "INSERT OR IGNORE INTO person_tag (person_id, tag_id) VALUES (?, ?)")
            .execute(arguments: [person, tag])
        return db.changesCount > 0
    }
}
