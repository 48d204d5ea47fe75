import GRDB

/// A card changed in a synced folder, and nowhere else, taken as the new truth for everything a
/// card says of a person: name, organisation, title, place, birthday, notes, emails, phones,
/// links, tags (CATEGORIES) and the properties Kith keeps as written. What a card cannot say
/// (ties, interactions, promises, how we met, cadence) is untouched; needs and offers are only
/// added to, as closing one is a decision of its own. Unlike an import, which only adds, what
/// the card no longer has is removed.
struct CardApplication {
    let db: Database
    let now: Timestamp

    /// Applies `contact` to the person `id`; returns what changed, in the user's words.
    func apply(_ contact: ImportedContact, to id: Int64, importer: ContactImporter) throws -> [String] {
        var changed = try fields(contact, id)
        for (table, what) in [("email", "emails"), ("phone", "phones"), ("link", "links")] {
            let addresses = table == "email" ? contact.emails : table == "phone" ? contact.phones : contact.links
            if try replace(table, with: addresses, of: id) { changed.append(what) }
        }
        if try replaceTags(contact.tags, of: id) { changed.append("tags") }
        if try replaceProperties(contact.properties, of: id) { changed.append("other card properties") }
        if try importer.addNeeds(contact, to: id) { changed.append("needs and offers") }
        if !changed.isEmpty {
            try db.execute(sql: "UPDATE person SET updated_at = ? WHERE id = ?", arguments: [now, id])
        }
        return changed
    }

    private func fields(_ contact: ImportedContact, _ id: Int64) throws -> [String] {
        guard var person = try Person.fetchOne(db, key: id) else { return [] }
        let before = person
        // A card with no name of its own (only an email, say) does not rename anyone.
        if !contact.nameIsFallback { person.name = contact.name }
        person.organization = contact.organization
        person.title = contact.title
        person.location = contact.location
        person.birthday = contact.birthday
        person.notes = contact.notes
        let names: [(String, Bool)] = [
            ("name", person.name != before.name), ("organization", person.organization != before.organization),
            ("title", person.title != before.title), ("place", person.location != before.location),
            ("birthday", person.birthday != before.birthday), ("notes", person.notes != before.notes),
        ]
        guard person != before else { return [] }
        try person.update(db)
        return names.filter(\.1).map(\.0)
    }

    /// The card's addresses, as it lists them: those it no longer has go, new ones come, a label
    /// follows the card's, and its preferred (or first) one is the primary.
    private func replace(_ table: String, with addresses: [ImportedContact.Address], of person: Int64) throws -> Bool {
        let key = AddressKey.of(table)
        let wanted = addresses.filter { !$0.value.isEmpty }
        let primary = (wanted.first(where: \.preferred) ?? wanted.first).map { key($0.value) }
        var byKey: [String: ImportedContact.Address] = [:]
        for address in wanted where byKey[key(address.value)] == nil { byKey[key(address.value)] = address }
        var changed = false
        for row in try Row.fetchAll(db, sql: "SELECT id, value, label, is_primary FROM \(table) WHERE person_id = ?",
                                    arguments: [person]) {
            let (id, value, label, isPrimary): (Int64, String, String?, Bool) = (row[0], row[1], row[2], row[3])
            guard let address = byKey.removeValue(forKey: key(value)) else {
                try db.execute(sql: "DELETE FROM \(table) WHERE id = ?", arguments: [id])
                changed = true
                continue
            }
            if address.label != label || (key(value) == primary) != isPrimary {
                try db.execute(sql: "UPDATE \(table) SET label = ?, is_primary = ? WHERE id = ?",
                               arguments: [address.label, key(value) == primary, id])
                changed = true
            }
        }
        for address in wanted where byKey.removeValue(forKey: key(address.value)) != nil {
            try db.execute(sql: "INSERT INTO \(table) (person_id, value, label, is_primary) VALUES (?, ?, ?, ?)",
                           arguments: [person, address.value, address.label, key(address.value) == primary])
            changed = true
        }
        return changed
    }

    private func replaceTags(_ names: [String], of person: Int64) throws -> Bool {
        let wanted = Set(names.map { $0.trimmingBlanks() }.filter { !$0.isEmpty }.map { $0.lowercased() })
        var changed = false
        var had: Set<String> = []
        for row in try Row.fetchAll(db, sql: """
            SELECT t.id, lower(t.name) FROM person_tag pt JOIN tag t ON t.id = pt.tag_id WHERE pt.person_id = ?
            """, arguments: [person]) {
            had.insert(row[1])
            guard !wanted.contains(row[1]) else { continue }
            try db.execute(sql: "DELETE FROM person_tag WHERE person_id = ? AND tag_id = ?", arguments: [person, row[0] as Int64])
            changed = true
        }
        for name in names.map({ $0.trimmingBlanks() }) where !name.isEmpty && !had.contains(name.lowercased()) {
            had.insert(name.lowercased())
            changed = try PersonTag.link(person: person, tag: try Tag.named(name, in: db).id!, in: db) || changed
        }
        return changed
    }

    private func replaceProperties(_ properties: [(name: String, parameters: String?, value: String)],
                                   of person: Int64) throws -> Bool {
        let rows = try PersonProperty.filter(Column("person_id") == person).order(Column("id")).fetchAll(db)
        let had = rows.map { [$0.name, $0.parameters ?? "", $0.value] }
        guard had != properties.map({ [$0.name, $0.parameters ?? "", $0.value] }) else { return false }
        try db.execute(sql: "DELETE FROM person_property WHERE person_id = ?", arguments: [person])
        for property in properties {
            try db.execute(sql: "INSERT INTO person_property (person_id, name, parameters, value) VALUES (?, ?, ?, ?)",
                           arguments: [person, property.name, property.parameters, property.value])
        }
        return true
    }
}
