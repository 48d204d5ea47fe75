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

/// An introduction, with the people in it named. In a received one, `personA` is me.
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
    public var direction: IntroductionDirection
    /// The weekly list does not ask about it before this day.
    public var followUpOn: Day?

    enum CodingKeys: String, CodingKey {
        case id, introducer, personA = "person_a", personB = "person_b", date, purpose, status, outcome, direction
        case followUpOn = "follow_up_on"
    }
}

extension IntroductionEntry {
    /// Introduction records with everyone in them named, in one query.
    static func named(_ introductions: [Introduction], me: Int64, in db: Database) throws -> [IntroductionEntry] {
        var ids = Set<Int64>()
        for introduction in introductions {
            ids.formUnion([introduction.personA, introduction.personB])
            if let introducer = introduction.introducerID { ids.insert(introducer) }
        }
        let people = try PeopleQuery.summaries(ids, in: db)
        return introductions.map { IntroductionEntry($0, me: me) { people[$0] ?? PersonSummary(id: $0, name: "#\($0)") } }
    }

    init(_ introduction: Introduction, me: Int64, named: (Int64) -> PersonSummary) {
        // Received: me first, so that person_b is whom I was introduced to.
        var (a, b) = (introduction.personA, introduction.personB)
        if b == me { swap(&a, &b) }
        let direction: IntroductionDirection =
            introduction.introducerID == me ? .given : a == me ? .received : .others
        self.init(id: introduction.id!, introducer: introduction.introducerID.map(named), personA: named(a),
                  personB: named(b), date: introduction.date,
                  purpose: introduction.purpose, status: introduction.status, outcome: introduction.outcome,
                  direction: direction, followUpOn: introduction.followUpOn)
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
    public var doneAt: Timestamp?

    enum CodingKeys: String, CodingKey {
        case id, person, owedByMe = "owed_by_me", what, due, status, doneAt = "done_at"
    }

    /// Days past its due date on `today` (negative while still ahead), or nil when undated.
    public func daysOverdue(on today: Day) -> Int? { due.map { $0.days(to: today) } }
}

extension CommitmentEntry {
    init(_ commitment: Commitment, person: PersonSummary) {
        self.init(id: commitment.id!, person: person, owedByMe: commitment.owedByMe, what: commitment.what,
                  due: commitment.due, status: commitment.status, doneAt: commitment.doneAt)
    }

    /// Commitment records with their people named, in one query.
    static func named(_ commitments: [Commitment], in db: Database) throws -> [CommitmentEntry] {
        let people = try PeopleQuery.summaries(Set(commitments.map(\.personID)), in: db)
        return commitments.map { CommitmentEntry($0, person: people[$0.personID] ?? PersonSummary(id: $0.personID, name: "#\($0.personID)")) }
    }
}
