import GRDB

/// A follow-up promise: mine to a person (`owedByMe`) or theirs to me.
struct Commitment: Codable, Equatable, FetchableRecord, MutablePersistableRecord {
    var id: Int64?
    var personID: Int64
    var owedByMe: Bool
    var what: String
    var due: Day?
    var status: CommitmentStatus
    var doneAt: Timestamp?
    var interactionID: Int64?
    var introductionID: Int64?
    var createdAt: Timestamp

    static let databaseTableName = "commitment"

    enum CodingKeys: String, CodingKey, ColumnExpression {
        case id, personID = "person_id", owedByMe = "owed_by_me", what, due, status
        case doneAt = "done_at", interactionID = "interaction_id", introductionID = "introduction_id"
        case createdAt = "created_at"
    }

    mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}
