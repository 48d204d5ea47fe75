import GRDB

/// A need or an offer, with its person named and where it came up.
public struct NeedEntry: Codable, Equatable, Sendable {
    public var id: Int64
    public var person: PersonSummary
    /// True when it is my own need or offer.
    public var byMe: Bool
    public var kind: NeedKind
    public var what: String
    /// When they said it.
    public var saidOn: Day
    /// The event where it came up, by name.
    public var event: String?
    /// The interaction where it came up.
    public var interactionID: Int64?
    public var status: NeedStatus
    public var closedOn: Day?

    enum CodingKeys: String, CodingKey {
        case id, person, byMe = "by_me", kind, what, saidOn = "said_on", event, interactionID = "interaction_id", status
        case closedOn = "closed_on"
    }

    /// Days since they said it, on `today`.
    public func age(on today: Day) -> Int { saidOn.days(to: today) }
}

extension NeedEntry {
    /// Need and offer records with their people and events named, in two queries.
    static func named(_ rows: [NeedOffer], in db: Database) throws -> [NeedEntry] {
        let people = try PeopleQuery.summaries(Set(rows.map(\.personID)), in: db)
        let me = try PersonResolver(db: db).me().id
        let eventIDs = Set(rows.compactMap(\.eventID))
        let events = eventIDs.isEmpty ? [:] : Dictionary(uniqueKeysWithValues: try Row.fetchAll(db, sql: """
            SELECT id, name FROM event WHERE id IN (SELECT value FROM json_each(?))
            """, arguments: [IDList.json(eventIDs)]).map { ($0[0] as Int64, $0[1] as String) })
        return rows.map { row in
            NeedEntry(id: row.id ?? 0, person: people[row.personID] ?? PersonSummary(id: row.personID, name: "#\(row.personID)"),
                      byMe: row.personID == me,
                      kind: row.kind, what: row.what, saidOn: row.saidOn, event: row.eventID.flatMap { events[$0] },
                      interactionID: row.interactionID, status: row.status, closedOn: row.closedOn)
        }
    }
}

/// A need or offer to record: whose, what, and when and where it was said.
public struct NewNeed: Sendable {
    public var person: String
    public var kind: NeedKind
    public var what: String
    /// When they said it; today when not given.
    public var saidOn: Day?
    /// The event where it came up: one already logged, by name.
    public var event: String?
    /// The interaction where it came up.
    public var interactionID: Int64?

    public init(_ kind: NeedKind, of person: String, _ what: String) {
        self.kind = kind
        self.person = person
        self.what = what
    }
}
