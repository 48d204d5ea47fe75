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
        _ = try Store.open(at: path, create: true)
        let file = try FileManager.default.attributesOfItem(atPath: path)
        let directory = try FileManager.default.attributesOfItem(atPath: folder.appendingPathComponent("nested").path)
        #expect((file[.posixPermissions] as? Int) == 0o600)
        #expect((directory[.posixPermissions] as? Int) == 0o700)
        let mode = try Store.open(at: path, create: false).scalar("PRAGMA journal_mode") as String?
        #expect(mode == "wal")
    }

    @Test func readingAMissingFileCreatesNothing() throws {
        let path = folder.appendingPathComponent("absent.db").path
        let store = try Store.open(at: path, create: false)
        #expect(try store.count("person") == 1)
        #expect(!FileManager.default.fileExists(atPath: path))
    }

    @Test func refusesAFolder() throws {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        #expect(throws: KithError.storage(.isFolder, path: folder.path)) {
            try Store.open(at: folder.path, create: true)
        }
    }

    @Test func refusesAFileThatIsNotADatabase() throws {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let path = folder.appendingPathComponent("notes.txt").path
        let text = String(repeating: "not a database, just some notes\n", count: 200)
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        do {
            _ = try Store.open(at: path, create: true)
            Issue.record("opened a text file")
        } catch let error as KithError {
            #expect(error == .storage(.notADatabase, path: path))
        }
        #expect(try String(contentsOfFile: path, encoding: .utf8) == text)
    }

    @Test func refusesADatabaseFromANewerKith() throws {
        let path = folder.appendingPathComponent("kith.db").path
        let store = try Store.open(at: path, create: true)
        try store.write { db in try db.execute(sql: "INSERT INTO grdb_migrations VALUES ('9999_from_the_future')") }
        #expect(throws: KithError.newerSchema(path)) { try Store.open(at: path, create: false) }
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
