import GRDB

/// The full-text index of people (`person_fts`), which the schema's triggers keep in step.
enum SearchIndex {
    /// Runs a bulk write with the index triggers off, then rebuilds the index in one pass.
    ///
    /// Row-by-row trigger upkeep costs more than the rows themselves when a hundred thousand
    /// people arrive at once; one `INSERT … SELECT` at the end is several times faster. The
    /// triggers are put back exactly as the schema defined them, in the same transaction.
    static func rebuildingAfter<T>(_ db: Database, _ body: () throws -> T) throws -> T {
        let triggers = try Row.fetchAll(db, sql: """
            SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND sql LIKE '%person_fts%'
            """)
        for trigger in triggers {
            try db.execute(sql: "DROP TRIGGER \((trigger["name"] as String).quotedDatabaseIdentifier)")
        }
        let changes = db.totalChangesCount
        let result = try body()
        // A bulk write that wrote nothing (a re-import of what is known) leaves the index as it was.
        if db.totalChangesCount != changes { try rebuild(db) }
        for trigger in triggers { try db.execute(sql: trigger["sql"]) }
        return result
    }

    /// Rebuilds the index entries of `people`, of everyone tagged with `tags`, and of
    /// `needsAndOffers`, from the tables: after rows were put back with the triggers off (undo).
    static func reindex(people: [Int64], taggedWith tags: Set<Int64>, needsAndOffers: Set<Int64>, in db: Database) throws {
        let tagged = try Int64.fetchAll(db, sql: "SELECT person_id FROM person_tag WHERE tag_id IN (SELECT value FROM json_each(?))",
                                        arguments: [IDList.json(tags)])
        let everyone = IDList.json(Set(people + tagged))
        try db.execute(sql: "DELETE FROM person_fts WHERE rowid IN (SELECT value FROM json_each(?))", arguments: [everyone])
        try indexPeople(db, where: "p.id IN (SELECT value FROM json_each(?))", [everyone])
        try db.execute(sql: """
            DELETE FROM need_offer_fts WHERE rowid IN (SELECT value FROM json_each(:ids));
            INSERT INTO need_offer_fts (rowid, need, offer)
            SELECT id, CASE WHEN kind = 'need' THEN what ELSE '' END, CASE WHEN kind = 'offer' THEN what ELSE '' END
            FROM need_offer WHERE id IN (SELECT value FROM json_each(:ids));
            """, arguments: ["ids": IDList.json(needsAndOffers)])
    }

    private static func rebuild(_ db: Database) throws {
        try db.execute(sql: "DELETE FROM person_fts")
        try indexPeople(db, where: "1", [])
    }

    /// Writes the index entries of the people `condition` selects (`p` is the person), from the
    /// tables, as the schema's triggers would.
    private static func indexPeople(_ db: Database, where condition: String, _ arguments: StatementArguments) throws {
        try db.execute(sql: """
            INSERT INTO person_fts (rowid, name, organization, title, location, tags, notes)
            SELECT p.id, p.name, p.organization, p.title, p.location,
                   (SELECT group_concat(t.name, ' ') FROM person_tag pt JOIN tag t ON t.id = pt.tag_id
                    WHERE pt.person_id = p.id),
                   p.notes
            FROM person p WHERE \(condition)
            """, arguments: arguments)
    }

    /// Rewrites the index into one segment: the entries of deleted rows, which FTS5 otherwise
    /// keeps until segments merge, are dropped from the file (with `secure_delete`, overwritten).
    static func compact(_ db: Database) throws {
        try db.execute(sql: "INSERT INTO person_fts (person_fts) VALUES ('optimize')")
        // What people need and offer can name them too.
        try db.execute(sql: "INSERT INTO need_offer_fts (need_offer_fts) VALUES ('optimize')")
    }
}
