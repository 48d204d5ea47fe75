import Foundation
import GRDB

/// Adds, changes and removes people, each call one transaction.
public struct PeopleService: Sendable {
    let context: Context

    public init(_ context: Context) { self.context = context }

    /// Records a new person and, in the same transaction, where we met, who introduced us,
    /// whom they know, and any promise I made.
    public func add(_ new: NewPerson) throws -> AddedPerson {
        try context.write { db in try PersonAddition(new, today: context.today, in: db).run() }
    }

    /// Sets my own name.
    public func rename(me name: String) throws -> PersonSummary {
        let name = try ContactDetails.required(name, "your name")
        return try context.write { db in
            let me = try PersonResolver(db: db).me()
            try db.execute(sql: "UPDATE person SET name = ?, updated_at = ? WHERE id = ?",
                           arguments: [name, Timestamp.now(), me.id])
            return PersonSummary(id: me.id, uid: me.uid, name: name, organization: me.organization)
        }
    }

    /// Applies `changes` to one person.
    public func edit(_ reference: String, _ changes: PersonChanges) throws -> PersonSummary {
        guard !changes.isEmpty else {
            throw KithError.refused(.nothingToChange(.person))
        }
        let addEmails = try changes.addEmails.map(ContactDetails.email)
        let addPhones = try changes.addPhones.map(ContactDetails.phone)
        // Given and empty clears it: nil inside; not given leaves it.
        let birthday: Birthday?? = try changes.birthday.map { $0.isEmpty ? nil : try ContactDetails.birthday($0) }
        return try context.write { db in
            let summary = try PersonResolver(db: db).resolve(reference)
            // A new birthday is written before the person is read: this is how a damaged one is mended.
            if let value = birthday {
                try db.execute(sql: "UPDATE person SET birthday = ? WHERE id = ?", arguments: [value, summary.id])
            }
            guard var person = try Person.fetchOne(db, key: summary.id) else {
                throw KithError.personNotFound(reference)
            }
            if let name = changes.name { person.name = try ContactDetails.required(name, "a person's name") }
            if let value = changes.organization { person.organization = ContactDetails.optional(value) }
            if let value = changes.title { person.title = ContactDetails.optional(value) }
            if let value = changes.location { person.location = ContactDetails.optional(value) }
            if let value = changes.notes { person.notes = ContactDetails.optional(value) }
            if let value = changes.appendNote.flatMap(ContactDetails.optional) {
                person.notes = [person.notes, value].compactMap { $0 }.joined(separator: "\n")
            }
            if let value = changes.howMet { person.howMet = ContactDetails.optional(value) }
            if let value = birthday { person.birthday = value }
            if let days = changes.cadenceDays { person.cadenceDays = days > 0 ? days : nil }
            if let archived = changes.archived { person.archived = archived }
            person.updatedAt = Timestamp.now()
            try person.update(db)

            try Self.addAddresses(Email.self, addEmails, to: summary.id, in: db)
            try Self.addAddresses(Phone.self, addPhones, to: summary.id, in: db)
            try Self.addAddresses(Link.self, changes.addLinks.compactMap(ContactDetails.optional), to: summary.id, in: db)
            try Self.removeAddresses(Email.self, changes.removeEmails, from: summary.id, in: db)
            try Self.removeAddresses(Phone.self, changes.removePhones, from: summary.id, in: db)
            try Self.removeAddresses(Link.self, changes.removeLinks, from: summary.id, in: db)
            return PersonSummary(id: summary.id, uid: person.uid, name: person.name, organization: person.organization)
        }
    }

    /// Adds and removes tags on one person; returns their tags afterwards.
    public func retag(_ reference: String, _ changes: [TagChange]) throws -> PersonTags {
        guard !changes.isEmpty else {
            throw KithError.invalid("no tags given; write +tag to add and -tag to remove")
        }
        return try context.write { db in
            let person = try PersonResolver(db: db).resolve(reference)
            let changesBefore = db.totalChangesCount
            for change in changes {
                switch change {
                case .add(let name):
                    try PersonTag.link(person: person.id, tag: try Tag.named(name, in: db).id!, in: db)
                case .remove(let name):
                    try db.execute(sql: """
                        DELETE FROM person_tag WHERE person_id = ?
                        AND tag_id = (SELECT id FROM tag WHERE name = ?)
                        """, arguments: [person.id, name])
                    guard db.changesCount > 0 else {
                        throw KithError.invalid("\(person.name) has no tag '\(name)'")
                    }
                }
            }
            // A tag they already had changes nothing, not even when they were last changed.
            if db.totalChangesCount != changesBefore {
                try db.execute(sql: "UPDATE person SET updated_at = ? WHERE id = ?", arguments: [Timestamp.now(), person.id])
            }
            return PersonTags(person: person, tags: try PeopleQuery.tags(of: person.id, in: db))
        }
    }

    /// What removing this person would take with them.
    public func previewRemoval(of reference: String) throws -> RemovalPreview {
        try context.read { db in try Self.preview(reference, in: db) }
    }

