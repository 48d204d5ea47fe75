import GRDB

/// Stores contacts read from a file: someone already known (same vCard UID or profile, email,
/// phone or profile link) is updated, anyone else is created with a tie to me. Works inside the
/// caller's transaction.
struct ContactImporter {
    let db: Database
    let kind: String
    let file: String
    let tag: String?
    let now = Timestamp.now()

    private var byExternalID: [String: Int64] = [:]
    private var byEmail: [String: Int64] = [:]
    private var byPhone: [String: Int64] = [:]
    private var byLink: [String: Int64] = [:]
    private var me: Int64 = 0
    private var tagIDs: [String: Int64] = [:]

    init(db: Database, kind: String, file: String, tag: String?) throws {
        self.db = db
        self.kind = kind
        self.file = file
        self.tag = tag
        me = try PersonResolver(db: db).me().id
        // Everything a contact could match on, read once: imports are large, the lookups many.
        for row in try Row.fetchAll(db, sql: "SELECT external_id, person_id FROM person_source WHERE external_id IS NOT NULL") {
            byExternalID[row[0]] = row[1]
        }
        for row in try Row.fetchAll(db, sql: "SELECT lower(value), person_id FROM email") { byEmail[row[0]] = row[1] }
        for row in try Row.fetchAll(db, sql: "SELECT value, person_id FROM phone") {
            let key = AddressKey.phone(row[0])
            if !key.isEmpty { byPhone[key] = row[1] }
        }
        for row in try Row.fetchAll(db, sql: "SELECT value, person_id FROM link") { byLink[AddressKey.link(row[0])] = row[1] }
    }

    /// The person already known as `contact`, if any.
    func match(_ contact: ImportedContact) -> Int64? {
        if let id = contact.externalID.flatMap({ byExternalID[$0] }) { return id }
        for email in contact.emails { if let id = byEmail[email.value.lowercased()] { return id } }
        for phone in contact.phones {
            let key = AddressKey.phone(phone.value)
            if !key.isEmpty, let id = byPhone[key] { return id }
        }
        for link in contact.links { if let id = byLink[AddressKey.link(link.value)] { return id } }
        return nil
    }

    /// Creates or updates the person; returns their id and whether they were created.
    mutating func store(_ contact: ImportedContact) throws -> (id: Int64, created: Bool) {
        let existing = match(contact)
        let id: Int64
        if let existing {
            // What Kith knew stays; what it did not know is filled in; notes are added to.
            try db.cachedStatement(sql: """
                UPDATE person SET organization = coalesce(organization, :organization), title = coalesce(title, :title),
                    location = coalesce(location, :location), birthday = coalesce(birthday, :birthday),
                    notes = CASE WHEN :notes IS NULL OR instr(coalesce(notes, ''), :notes) > 0 THEN notes
                                 WHEN notes IS NULL THEN :notes ELSE notes || char(10) || :notes END,
                    updated_at = :now
                WHERE id = :id
                """).execute(arguments: ["organization": contact.organization, "title": contact.title,
                                         "location": contact.location, "birthday": contact.birthday,
                                         "notes": contact.notes, "now": now, "id": existing])
            id = existing
        } else {
            try db.cachedStatement(sql: """
                INSERT INTO person (name, organization, title, location, notes, birthday, created_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """).execute(arguments: [contact.name, contact.organization, contact.title, contact.location,
                                         contact.notes, contact.birthday, now, now])
            id = db.lastInsertedRowID
        }
        let created = existing == nil
        // A new person has nothing to compare with: their rows go straight in, through statements
        // prepared once (this path is what a 100,000-card import spends its time on).
        try add("email", contact.emails, to: id, new: created)
        try add("phone", contact.phones, to: id, new: created)
        try add("link", contact.links, to: id, new: created)
        for name in contact.tags + (tag.map { [$0] } ?? []) where !name.trimmingCharacters(in: .whitespaces).isEmpty {
            let tagID: Int64
            if let known = tagIDs[name.lowercased()] {
                tagID = known
            } else {
                tagID = try Tag.named(name, in: db).id!
                tagIDs[name.lowercased()] = tagID
            }
            try PersonTag.link(person: id, tag: tagID, in: db)
        }
        let known = created ? [] : Set(try PersonProperty.filter(sql: "person_id = ?", arguments: [id]).fetchAll(db)
            .map { "\($0.name)\u{1F}\($0.parameters ?? "")\u{1F}\($0.value)" })
        let insertProperty = try db.cachedStatement(sql: """
            INSERT INTO person_property (person_id, name, parameters, value) VALUES (?, ?, ?, ?)
            """)
        for property in contact.properties where !known.contains("\(property.name)\u{1F}\(property.parameters ?? "")\u{1F}\(property.value)") {
            try insertProperty.execute(arguments: [id, property.name, property.parameters, property.value])
        }
        try db.cachedStatement(sql: """
            INSERT INTO person_source (person_id, kind, external_id, file, imported_at) VALUES (?, ?, ?, ?, ?)
            """).execute(arguments: [id, kind, contact.externalID, file, now])
        // Someone in my address book is someone I know, however slightly; a tie that exists keeps
        // its strength and takes the earlier of the two "since" days.
        try Tie.connect(me, id, strength: 1, since: contact.connectedOn, source: .imported, in: db)
        remember(contact, as: id)
        return (id, existing == nil)
    }

    /// Ties from RELATED and X-ABRELATEDNAMES, once everyone is in: to someone imported or known
    /// by UID, or by a full name only one person has. Returns how many.
    func relate(_ contact: ImportedContact, id: Int64) throws -> Int {
        var count = 0
        for related in contact.related {
            var other = byExternalID[related.reference]
            if other == nil { other = try PersonResolver(db: db).exactMatches(related.reference).onlyElement?.id }
            guard let other, other != id else { continue }
            try Tie.connect(id, other, strength: 2, context: related.label, source: .imported, in: db)
            count += 1
        }
        return count
    }

    private mutating func remember(_ contact: ImportedContact, as id: Int64) {
        if let uid = contact.externalID { byExternalID[uid] = id }
        for email in contact.emails { byEmail[email.value.lowercased()] = id }
        for phone in contact.phones where !AddressKey.phone(phone.value).isEmpty { byPhone[AddressKey.phone(phone.value)] = id }
        for link in contact.links { byLink[AddressKey.link(link.value)] = id }
    }

    private func add(_ table: String, _ addresses: [ImportedContact.Address], to person: Int64, new: Bool) throws {
        let key = AddressKey.of(table)
        var known = new ? [] : Set(try String.fetchAll(db, sql: "SELECT value FROM \(table) WHERE person_id = ?",
                                                       arguments: [person]).map(key))
        var hasPrimary = !known.isEmpty
        let insert = try db.cachedStatement(sql: """
            INSERT INTO \(table) (person_id, value, label, is_primary) VALUES (?, ?, ?, ?)
            """)
        for address in addresses {
            let value = address.value.trimmingCharacters(in: .whitespaces)
            guard !value.isEmpty, known.insert(key(value)).inserted else { continue }
            try insert.execute(arguments: [person, value, address.label, !hasPrimary])
            hasPrimary = true
        }
    }
}

extension Array {
    /// The element of a one-element array; nil when there are none or several.
    var onlyElement: Element? { count == 1 ? first : nil }
}
