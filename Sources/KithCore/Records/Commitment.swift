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

    enum Columns {
        static let personID = CodingKeys.personID
        static let owedByMe = CodingKeys.owedByMe
        static let due = CodingKeys.due
        static let status = CodingKeys.status
    }

    mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}

extension DerivableRequest<Commitment> {
    func open() -> Self { filter(Commitment.Columns.status == CommitmentStatus.open) }

    func owed(byMe: Bool) -> Self { filter(Commitment.Columns.owedByMe == byMe) }

    func with(_ person: Int64) -> Self { filter(Commitment.Columns.personID == person) }

    /// Open ones first by due date (undated last), then the rest, the latest kept or made first.
    func listed() -> Self {
        order(literal: """
            status <> 'open', CASE WHEN status = 'open' THEN due IS NULL END, CASE WHEN status = 'open' THEN due END,
            coalesce(done_at, created_at) DESC, id
            """)
    }
}

extension Commitment {
    /// Done (on `day`, at noon, or now when no day is given) or dropped: how a promise closes,
    /// whether `kith done` closes it or a to-do completed in a synced calendar.
    mutating func close(as status: CommitmentStatus, on day: Day?) {
        self.status = status
        doneAt = status == .done ? day.map { Timestamp(day: $0, secondOfDay: 12 * 3600) } ?? Timestamp.now() : nil
    }
}
