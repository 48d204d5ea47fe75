import Foundation
import GRDB
import Testing
@testable import KithCore

/// A database made by the released kith (schema 0001–0003, `Tests/Fixtures/release-0.1.db`:
/// a sample network, people added and removed, an import, promises) migrates forward with
/// every row intact.
@Suite struct MigrationTests {
    static let fixture = Fixtures.url("release-0.1.db")

    /// A copy of the fixture to work on.
    static func copy() throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("kith-migration-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let path = folder.appendingPathComponent("kith.db").path
        try FileManager.default.copyItem(atPath: fixture.path, toPath: path)
        return path
    }

    /// Every row of every table, by table, read without kith (the columns added since, uid,
    /// need_id and follow_up_on, left out).
    static func rows(_ path: String) throws -> [String: [String]] {
        try DatabaseQueue(path: path).read { db in
            let tables = try String.fetchAll(db, sql: """
                SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'
                AND name NOT LIKE 'person_fts%' AND name NOT IN ('grdb_migrations', 'database_identity')
                """)
            var rows: [String: [String]] = [:]
            for table in tables {
                let columns = try db.columns(in: table).map(\.name).filter { !["uid", "need_id", "follow_up_on"].contains($0) }
                rows[table] = try Row.fetchAll(db, sql: """
                    SELECT \(columns.map(\.quotedDatabaseIdentifier).joined(separator: ", ")) FROM \(table) ORDER BY 1, 2
                    """).map(\.description)
            }
            return rows
        }
    }

    @Test func aReleasedDatabaseMigratesWithEveryRowIntact() throws {
        let path = try Self.copy()
        let before = try Self.rows(path)
        #expect(before["person"]?.count == 44)
        let store = try Store.open(at: path, for: .write)
        let after = try Self.rows(path)
        #expect(after.filter { before.keys.contains($0.key) } == before)
        #expect(after["need_offer"] == [])
        #expect(try store.count("person", "length(uid) = 36") == 44)
        #expect(try store.scalar("SELECT count(DISTINCT uid) FROM person") == 44)
        #expect(try store.scalar("SELECT length(uid) FROM database_identity") == 36)
        #expect(try store.read { db in try Row.fetchAll(db, sql: "PRAGMA foreign_key_check") }.isEmpty)
        #expect(try store.scalar("PRAGMA integrity_check") == "ok")
        // The search index still finds people by what they were, and the triggers are back.
        #expect(try store.query.search("stripe").map(\.name) == ["Ana Silva"])
        #expect(try store.count("sqlite_master", "type = 'trigger'") == 12)
    }

    @Test func idsAreNeverReused() throws {
        let store = try Store.open(at: try Self.copy(), for: .write)
        let newest = try store.people.add(NewPerson(name: "Newest Person")).person.id
        #expect(newest == 46)
        let promise = try store.commitments.promise("Newest", "a call", due: nil, owedByMe: true)
        _ = try store.people.remove("#\(newest)")
        #expect(try store.people.add(NewPerson(name: "After Them")).person.id == newest + 1)
        #expect(try store.commitments.promise("After", "a call", due: nil, owedByMe: true).id == promise.id + 1)
        let fresh = try Store.empty()
        let ids = try fresh.add("One", "Two")
        _ = try fresh.people.remove("Two")
        #expect(try fresh.add("Three") == [ids[1] + 1])
    }

    /// 0005 rebuilds the tie and provenance tables: their id counters go on from where they
    /// were, past rows deleted before the migration.
    @Test func rebuiltTablesKeepTheirCounters() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("kith-0005-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let path = folder.appendingPathComponent("kith.db").path
        var migrator = DatabaseMigrator()
        for migration in SchemaMigrations.all.prefix(4) {
            migrator.registerMigration(migration.identifier) { db in try db.execute(sql: migration.sql) }
        }
        let queue = try DatabaseQueue(path: path)
        try migrator.migrate(queue)
        try queue.write { db in
            try db.execute(sql: """
                INSERT INTO person (name) VALUES ('Ana'), ('Bo'), ('Cy');
                INSERT INTO tie (person_a, person_b, source) VALUES (1, 2, 'stated'), (1, 3, 'imported'), (1, 4, 'imported');
                INSERT INTO person_source (person_id, kind, imported_at) VALUES (2, 'vcard', 'x'), (3, 'google', 'x');
                DELETE FROM tie WHERE id > 1;
                DELETE FROM person_source;
                """)
        }
        try queue.close()
        let store = try Store.open(at: path, for: .write)
        try store.write { db in
            #expect(try Tie.connecting(1, 3, strength: 1, source: .imported, in: db).id == 4)
            try db.execute(sql: "INSERT INTO person_source (person_id, kind, imported_at) VALUES (3, 'linkedin', 'x')")
            #expect(db.lastInsertedRowID == 3)
            // The rules are the same rules.
            #expect(throws: DatabaseError.self) {
                try db.execute(sql: "INSERT INTO person_source (person_id, kind, imported_at) VALUES (3, 'fax', 'x')")
            }
            #expect(throws: DatabaseError.self) {
                try db.execute(sql: "INSERT INTO tie (person_a, person_b, source) VALUES (2, 4, 'rumour')")
            }
        }
        #expect(try store.read { db in try Row.fetchAll(db, sql: "PRAGMA foreign_key_check") }.isEmpty)
    }

    @Test func everyPersonAndDatabaseHasItsOwnIdentity() throws {
        let first = try Store.empty(), second = try Store.empty()
        let a = try first.people.add(NewPerson(name: "Ana")).person, b = try second.people.add(NewPerson(name: "Ana")).person
        #expect(a.uid != nil && a.uid != b.uid)
        let identity: (Store) throws -> String = { store in try store.read { db in try DatabaseIdentity.of(db) } }
        #expect(try identity(first) != identity(second))
    }
}
