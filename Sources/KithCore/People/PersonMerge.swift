import GRDB

/// Folding one person (`other`) into another (`keep`), one table at a time, inside the
/// caller's transaction. Every reference to a person in the schema has its step here; the
/// merge refuses to run if the schema has one it does not know.
struct PersonMerge {
    let db: Database
    let keep: Int64
    let other: Int64

    /// The references each step below moves, by "table.column".
    static let handled: Set<String> = [
        "email.person_id", "phone.person_id", "link.person_id", "person_tag.person_id",
        "interaction_person.person_id", "commitment.person_id", "person_source.person_id",
        "person_property.person_id", "introduction.introducer_id", "introduction.person_a",
        "introduction.person_b", "tie.person_a", "tie.person_b", "need_offer.person_id", "vdir_item.person_id",
    ]

    /// Moves everything, then removes `other`; `provenance` is the line the notes keep.
    func run(provenance: String) throws -> MergedPeople {
        try PersonReferences.check(handled: Self.handled, in: db)
        let kept = try fillDetails(provenance: provenance)
        let moved = MergedPeople(
            kept: PersonSummary(id: keep, uid: kept.uid, name: kept.name, organization: kept.organization),
            removed: try PersonResolver(db: db).summary(id: other) ?? PersonSummary(id: other, name: "#\(other)"),
            ties: try moveTies(), interactions: try moveInteractions(), introductions: try moveIntroductions(),
            commitments: try moveCommitments(), needs: try moveNeeds(), tags: try moveTags(), addresses: try moveAddresses())
        try moveProvenance()
        try rememberIdentity()
        try db.execute(sql: "DELETE FROM person WHERE id = ?", arguments: [other])
        return moved
    }

    /// What Kith knew of `keep` stays; gaps are filled from `other`; the notes say so.
    private func fillDetails(provenance: String) throws -> Person {
        guard var kept = try Person.fetchOne(db, key: keep), let removed = try Person.fetchOne(db, key: other) else {
            throw KithError.personNotFound("#\(keep)")
        }
        kept.organization = kept.organization ?? removed.organization
        kept.title = kept.title ?? removed.title
        kept.location = kept.location ?? removed.location
        kept.howMet = kept.howMet ?? removed.howMet
        kept.birthday = kept.birthday ?? removed.birthday
        kept.cadenceDays = kept.cadenceDays ?? removed.cadenceDays
        kept.notes = [kept.notes, removed.notes == kept.notes ? nil : removed.notes, provenance]
            .compactMap { $0 }.joined(separator: "\n")
        kept.createdAt = min(kept.createdAt, removed.createdAt)
        kept.updatedAt = Timestamp.now()
        try kept.update(db)
        return kept
    }

    /// The same email, phone or link written differently is not moved twice.
    private func moveAddresses() throws -> Int {
        var moved = 0
        for table in ["email", "phone", "link"] {
            let key = AddressKey.of(table)
            let known = Set(try String.fetchAll(db, sql: "SELECT value FROM \(table) WHERE person_id = ?",
                                                arguments: [keep]).map(key))
            for row in try Row.fetchAll(db, sql: "SELECT id, value FROM \(table) WHERE person_id = ?", arguments: [other])
            where !known.contains(key(row[1])) {
                try db.execute(sql: "UPDATE \(table) SET person_id = ?, is_primary = 0 WHERE id = ?",
                               arguments: [keep, row[0] as Int64])
                moved += 1
            }
            try db.execute(sql: "DELETE FROM \(table) WHERE person_id = ?", arguments: [other])
        }
        return moved
    }

    private func moveTags() throws -> Int {
        var moved = 0
        for tag in try Int64.fetchAll(db, sql: "SELECT tag_id FROM person_tag WHERE person_id = ?", arguments: [other])
        where try PersonTag.link(person: keep, tag: tag, in: db) { moved += 1 }
        return moved
    }

    /// An interaction both took part in keeps `keep` once.
    private func moveInteractions() throws -> Int {
        try db.execute(sql: "UPDATE OR IGNORE interaction_person SET person_id = ? WHERE person_id = ?",
                       arguments: [keep, other])
        return db.changesCount
    }

    private func moveCommitments() throws -> Int {
        try db.execute(sql: "UPDATE commitment SET person_id = ? WHERE person_id = ?", arguments: [keep, other])
        return db.changesCount
    }

    /// Their needs and offers; an open one both said in the same words is kept once, as first said.
    private func moveNeeds() throws -> Int {
        try db.execute(sql: "UPDATE need_offer SET person_id = ? WHERE person_id = ?", arguments: [keep, other])
        let moved = db.changesCount
        try db.execute(sql: """
            DELETE FROM need_offer WHERE person_id = :keep AND status = 'open' AND EXISTS (
                SELECT 1 FROM need_offer o WHERE o.person_id = :keep AND o.status = 'open' AND o.kind = need_offer.kind
                AND lower(o.what) = lower(need_offer.what) AND (o.said_on, o.id) < (need_offer.said_on, need_offer.id))
            """, arguments: ["keep": keep])
        return moved - db.changesCount
    }

    /// Provenance, what imports kept and the cards synced into a vdir travel with the person
    /// (a synced folder then holds two cards of theirs: Kith writes to the first).
    private func moveProvenance() throws {
        for table in ["person_source", "person_property", "vdir_item"] {
            try db.execute(sql: "UPDATE \(table) SET person_id = ? WHERE person_id = ?", arguments: [keep, other])
        }
    }

    /// The uid `other` had stays theirs: a card or a calendar that still carries it finds `keep`.
    private func rememberIdentity() throws {
        try db.execute(sql: """
            INSERT INTO person_source (person_id, kind, external_id, imported_at)
            SELECT ?, 'merge', uid, ? FROM person WHERE id = ?
            """, arguments: [keep, Timestamp.now(), other])
    }

    /// The two may have been introduced to each other; that introduction goes.
    private func moveIntroductions() throws -> Int {
        try db.execute(sql: """
            DELETE FROM introduction WHERE (person_a = :keep AND person_b = :other) OR (person_a = :other AND person_b = :keep)
            """, arguments: ["keep": keep, "other": other])
        var moved = 0
        for column in ["introducer_id", "person_a", "person_b"] {
            try db.execute(sql: "UPDATE introduction SET \(column) = ? WHERE \(column) = ?", arguments: [keep, other])
            moved += db.changesCount
        }
        return moved
    }

    /// A tie with the same third person is folded into the kept one, as evidence: it raises
    /// the strength and fills gaps, and what the user stated stays stated.
    private func moveTies() throws -> Int {
        var moved = 0
        for tie in try Tie.all().of(other).fetchAll(db) {
            let third = tie.personA == other ? tie.personB : tie.personA
            try tie.delete(db)
            guard third != keep else { continue }
            try Tie.connect(keep, third, strength: tie.strength, context: tie.context, since: tie.since,
                            source: tie.source, replacing: false, in: db)
            moved += 1
        }
        return moved
    }
}
