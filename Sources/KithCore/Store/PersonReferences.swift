import GRDB

/// A column of the schema that points at a person: `tie.person_a`, `email.person_id`, …
struct PersonReference: Hashable, Sendable, CustomStringConvertible {
    var table: String
    var column: String
    /// What SQLite does to the row when the person goes: `CASCADE` or `SET NULL`.
    var onDelete: String

    var description: String { "\(table).\(column)" }
}

/// A column of the schema that points at a row of another table by its id: `tie.person_a` →
/// `person`, `commitment.introduction_id` → `introduction`.
struct SchemaReference: Hashable, Sendable {
    var table: String
    var column: String
    /// The column's position in its table: where a changeset holds its value.
    var position: Int
    var parent: String
    /// What SQLite does to the row when the row it points at goes: `CASCADE` or `SET NULL`.
    var onDelete: String

    /// Every reference of the schema, from SQLite's own account of it, by table then as declared.
    static func all(in db: Database) throws -> [SchemaReference] {
        try Row.fetchAll(db, sql: """
            SELECT t.name, f."from", i.cid, f."table", f.on_delete FROM pragma_table_list t
            JOIN pragma_foreign_key_list(t.name) f JOIN pragma_table_info(t.name) i ON i.name = f."from"
            WHERE t.schema = 'main' AND t.type = 'table' ORDER BY t.name, f.id
            """).map { SchemaReference(table: $0[0], column: $0[1], position: $0[2], parent: $0[3], onDelete: $0[4]) }
    }
}

/// Every reference to a person, so that what must handle them all (merging, removing,
/// exporting) can check it does, and a table added later cannot be forgotten.
enum PersonReferences {
    static func all(in db: Database) throws -> [PersonReference] {
        try SchemaReference.all(in: db).filter { $0.parent == "person" }
            .map { PersonReference(table: $0.table, column: $0.column, onDelete: $0.onDelete) }
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
