import Foundation
import GRDB
import Testing
@testable import KithCore

@Suite struct StoreTests {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("kith-store-\(UUID().uuidString)")

    @Test func migratesEveryTableOfTheDesign() throws {
        let store = try Store.empty()
        let tables = try store.read { db in
            try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type IN ('table') ORDER BY name")
        }
        for table in ["person", "email", "phone", "link", "tag", "person_tag", "event", "interaction",
                      "interaction_person", "tie", "introduction", "commitment", "person_fts"] {
            #expect(tables.contains(table), "missing table \(table)")
        }
    }

    @Test func startsWithExactlyOneSelf() throws {
        let store = try Store.empty()
        #expect(try store.count("person", "is_self = 1") == 1)
        #expect(throws: KithError.self) {
            try store.write { db in try db.execute(sql: "INSERT INTO person (name, is_self) VALUES ('Twin', 1)") }
        }
        #expect(throws: KithError.self) {
            try store.write { db in try db.execute(sql: "DELETE FROM person WHERE is_self = 1") }
        }
    }

    @Test func createsAPrivateFileInAPrivateFolder() throws {
        let path = folder.appendingPathComponent("nested/kith.db").path
        _ = try Store.open(at: path, for: .write)
        let file = try FileManager.default.attributesOfItem(atPath: path)
        let directory = try FileManager.default.attributesOfItem(atPath: folder.appendingPathComponent("nested").path)
        #expect((file[.posixPermissions] as? Int) == 0o600)
        #expect((directory[.posixPermissions] as? Int) == 0o700)
        let mode = try Store.open(at: path, for: .read).scalar("PRAGMA journal_mode") as String?
        #expect(mode == "wal")
    }

    @Test func readingAMissingFileCreatesNothing() throws {
        let path = folder.appendingPathComponent("absent.db").path
        let store = try Store.open(at: path, for: .read)
        #expect(try store.count("person") == 1)
        #expect(!FileManager.default.fileExists(atPath: path))
    }

    @Test func refusesAFolder() throws {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        #expect(throws: KithError.storage(.isFolder, path: folder.path)) {
            try Store.open(at: folder.path, for: .write)
        }
    }

    @Test func refusesAFileThatIsNotADatabase() throws {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let path = folder.appendingPathComponent("notes.txt").path
        let text = String(repeating: "not a database, just some notes\n", count: 200)
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        do {
            _ = try Store.open(at: path, for: .write)
            Issue.record("opened a text file")
        } catch let error as KithError {
            #expect(error == .storage(.notADatabase, path: path))
        }
        #expect(try String(contentsOfFile: path, encoding: .utf8) == text)
    }

    /// Another program's SQLite file is refused for reads and writes, and left byte for byte.
    @Test func leavesAnotherProgramsDatabaseAlone() throws {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let path = folder.appendingPathComponent("other.sqlite").path
        try DatabaseQueue(path: path).write { db in
            try db.execute(sql: "CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT); INSERT INTO moz_places VALUES (1, 'x')")
        }
        let bytes = try Data(contentsOf: URL(fileURLWithPath: path))
        for access in [Store.Access.read, .write] {
            #expect(throws: KithError.storage(.notKith(tables: ["moz_places"]), path: path)) {
                try Store.open(at: path, for: access)
            }
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == bytes)
        #expect(!FileManager.default.fileExists(atPath: path + "-wal"))
    }

    /// A read opens the file read-only: an older schema is read through a migrated copy in
    /// memory, a rollback journal stays one, and the file is not touched; the first write
    /// migrates it.
    @Test func aReadNeverWrites() throws {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let path = folder.appendingPathComponent("old.db").path
        try FileManager.default.copyItem(atPath: MigrationTests.fixture.path, toPath: path)
        try DatabaseQueue(path: path).writeWithoutTransaction { db in try db.execute(sql: "PRAGMA journal_mode = DELETE") }
        let bytes = try Data(contentsOf: URL(fileURLWithPath: path))
        let read = try Store.open(at: path, for: .read)
        #expect(try read.count("person", "length(uid) = 36") == 44)
        #expect(try read.query.search("stripe").map(\.name) == ["Ana Silva"])
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == bytes)
        #expect(try DatabaseQueue(path: path).read { db in try String.fetchOne(db, sql: "PRAGMA journal_mode") } == "delete")
        let written = try Store.open(at: path, for: .write)
        #expect(try written.scalar("SELECT count(*) FROM grdb_migrations") == SchemaMigrations.all.count)
        #expect(try written.scalar("PRAGMA journal_mode") == "wal")
    }

    @Test func anEmptyFileReadsAsAnEmptyNetwork() throws {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let path = folder.appendingPathComponent("empty.db").path
        FileManager.default.createFile(atPath: path, contents: Data(), attributes: [.posixPermissions: 0o600])
        #expect(try Store.open(at: path, for: .read).count("person") == 1)
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)).isEmpty)
        #expect(try Store.open(at: path, for: .write).count("person") == 1)
        #expect(throws: KithError.storage(.noPath, path: nil)) { try Store.open(at: "", for: .read) }
    }

    /// A file that cannot be opened is "cannot read" for a read and "cannot write" for a write.
    @Test func saysWhichWayTheFileCannotBeOpened() {
        let error = DatabaseError(resultCode: .SQLITE_CANTOPEN)
        #expect(Store.storageError(error, path: "k.db", access: .read) == .storage(.cannotRead, path: "k.db"))
        #expect(Store.storageError(error, path: "k.db", access: .write) == .storage(.cannotWrite, path: "k.db"))
    }

    @Test func refusesADatabaseFromANewerKith() throws {
        let path = folder.appendingPathComponent("kith.db").path
        let store = try Store.open(at: path, for: .write)
        try store.write { db in try db.execute(sql: "INSERT INTO grdb_migrations VALUES ('9999_from_the_future')") }
        #expect(throws: KithError.newerSchema(path)) { try Store.open(at: path, for: .read) }
    }

    @Test func searchIndexFollowsPeopleTagsAndDeletion() throws {
        let store = try Store.empty()
        var new = NewPerson(name: "José Álvarez")
        new.tags = ["Fintech"]
        let added = try store.people.add(new)
        #expect(try store.count("person_fts", "person_fts MATCH 'jose'") == 1)
        #expect(try store.count("person_fts", "person_fts MATCH 'tags:fintech'") == 1)
        _ = try store.people.retag("#\(added.person.id)", [.remove("fintech")])
        #expect(try store.count("person_fts", "person_fts MATCH 'tags:fintech'") == 0)
        _ = try store.people.remove("jose")
        #expect(try store.count("person_fts", "person_fts MATCH 'jose'") == 0)
        #expect(try store.count("person_fts") == 1)  // me
    }
}
