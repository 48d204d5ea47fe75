import GRDB

/// A column of the schema that points at a person: `tie.person_a`, `email.person_id`, …
struct PersonReference: Hashable, Sendable, CustomStringConvertible {
    var table: String
    var column: String
    /// What SQLite does to the row when the person goes: `CASCADE` or `SET NULL`.
    var onDelete: String

    var description: String { "\(table).\(column)" }
}

/// Every reference to a person, read from SQLite's own account of the schema, so that what
/// must handle them all (merging, removing, exporting) can check it does, and a table added
/// later cannot be forgotten.
enum PersonReferences {
    static func all(in db: Database) throws -> [PersonReference] {
        let tables = try String.fetchAll(db, sql: """
            SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name
            """)
        return try tables.flatMap { table in
            try Row.fetchAll(db, sql: """
                SELECT "from", on_delete FROM pragma_foreign_key_list(?) WHERE "table" = 'person' ORDER BY id
                """, arguments: [table]).map { PersonReference(table: table, column: $0[0], onDelete: $0[1]) }
        }
    }

    /// Throws unless every reference to a person is among `handled` ("table.column"): work that
    /// moves or accounts for a person's rows refuses to run half-informed.
    static func check(handled: Set<String>, in db: Database) throws {
        let unhandled = try all(in: db).map(\.description).filter { !handled.contains($0) }
        guard unhandled.isEmpty else {
            throw KithError.storage(.other("this kith does not know how to handle " + unhandled.joined(separator: ", ")),
                                    path: nil)
        }
    }

    /// How many rows of each reference point at `person`, by "table.column".
    static func counts(of person: Int64, in db: Database) throws -> [String: Int] {
        var counts: [String: Int] = [:]
        for reference in try all(in: db) {
            counts[reference.description] = try Int.fetchOne(db, sql: """
                SELECT count(*) FROM \(reference.table.quotedDatabaseIdentifier)
                WHERE \(reference.column.quotedDatabaseIdentifier) = ?
                """, arguments: [person]) ?? 0
        }
        return counts
    }
}
