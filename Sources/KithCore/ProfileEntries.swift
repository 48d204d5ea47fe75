import GRDB

/// An email address, phone number or link as shown in a profile.
public struct AddressEntry: Codable, Equatable, Sendable, FetchableRecord {
    public var value: String
    public var label: String?
    public var primary: Bool

    public init(row: Row) throws {
        value = row["value"]
        label = row["label"]
        primary = row["is_primary"]
    }
}

/// One tie as seen from one person: the other end and what is known of it.
public struct TieEntry: Codable, Equatable, Sendable {
    public var id: Int64
    public var person: PersonSummary
    public var strength: Int
    public var context: String?
    public var since: Day?
    public var source: TieSource
}

/// An introduction, with the people in it named.
public struct IntroductionEntry: Codable, Equatable, Sendable {
    public var id: Int64
    /// Nil when the introducer is unknown.
    public var introducer: PersonSummary?
    public var personA: PersonSummary
    public var personB: PersonSummary
    public var date: Day
    public var purpose: String?
    public var status: IntroductionStatus
    public var outcome: String?

    enum CodingKeys: String, CodingKey {
        case id, introducer, personA = "person_a", personB = "person_b", date, purpose, status, outcome
    }
}

/// A commitment, with the person it is to or from named.
public struct CommitmentEntry: Codable, Equatable, Sendable {
    public var id: Int64
    public var person: PersonSummary
    /// True when I promised it; false when they did.
    public var owedByMe: Bool
    public var what: String
    public var due: Day?
    public var status: CommitmentStatus
    public var doneAt: String?

    enum CodingKeys: String, CodingKey {
        case id, person, owedByMe = "owed_by_me", what, due, status, doneAt = "done_at"
    }
}
