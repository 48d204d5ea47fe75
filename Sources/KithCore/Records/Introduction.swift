import GRDB

/// Who introduced whom: *given* when I am the introducer, *received* when I am one of the two.
struct Introduction: Codable, Equatable, FetchableRecord, MutablePersistableRecord {
    var id: Int64?
    var introducerID: Int64?
    var personA: Int64
    var personB: Int64
    var date: Day
    var purpose: String?
    var status: IntroductionStatus
    var outcome: String?
    var createdAt: Timestamp

    static let databaseTableName = "introduction"

    enum CodingKeys: String, CodingKey, ColumnExpression {
        case id, introducerID = "introducer_id", personA = "person_a", personB = "person_b"
        case date, purpose, status, outcome, createdAt = "created_at"
    }

    mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}