    /// Removes a person and everything that referred only to them, leaving none of their words
    /// in the file: deleted pages are overwritten, the search index is rewritten without them,
    /// and the write-ahead log is emptied.
    public func remove(_ reference: String) throws -> RemovalPreview {
        let preview = try context.write { db in
            let preview = try Self.preview(reference, in: db)
            try db.execute(sql: "DELETE FROM person WHERE id = ?", arguments: [preview.person.id])
            try SearchIndex.compact(db)
            return preview
        }
        context.store.checkpoint()
        return preview
    }

    /// What forgetting this person would change: their removal, and the mentions of their
    /// name and addresses in other rows.
    public func forgetPlan(_ reference: String) throws -> ForgetPlan {
        try context.read { db in try Self.forgetPlan(reference, in: db).plan }
    }

    /// Removes the person as `remove` does and rewrites every mention of them elsewhere.
    public func forget(_ reference: String) throws -> ForgetPlan {
        // Not recorded, and the history emptied: its changesets hold the words being forgotten.
        let plan = try context.write(recorded: false) { db in
            let (plan, places) = try Self.forgetPlan(reference, in: db)
            for (mention, place) in zip(plan.mentions, places) {
                try db.execute(sql: "UPDATE \(place.table) SET \(place.column) = ? WHERE id = ?", arguments: [mention.after, place.id])
            }
            try db.execute(sql: "DELETE FROM person WHERE id = ?", arguments: [plan.removal.person.id])
            _ = try UndoHistory.drop(lastOnly: false, in: db)
            try SearchIndex.compact(db)
            return plan
        }
        context.store.checkpoint()
        return plan
    }

    private static func forgetPlan(_ reference: String, in db: Database)
        throws -> (plan: ForgetPlan, places: [(table: String, column: String, id: Int64)]) {
        let removal = try preview(reference, in: db)
        let terms = try Forgetting.terms(of: removal.person.id, in: db)
        let found = try Forgetting.mentions(of: removal.person.id, terms: terms, in: db)
        return (ForgetPlan(removal: removal, mentions: found.map(\.0)), found.map { ($0.table, $0.column, $0.id) })
    }

    private static func preview(_ reference: String, in db: Database) throws -> RemovalPreview {
        let resolver = PersonResolver(db: db)
        let person = try resolver.resolve(reference)
        if person.id == (try resolver.me()).id {
            throw KithError.refused(.removeYourself)
        }
        func count(_ sql: String) throws -> Int {
            try Int.fetchOne(db, sql: sql, arguments: ["id": person.id]) ?? 0
        }
        return RemovalPreview(
            person: person,
            ties: try count("SELECT count(*) FROM tie WHERE person_a = :id OR person_b = :id"),
            interactions: try count("""
                SELECT count(*) FROM interaction_person ip WHERE ip.person_id = :id
                AND NOT EXISTS (SELECT 1 FROM interaction_person o
                                WHERE o.interaction_id = ip.interaction_id AND o.person_id <> :id)
                """),
            // Introductions they made stay, with the introducer forgotten: the two still met.
            introductions: try count("SELECT count(*) FROM introduction WHERE person_a = :id OR person_b = :id"),
            commitments: try count("SELECT count(*) FROM commitment WHERE person_id = :id"),
            needs: try count("SELECT count(*) FROM need_offer WHERE person_id = :id"),
            references: try PersonReferences.counts(of: person.id, in: db))
    }

    static func addAddresses<Kind: AddressKind>(_ type: PersonAddress<Kind>.Type, _ values: [String], to personID: Int64,
                                               in db: Database) throws {
        let existing = try String.fetchAll(db, sql: "SELECT value FROM \(Kind.table) WHERE person_id = ?",
                                           arguments: [personID])
        var hasPrimary = !existing.isEmpty
        for value in values where !existing.contains(where: { $0.caseInsensitiveCompare(value) == .orderedSame }) {
            var address = PersonAddress<Kind>(id: nil, personID: personID, value: value, label: nil, isPrimary: !hasPrimary)
            try address.insert(db)
            hasPrimary = true
        }
    }

    private static func removeAddresses<Kind: AddressKind>(_ type: PersonAddress<Kind>.Type, _ values: [String], from personID: Int64,
                                                          in db: Database) throws {
        for value in values {
            try db.execute(sql: "DELETE FROM \(Kind.table) WHERE person_id = ? AND value = ? COLLATE NOCASE",
                           arguments: [personID, value])
            guard db.changesCount > 0 else {
                throw KithError.invalid("there is no \(Kind.table) '\(value)' to remove")
            }
        }
    }

    static func howMet(event: String?, on date: Day?, via introducer: PersonSummary?) -> String? {
        var parts: [String] = []
        if let event { parts.append("at \(event)") }
        if let date { parts.append("on \(date)") }
        if let introducer { parts.append("introduced by \(introducer.name)") }
        return parts.isEmpty ? nil : parts.joined(separator: ", ")
    }
}
