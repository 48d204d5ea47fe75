import GRDB

/// Where a person came from: one import that created or updated them.
struct PersonSource: Codable, Equatable, FetchableRecord, MutablePersistableRecord {
    var id: Int64?
    var personID: Int64
    /// `vcard`, `linkedin`, `google` or `json`.
    var kind: String
    /// The id they had there: a vCard UID, a LinkedIn profile URL.
    var externalID: String?
    var file: String?
    var importedAt: Timestamp

    static let databaseTableName = "person_source"

    enum CodingKeys: String, CodingKey, ColumnExpression {
        case id, personID = "person_id", kind, externalID = "external_id", file, importedAt = "imported_at"
    }

    mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}
