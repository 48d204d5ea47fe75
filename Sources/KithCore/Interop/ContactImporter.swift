import GRDB

/// Stores contacts read from a file inside the caller's transaction: someone already known
/// (`ContactMatcher`) gains only what Kith did not know, and nothing at all is written when the
/// contact brings nothing new; anyone else is created with a tie to me.
struct ContactImporter {
    enum Outcome: Equatable {
        case created, updated, unchanged
    }

    struct Stored {
        var id: Int64
        var outcome: Outcome
        /// Whom the contact shares an email or phone with under another name, when it was
        /// created apart from them.
        var keptApartFrom: Int64?
    }

    let db: Database
    let kind: String
    let file: String
    let tag: String?
    /// The time of this import, converted once: a value per row is costly over a large file.
    private let now = Timestamp.now().databaseValue
    private var matcher: ContactMatcher
    private let me: Int64
    private var tagIDs: [String: Int64] = [:]

    init(db: Database, kind: String, file: String, tag: String?) throws {
        self.db = db
        self.kind = kind
        self.file = file
        self.tag = tag
        matcher = try ContactMatcher(db: db)
        me = try PersonResolver(db: db).me().id
    }

    /// Creates or updates the person `contact` is.
    mutating func store(_ contact: ImportedContact) throws -> Stored {
        let match = try matcher.match(contact)
        let stored: Stored
        if let id = match.person {
            stored = Stored(id: id, outcome: try update(id, with: contact) ? .updated : .unchanged)
        } else {
            stored = Stored(id: try create(contact), outcome: .created, keptApartFrom: match.keptApartFrom)
        }
        let name = stored.outcome == .created ? contact.name
            : try String.fetchOne(db.cachedStatement(sql: "SELECT name FROM person WHERE id = ?"), arguments: [stored.id])
            ?? contact.name
        matcher.remember(contact, as: stored.id, name: name)
        return stored
    }

    private mutating func create(_ contact: ImportedContact) throws -> Int64 {
        try db.cachedStatement(sql: """
            INSERT INTO person (uid, name, organization, title, location, notes, birthday, created_at, updated_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            """).execute(arguments: [DatabaseIdentity.newUID(), contact.name, contact.organization, contact.title,
                                     contact.location, contact.notes, contact.birthday, now, now])
        let id = db.lastInsertedRowID
        _ = try addDetails(contact, to: id, new: true)
        try recordSource(contact, for: id)
        return id
    }

    /// Adds what Kith did not know; returns whether anything changed.
    mutating func update(_ id: Int64, with contact: ImportedContact) throws -> Bool {
        var changed = try fillFields(id, from: contact)
        changed = try addDetails(contact, to: id, new: false) || changed
        if changed {
            try db.cachedStatement(sql: "UPDATE person SET updated_at = ? WHERE id = ?").execute(arguments: [now, id])
            try recordSource(contact, for: id)
        }
        return changed
    }

    /// What Kith knew stays; what it did not know is filled in; notes are added to.
    private func fillFields(_ id: Int64, from contact: ImportedContact) throws -> Bool {
        guard let row = try Row.fetchOne(db.cachedStatement(sql: """
            SELECT organization, title, location, birthday, notes FROM person WHERE id = ?
            """), arguments: [id]) else { return false }
        let organization: String? = row[0] ?? contact.organization, title: String? = row[1] ?? contact.title
        let location: String? = row[2] ?? contact.location
        let knownBirthday: Birthday? = try row.decode(atIndex: 3)
        let birthday = knownBirthday ?? contact.birthday
        let known: String? = row[4]
        var notes = known
        if let new = contact.notes, !(known ?? "").contains(new) { notes = known.map { $0 + "\n" + new } ?? new }
        guard organization != row[0] || title != row[1] || location != row[2] || notes != known || birthday != knownBirthday
        else { return false }
        try db.cachedStatement(sql: """
            UPDATE person SET organization = ?, title = ?, location = ?, birthday = ?, notes = ? WHERE id = ?
            """).execute(arguments: [organization, title, location, birthday, notes, id])
        return true
    }

    /// Addresses, tags, kept properties and the tie to me; returns whether anything was added.
    private mutating func addDetails(_ contact: ImportedContact, to id: Int64, new: Bool) throws -> Bool {
        var added = try add("email", contact.emails, to: id, new: new)
        added = try add("phone", contact.phones, to: id, new: new) || added
        added = try add("link", contact.links, to: id, new: new) || added
        for name in contact.tags + (tag.map { [$0] } ?? []) where !name.trimmingBlanks().isEmpty {
            added = try PersonTag.link(person: id, tag: try tagID(name), in: db) || added
        }
        added = try addProperties(contact, to: id, new: new) || added
        added = try addNeeds(contact, to: id) || added
        // Someone new from my address book is someone I know, however slightly. Someone already
        // here keeps the ties they have (a card says nothing of meeting them, and my own export
        // must come back as nothing new), unless the file records a connection: LinkedIn's.
        if new || contact.connectedOn != nil {
            added = try Tie.connecting(me, id, strength: 1, since: contact.connectedOn, source: .imported, in: db).changed || added
        }
        return added
    }

