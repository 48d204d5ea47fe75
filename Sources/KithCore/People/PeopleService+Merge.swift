import GRDB

extension PeopleService {
    /// Likely duplicate pairs, the best-supported first.
    public func duplicates() throws -> [DuplicatePair] {
        try context.read { db in try DuplicatePair.all(in: db) }
    }

    /// Folds `other` into `keep` in one transaction: every tie, interaction, introduction,
    /// commitment, tag, address and note moves to `keep`, fields `keep` lacks are filled from
    /// `other`, a line in the notes records the merge, and `other` is removed.
    public func merge(keep keepReference: String, other otherReference: String) throws -> MergedPeople {
        try context.write { db in
            let resolver = PersonResolver(db: db)
            let me = try resolver.me()
            let keep = try resolver.resolve(keepReference), other = try resolver.resolve(otherReference)
            guard keep.id != other.id else {
                throw KithError.invalid("'\(keepReference)' and '\(otherReference)' are both \(keep.label); name two different people")
            }
            guard keep.id != me.id, other.id != me.id else {
                throw KithError.invalid("you cannot be merged with someone else; name two other people")
            }
            guard var kept = try Person.fetchOne(db, key: keep.id), let removed = try Person.fetchOne(db, key: other.id) else {
                throw KithError.personNotFound(keepReference)
            }
            let arguments: StatementArguments = ["keep": keep.id, "other": other.id]

            // Details: what Kith knew of `keep` stays; gaps are filled from `other`.
            kept.organization = kept.organization ?? removed.organization
            kept.title = kept.title ?? removed.title
            kept.location = kept.location ?? removed.location
            kept.howMet = kept.howMet ?? removed.howMet
            kept.birthday = kept.birthday ?? removed.birthday
            kept.cadenceDays = kept.cadenceDays ?? removed.cadenceDays
            let provenance = "Merged with \(removed.name) (#\(other.id)) on \(context.today)."
            kept.notes = [kept.notes, removed.notes == kept.notes ? nil : removed.notes, provenance]
                .compactMap { $0 }.joined(separator: "\n")
            kept.createdAt = min(kept.createdAt, removed.createdAt)
            kept.updatedAt = Timestamp.now()
            try kept.update(db)

            // Addresses: the same email, phone or link written differently is not moved twice.
            var addresses = 0
            for table in ["email", "phone", "link"] {
                let key = DuplicatePair.addressKey(table)
                let known = Set(try String.fetchAll(db, sql: "SELECT value FROM \(table) WHERE person_id = ?",
                                                    arguments: [keep.id]).map(key))
                for row in try Row.fetchAll(db, sql: "SELECT id, value FROM \(table) WHERE person_id = ?",
                                            arguments: [other.id]) where !known.contains(key(row[1])) {
                    try db.execute(sql: "UPDATE \(table) SET person_id = ?, is_primary = 0 WHERE id = ?",
                                   arguments: [keep.id, row[0] as Int64])
                    addresses += 1
                }
                try db.execute(sql: "DELETE FROM \(table) WHERE person_id = :other", arguments: arguments)
            }
            var tags = 0
            for tag in try Int64.fetchAll(db, sql: "SELECT tag_id FROM person_tag WHERE person_id = ?", arguments: [other.id])
            where try PersonTag.link(person: keep.id, tag: tag, in: db) { tags += 1 }
            try db.execute(sql: """
                UPDATE OR IGNORE interaction_person SET person_id = :keep WHERE person_id = :other
                """, arguments: arguments)
            let interactions = db.changesCount
            try db.execute(sql: "UPDATE commitment SET person_id = :keep WHERE person_id = :other", arguments: arguments)
            let commitments = db.changesCount
            // Provenance and what imports kept travel with the person.
            try db.execute(sql: "UPDATE person_source SET person_id = :keep WHERE person_id = :other", arguments: arguments)
            try db.execute(sql: "UPDATE person_property SET person_id = :keep WHERE person_id = :other", arguments: arguments)

            // Introductions: the two may have been introduced to each other; that one goes.
            try db.execute(sql: """
                DELETE FROM introduction WHERE (person_a = :keep AND person_b = :other) OR (person_a = :other AND person_b = :keep)
                """, arguments: arguments)
            try db.execute(sql: "UPDATE introduction SET introducer_id = :keep WHERE introducer_id = :other", arguments: arguments)
            var introductions = db.changesCount
            try db.execute(sql: "UPDATE introduction SET person_a = :keep WHERE person_a = :other", arguments: arguments)
            introductions += db.changesCount
            try db.execute(sql: "UPDATE introduction SET person_b = :keep WHERE person_b = :other", arguments: arguments)
            introductions += db.changesCount

            // Ties: one with the same third person is merged into the kept one.
            var ties = 0
            for tie in try Tie.fetchAll(db, sql: "SELECT * FROM tie WHERE person_a = :other OR person_b = :other",
                                        arguments: arguments) {
                let third = tie.personA == other.id ? tie.personB : tie.personA
                try db.execute(sql: "DELETE FROM tie WHERE id = ?", arguments: [tie.id])
                guard third != keep.id else { continue }
                let since = tie.since
                try Tie.connect(keep.id, third, strength: tie.strength, context: tie.context, since: since,
                                source: tie.source == .stated ? .imported : tie.source, in: db)
                if tie.source == .stated {
                    // What the user stated about them stays stated, at its strength or above.
                    try db.execute(sql: """
                        UPDATE tie SET source = 'stated' WHERE person_a = ? AND person_b = ?
                        """, arguments: [min(keep.id, third), max(keep.id, third)])
                }
                ties += 1
            }
            try db.execute(sql: "DELETE FROM person WHERE id = :other", arguments: arguments)
            return MergedPeople(
                kept: PersonSummary(id: keep.id, name: kept.name, organization: kept.organization), removed: other,
                ties: ties, interactions: interactions, introductions: introductions, commitments: commitments,
                tags: tags, addresses: addresses)
        }
    }
}
