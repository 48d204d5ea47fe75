import Foundation
import GRDB
import Testing
@testable import KithCore

/// A database made by the released kith (schema 0001–0003, `Tests/Fixtures/release-0.1.db`:
/// a sample network, people added and removed, an import, promises) migrates forward with
/// every row intact.
@Suite struct MigrationTests {
    static let fixture: URL = {
        var folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        while !FileManager.default.fileExists(atPath: folder.appendingPathComponent("Fixtures").path) {
            folder.deleteLastPathComponent()
        }
        return folder.appendingPathComponent("Fixtures/release-0.1.db")
    }()

    /// A copy of the fixture to work on.
    static func copy() throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("kith-migration-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let path = folder.appendingPathComponent("kith.db").path
        try FileManager.default.copyItem(atPath: fixture.path, toPath: path)
        return path
    }

    /// Every row of every table, by table, read without kith (the new uid column left out).
    static func rows(_ path: String) throws -> [String: [String]] {
        try DatabaseQueue(path: path).read { db in
            let tables = try String.fetchAll(db, sql: """
                SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'
                AND name NOT LIKE 'person_fts%' AND name NOT IN ('grdb_migrations', 'database_identity')
                """)
            var rows: [String: [String]] = [:]
            for table in tables {
                let columns = try db.columns(in: table).map(\.name).filter { $0 != "uid" }
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
        let store = try Store.open(at: path, create: true)
        #expect(try Self.rows(path) == before)
        #expect(try store.count("person", "length(uid) = 36") == 44)
        #expect(try store.scalar("SELECT count(DISTINCT uid) FROM person") == 44)
        #expect(try store.scalar("SELECT length(uid) FROM database_identity") == 36)
        #expect(try store.read { db in try Row.fetchAll(db, sql: "PRAGMA foreign_key_check") }.isEmpty)
        #expect(try store.scalar("PRAGMA integrity_check") == "ok")
        // The search index still finds people by what they were, and the triggers are back.
        #expect(try store.query.search("stripe").map(\.name) == ["Ana Silva"])
        #expect(try store.count("sqlite_master", "type = 'trigger'") == 9)
    }

    @Test func idsAreNeverReused() throws {
        let store = try Store.open(at: try Self.copy(), create: true)
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

    @Test func everyPersonAndDatabaseHasItsOwnIdentity() throws {
        let first = try Store.empty(), second = try Store.empty()
        let a = try first.people.add(NewPerson(name: "Ana")).person, b = try second.people.add(NewPerson(name: "Ana")).person
        #expect(a.uid != nil && a.uid != b.uid)
        let identity: (Store) throws -> String = { store in try store.read { db in try DatabaseIdentity.of(db) } }
        #expect(try identity(first) != identity(second))
    }
}
