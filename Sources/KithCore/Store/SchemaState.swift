import GRDB

/// What a SQLite file holds, asked before Kith reads or writes it: nothing yet, Kith's schema
/// (as this Kith knows it, or older), or something else, which Kith must not touch.
enum SchemaState: Equatable {
    /// No tables at all: a new file, or one another program created empty.
    case empty
    /// Every migration this Kith knows has run.
    case current
    /// Kith's schema from before some migrations: reads answer from a migrated copy, and the
    /// first write migrates the file.
    case behind

    /// The state of the file `db` has open; throws when it is not Kith's, or is newer.
    static func of(_ db: Database, path: String) throws -> SchemaState {
        let tables = try String.fetchAll(db, sql: """
            SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name
            """)
        if tables.isEmpty { return .empty }
        let known = SchemaMigrations.all.map(\.identifier)
        let applied = tables.contains("grdb_migrations")
            ? try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations") : []
        // Kith's files begin with its first migration; anything else belongs to another program.
        guard applied.contains(known[0]) else {
            throw KithError.storage(.notKith(tables: tables.filter { $0 != "grdb_migrations" }), path: path)
        }
        if !Set(applied).isSubset(of: known) { throw KithError.newerSchema(path) }
        return applied.count == known.count ? .current : .behind
    }

    /// The migrations the file has had, by name, oldest first.
    static func applied(_ db: Database) throws -> [String] {
        guard try db.tableExists("grdb_migrations") else { return [] }
        return try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations ORDER BY identifier")
    }
}
