import Foundation
import GRDB
import Testing
@testable import KithCore

/// The undo history on a store in memory: what is recorded, how it reads, how it is put back.
@Suite struct UndoTests {
    let store: Store
    var undo: UndoService { UndoService(store.context) }

    init() throws {
        store = try Store.empty().recording(as: Journal(command: "test"))
    }

    /// The session extension records nothing of a table without a primary key, and a summary
    /// would not name a table it has no words for: every table Kith records has both.
    @Test func everyRecordedTableHasAPrimaryKeyAndAName() throws {
        try store.read { db in
            let tables = try ChangeRecorder.recordedTables(db)
            #expect(tables.contains("person") && tables.contains("need_offer") && !tables.contains("undo_step"))
            #expect(!tables.contains { $0.hasPrefix("person_fts") || $0.hasPrefix("need_offer_fts") || $0.hasPrefix("sqlite_") })
            for table in tables {
                let keys = try Int.fetchOne(db, sql: "SELECT count(*) FROM pragma_table_info(?) WHERE pk > 0", arguments: [table])
                #expect(keys ?? 0 > 0, "\(table) has no primary key")
                #expect(table == "database_identity" || UndoChange.kinds.contains { $0.table == table }, "\(table) has no words")
            }
        }
    }

    @Test func aCommandsTransactionsAreRecordedAndUndoneTogether() throws {
        _ = try store.people.add(NewPerson(name: "Ana Silva"))
        let journal = Journal(command: "two writes")
        let twice = Context(store: store.recording(as: journal), today: Store.testToday)
        _ = try TieService(twice).tie("Ana", "me", strength: 5, context: "old friends", since: nil)
        _ = try CommitmentService(twice).promise("Ana", "call back", due: nil, owedByMe: true)
        #expect(try store.read { db in try Int.fetchOne(db, sql: "SELECT count(DISTINCT run) FROM undo_step") } == 2)
        let history = try undo.history(limit: 5)
        #expect(history.map(\.command) == ["two writes", "test"])
        #expect(history[0].changes.map(\.what) == ["tie", "promise"])
        #expect(history[0].changes.map(\.changed) == [1, 0] && history[0].changes.map(\.added) == [0, 1])
        #expect(history[0].people == ["Ana Silva"] && history[0].peopleTotal == 1)
        let undone = try undo.undoLast()
        #expect(undone.command == "two writes")
        #expect(try store.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM commitment") } == 0)
        #expect(try store.ties.ties(of: "Ana").first?.strength == 2)
        #expect(try undo.undoLast().people == ["Ana Silva"])
        #expect(try store.query.search("ana").isEmpty)
        #expect(throws: KithError.cannotUndo(.nothingRecorded)) { try undo.undoLast() }
    }

    @Test func anUnrecordedWriteLeavesTheHistoryAlone() throws {
        let plain = try Store.empty()
        _ = try plain.people.add(NewPerson(name: "Ana Silva"))
        #expect(try UndoService(plain.context).history(limit: 5).isEmpty)
        #expect(throws: KithError.outOfRange(.limit, value: 0, allowed: 1...Int.max)) { try undo.history(limit: 0) }
    }

    /// A context recording under a command of its own, as each kith command does.
    func command(_ name: String) -> Context { Context(store: store.recording(as: Journal(command: name)), today: Store.testToday) }

    @Test func undoPutsBackTheSearchIndexOfPeopleTagsAndNeeds() throws {
        _ = try PeopleService(command("add")).add(NewPerson(name: "Ana Silva"))
        _ = try PeopleService(command("tag")).retag("Ana", [.add("investor")])
        _ = try NeedService(command("need")).record(NewNeed(.need, of: "Ana", "a fintech designer"))
        _ = try PeopleService(command("rm")).remove("Ana")
        #expect(try store.query.search("investor").isEmpty)
        #expect(try undo.undoLast().command == "rm")
        #expect(try store.query.search("investor").map(\.name) == ["Ana Silva"])
        #expect(try store.query.search("designer").map(\.name) == ["Ana Silva"])
        #expect(try undo.undoLast().command == "need")
        #expect(try store.query.search("designer").isEmpty)
        #expect(try store.read { db in try String.fetchOne(db, sql: "PRAGMA integrity_check") } == "ok")
        try store.write(recorded: false) { db in
            try db.execute(sql: "INSERT INTO person_fts (person_fts, rank) VALUES ('integrity-check', 1)")
            try db.execute(sql: "INSERT INTO need_offer_fts (need_offer_fts, rank) VALUES ('integrity-check', 1)")
        }
    }

    /// A stored changeset may be damaged or edited: whatever its bytes, reading it ends, with its
    /// changes or with `damagedHistory`, and never hands SQLite's reader a shape it would spin on.
    @Test func aDamagedChangesetIsRefusedNeverTrusted() throws {
        _ = try PeopleService(command("add")).add(NewPerson(name: "Ana Silva"))
        let recorded = try #require(try store.read { db in try Data.fetchOne(db, sql: "SELECT changeset FROM undo_step") })
        var generator = SeededGenerator(seed: 7)
        for round in 0..<2_000 {
            var bytes = [UInt8](recorded)
            switch round % 3 {
            case 0: bytes[Int.random(in: 0..<bytes.count, using: &generator)] = UInt8.random(in: 0...255, using: &generator)
            case 1: bytes.removeLast(Int.random(in: 1...bytes.count, using: &generator))
            default: bytes.insert(UInt8.random(in: 0...255, using: &generator), at: Int.random(in: 0...bytes.count, using: &generator))
            }
            do {
                try Changeset(data: Data(bytes)).forEach { _ in }
            } catch let error as KithError {
                #expect(error == .cannotUndo(.damagedHistory))
            } catch {}
        }
        #expect(throws: KithError.cannotUndo(.damagedHistory)) { try Changeset(data: Data([0x54, 0x00, 0x01, 0x03])).checkShape() }
        try Changeset(data: recorded).checkShape()
    }

    /// The oldest commands go first: beyond the count kept, or beyond the bytes kept, but the
    /// newest stays whatever its size.
    @Test func theHistoryDropsTheOldestCommandsFirst() throws {
        for name in ["one", "two", "three", "four"] { _ = try PeopleService(command(name)).add(NewPerson(name: "Person \(name)")) }
        let size = try store.read { db in try Int.fetchOne(db, sql: "SELECT max(length(changeset)) FROM undo_step") } ?? 0
        try store.write(recorded: false) { db in try UndoHistory.prune(db, commands: 3, bytes: 1 << 20) }
        #expect(try undo.history(limit: 10).map(\.command) == ["four", "three", "two"])
        try store.write(recorded: false) { db in try UndoHistory.prune(db, commands: 3, bytes: 2 * size + size / 2) }
        #expect(try undo.history(limit: 10).map(\.command) == ["four", "three"])
        try store.write(recorded: false) { db in try UndoHistory.prune(db, commands: 3, bytes: 1) }
        #expect(try undo.history(limit: 10).map(\.command) == ["four"])
    }
}
