import GRDB

/// Something a person needs or offers, said on a day, open until it is met or dropped.
struct NeedOffer: Codable, Equatable, FetchableRecord, MutablePersistableRecord {
    var id: Int64?
    var personID: Int64
    var kind: NeedKind
    var what: String
    var saidOn: Day
    var eventID: Int64?
    var interactionID: Int64?
    var status: NeedStatus
    var closedOn: Day?
    var createdAt: Timestamp

    static let databaseTableName = "need_offer"

    enum CodingKeys: String, CodingKey, ColumnExpression {
        case id, personID = "person_id", kind, what, saidOn = "said_on", eventID = "event_id"
        case interactionID = "interaction_id", status, closedOn = "closed_on", createdAt = "created_at"
    }

    enum Columns {
        static let personID = CodingKeys.personID
        static let kind = CodingKeys.kind
        static let status = CodingKeys.status
    }

    mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}

extension DerivableRequest<NeedOffer> {
    /// Open ones first, the most recently said first; then the closed, the latest closed first.
    func listed() -> Self {
        order(literal: "status <> 'open', CASE WHEN status = 'open' THEN said_on END DESC, closed_on DESC, id DESC")
    }
}
