import GRDB

/// A row of `person`: one human in the network, me included (`isSelf`).
struct Person: Codable, Equatable, Sendable, FetchableRecord, MutablePersistableRecord {
    var id: Int64?
    /// Who they are for good, beyond this database: their vCard UID, in JSON and calendars.
    var uid: String
    var name: String
    var organization: String?
    var title: String?
    var location: String?
    var notes: String?
    var howMet: String?
    var cadenceDays: Int?
    var birthday: Birthday?
    var isSelf: Bool
    var archived: Bool
    var createdAt: Timestamp
    var updatedAt: Timestamp

    static let databaseTableName = "person"

    enum CodingKeys: String, CodingKey, ColumnExpression {
        case id, uid, name, organization, title, location, notes
        case howMet = "how_met", cadenceDays = "cadence_days", birthday
        case isSelf = "is_self", archived, createdAt = "created_at", updatedAt = "updated_at"
    }

    enum Columns {
        static let id = CodingKeys.id
        static let uid = CodingKeys.uid
        static let name = CodingKeys.name
        static let organization = CodingKeys.organization
        static let isSelf = CodingKeys.isSelf
        static let archived = CodingKeys.archived
    }

    init(name: String, now: Timestamp) {
        uid = DatabaseIdentity.newUID()
        self.name = name
        isSelf = false
        archived = false
        createdAt = now
        updatedAt = now
    }

    mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}
