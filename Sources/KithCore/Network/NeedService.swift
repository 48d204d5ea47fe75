import GRDB

/// What people need and what they offer: recording, closing and listing them.
public struct NeedService: Sendable {
    let context: Context

    public init(_ context: Context) { self.context = context }

    /// Records a need or an offer (of anyone, me included).
    public func record(_ new: NewNeed) throws -> NeedEntry {
        try context.write { db in
            let person = try PersonResolver(db: db).resolve(new.person)
            let row = try Self.insert(new, for: person.id, today: context.today, in: db)
            return try NeedEntry.named([row], in: db)[0]
        }
    }

    /// Inserts `new` for `person` inside the caller's transaction: also what `kith add` uses,
    /// which knows the event by id (`eventID`, else `new.event` by name).
    static func insert(_ new: NewNeed, for person: Int64, eventID: Int64? = nil, today: Day,
                       in db: Database) throws -> NeedOffer {
        let what = try ContactDetails.required(new.what, "what they \(new.kind.rawValue)")
        let saidOn = new.saidOn ?? today
        guard saidOn <= today else { throw KithError.invalid("\(saidOn) is in the future; say when they said it") }
        var row = NeedOffer(
            id: nil, personID: person, kind: new.kind, what: what, saidOn: saidOn,
            eventID: try eventID ?? new.event.map { try Self.event(named: $0, in: db) },
            interactionID: try new.interactionID.map { try Self.interaction($0, with: person, in: db) },
            status: .open, closedOn: nil, createdAt: Timestamp.now())
        try row.insert(db)
        return row
    }

    /// Marks a need or offer met or dropped, or (with `.open`) true again.
    public func setStatus(_ id: Int64, to status: NeedStatus) throws -> NeedEntry {
        try context.write { db in
            guard var row = try NeedOffer.fetchOne(db, key: id) else { throw KithError.recordNotFound(.needOrOffer, id: id) }
            guard row.status != status else {
                throw KithError.invalid("\(row.kind.rawValue) #\(id) is already \(status.rawValue)"
                                        + (status == .open ? "" : "; open it again first to change how it closed"))
            }
            row.status = status
            row.closedOn = status == .open ? nil : context.today
            try row.update(db)
            return try NeedEntry.named([row], in: db)[0]
        }
    }

    /// Needs or offers, of one person or of everyone: open ones first, the freshest first.
    public func list(_ kind: NeedKind, of person: String? = nil, openOnly: Bool = false) throws -> [NeedEntry] {
        try context.read { db in
            var request = NeedOffer.filter(NeedOffer.Columns.kind == kind).listed()
            if openOnly { request = request.filter(NeedOffer.Columns.status == NeedStatus.open) }
            if let person { request = request.filter(NeedOffer.Columns.personID == (try PersonResolver(db: db).resolve(person).id)) }
            return try NeedEntry.named(try request.fetchAll(db), in: db)
        }
    }

    /// The latest event logged with this name (any case), else with the only name that holds it.
    private static func event(named name: String, in db: Database) throws -> Int64 {
        let name = try ContactDetails.required(name, "an event name")
        let events = try Row.fetchAll(db, sql: """
            SELECT id, name, name = :name COLLATE NOCASE AS exact FROM event WHERE instr(lower(name), lower(:name)) > 0
            ORDER BY exact DESC, date DESC, id DESC
            """, arguments: ["name": name])
        if let exact = events.first, exact["exact"] == true { return exact["id"] }
        guard let event = events.first else {
            throw KithError.notFound("no event is named '\(name)'; name an event where you met someone")
        }
        let names = Array(Set(events.map { $0["name"] as String })).sorted()
        guard names.count == 1 else {
            throw KithError.invalid("'\(name)' could be " + names.prefix(5).map { "'\($0)'" }.joined(separator: ", ")
                                    + "; say which event")
        }
        return event["id"]
    }

    /// An interaction that `person` was part of.
    private static func interaction(_ id: Int64, with person: Int64, in db: Database) throws -> Int64 {
        guard try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM interaction WHERE id = ?)", arguments: [id]) == true else {
            throw KithError.recordNotFound(.interaction, id: id)
        }
        guard try Bool.fetchOne(db, sql: """
            SELECT EXISTS (SELECT 1 FROM interaction_person WHERE interaction_id = ? AND person_id = ?)
            """, arguments: [id, person]) == true else {
            throw KithError.invalid("interaction #\(id) was not with them; name one they were part of")
        }
        return id
    }
}
