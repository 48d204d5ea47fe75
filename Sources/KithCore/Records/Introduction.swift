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
    /// The need this introduction answers, when it came from a match.
    var needID: Int64? = nil
    /// The weekly list does not ask about it before this day.
    var followUpOn: Day? = nil

    static let databaseTableName = "introduction"

    enum CodingKeys: String, CodingKey, ColumnExpression {
        case id, introducerID = "introducer_id", personA = "person_a", personB = "person_b"
        case date, purpose, status, outcome, createdAt = "created_at", needID = "need_id", followUpOn = "follow_up_on"
    }

    enum Columns {
        static let id = CodingKeys.id
        static let introducerID = CodingKeys.introducerID
        static let personA = CodingKeys.personA
        static let personB = CodingKeys.personB
        static let date = CodingKeys.date
        static let status = CodingKeys.status
    }

    mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}

extension DerivableRequest<Introduction> {
    /// Those seen from `me` in `direction`: made by me, made for me, or between others.
    func direction(_ direction: IntroductionDirection, me: Int64) -> Self {
        typealias Columns = Introduction.Columns
        return switch direction {
        case .given: filter(Columns.introducerID == me)
        case .received: filter(Columns.personA == me || Columns.personB == me)
        case .others: filter(Columns.introducerID !== me && Columns.personA != me && Columns.personB != me)
        }
    }

    /// Still waiting: requested or offered, neither made nor declined.
    func open() -> Self {
        filter([IntroductionStatus.requested, .offered].contains(Introduction.Columns.status))
    }

    /// Those `person` takes part in, as introducer or introduced.
    func involving(_ person: Int64) -> Self {
        typealias Columns = Introduction.Columns
        return filter(Columns.introducerID == person || Columns.personA == person || Columns.personB == person)
    }

    func newestFirst() -> Self { order(Introduction.Columns.date.desc, Introduction.Columns.id.desc) }
}