    private mutating func tagID(_ name: String) throws -> Int64 {
        if let known = tagIDs[name.lowercased()] { return known }
        let id = try Tag.named(name, in: db).id!
        tagIDs[name.lowercased()] = id
        return id
    }

    private func addProperties(_ contact: ImportedContact, to id: Int64, new: Bool) throws -> Bool {
        let known = new ? [] : Set(try Row.fetchAll(db.cachedStatement(sql: """
            SELECT name, parameters, value FROM person_property WHERE person_id = ?
            """), arguments: [id]).map { row -> String in
            let (name, parameters, value): (String, String?, String) = (row[0], row[1], row[2])
            return "\(name)\u{1F}\(parameters ?? "")\u{1F}\(value)"
        })
        var added = false
        for property in contact.properties where !known.contains("\(property.name)\u{1F}\(property.parameters ?? "")\u{1F}\(property.value)") {
            try db.cachedStatement(sql: "INSERT INTO person_property (person_id, name, parameters, value) VALUES (?, ?, ?, ?)")
                .execute(arguments: [id, property.name, property.parameters, property.value])
            added = true
        }
        return added
    }

    /// Needs and offers the card carries that the person does not have yet (in any status).
    func addNeeds(_ contact: ImportedContact, to id: Int64) throws -> Bool {
        guard !contact.needs.isEmpty else { return false }
        let known = Set(try Row.fetchAll(db, sql: "SELECT kind, lower(what) FROM need_offer WHERE person_id = ?", arguments: [id])
            .map { "\($0[0] as String)\u{1F}\($0[1] as String)" })
        // Said when the card says, never later than today.
        let today = Timestamp.now().day
        var added = false
        for need in contact.needs where !known.contains("\(need.kind.rawValue)\u{1F}\(need.what.lowercased())") {
            try db.execute(sql: """
                INSERT INTO need_offer (person_id, kind, what, said_on, created_at) VALUES (?, ?, ?, ?, ?)
                """, arguments: [id, need.kind, need.what, min(need.saidOn ?? today, today), now])
            added = true
        }
        return added
    }

    /// Provenance: the file a person came from or was changed by, with their id there.
    private func recordSource(_ contact: ImportedContact, for id: Int64) throws {
        try db.cachedStatement(sql: """
            INSERT INTO person_source (person_id, kind, external_id, file, imported_at) VALUES (?, ?, ?, ?, ?)
            """).execute(arguments: [id, kind, contact.externalID, file, now])
    }

    /// Ties from RELATED and X-ABRELATEDNAMES, once everyone is in: to someone imported or known
    /// by UID, or by a full name only one person has. Returns how many.
    func relate(_ contact: ImportedContact, id: Int64) throws -> Int {
        var count = 0
        for related in contact.related {
            var other = matcher.person(uid: related.reference)
            if other == nil { other = try PersonResolver(db: db).exactMatches(related.reference).onlyElement?.id }
            guard let other, other != id else { continue }
            try Tie.connect(id, other, strength: 2, context: related.label, source: .imported, in: db)
            count += 1
        }
        return count
    }

    /// Adds the addresses Kith does not have yet (the same one written differently is known);
    /// the preferred one, or else the first, becomes primary when the person has none.
    private func add(_ table: String, _ addresses: [ImportedContact.Address], to person: Int64, new: Bool) throws -> Bool {
        let key = AddressKey.of(table)
        var known = new ? [] : Set(try String.fetchAll(db.cachedStatement(sql: "SELECT value FROM \(table) WHERE person_id = ?"),
                                                       arguments: [person]).map(key))
        var hasPrimary = !known.isEmpty
        var added = false
        let insert = try db.cachedStatement(sql: "INSERT INTO \(table) (person_id, value, label, is_primary) VALUES (?, ?, ?, ?)")
        for address in addresses.filter(\.preferred) + addresses.filter({ !$0.preferred }) {
            let value = address.value.trimmingBlanks()
            guard !value.isEmpty, known.insert(key(value)).inserted else { continue }
            try insert.execute(arguments: [person, value, address.label, !hasPrimary])
            hasPrimary = true
            added = true
        }
        return added
    }
}

extension Array {
    /// The element of a one-element array; nil when there are none or several.
    var onlyElement: Element? { count == 1 ? first : nil }
}
