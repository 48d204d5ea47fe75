import Foundation
import GRDB
import Testing
@testable import KithCore

/// `kith sync contacts`: a vdir of cards and the people in Kith kept in step both ways, by
/// README's rules, with nothing churned and nothing lost.
@Suite struct ContactSyncTests {
    let store: Store
    let vdir: Vdir
    var sync: SyncService { SyncService(store.context) }

    init() throws {
        store = try Store.empty()
        vdir = try Vdir()
        var ann = NewPerson(name: "Ann Lake")
        ann.organization = "Acme"
        ann.emails = ["ann@acme.example"]
        ann.tags = ["friend"]
        _ = try store.people.add(ann)
        _ = try store.add("Bo Chen")
    }

    @discardableResult
    func synced(deletions: Bool = false) throws -> SyncReport { try sync.contacts(in: vdir.path, deletions: deletions) }

    func edit(_ who: String, _ change: (inout PersonChanges) -> Void) throws {
        var changes = PersonChanges()
        change(&changes)
        _ = try store.people.edit(who, changes)
    }

    func personID(_ name: String) throws -> Int64? { try store.scalar("SELECT id FROM person WHERE name = ?", [name]) }

    @Test func aFirstSyncWritesOneCardPerPersonAndASecondChangesNothing() throws {
        let report = try synced()
        #expect(report.changes.map(\.action) == ["written", "written"])
        #expect(vdir.files.count == 2)
        let uid: String = try #require(try store.scalar("SELECT uid FROM person WHERE name = 'Ann Lake'"))
        #expect(vdir.files.contains(uid + ".vcf"))
        #expect(try vdir.text(uid + ".vcf").contains("UID:\(uid)\r\n"))
        #expect((try FileManager.default.attributesOfItem(atPath: vdir.path + "/" + uid + ".vcf")[.posixPermissions] as? Int) == 0o600)
        let before = try vdir.snapshot()
        let again = try synced()
        #expect(again.changes.isEmpty && again.unchanged == 2)
        #expect(try vdir.snapshot() == before)
        // Kith changes that a card does not show (a logged call) rewrite nothing either.
        _ = try store.interactions.log(.call, with: ["Ann"], on: nil, note: nil)
        #expect(try synced().changes.isEmpty)
        #expect(try vdir.snapshot() == before)
    }

    @Test func aCardChangedInTheFolderIsTheNewTruthAndItsOtherPropertiesSurvive() throws {
        try synced()
        let file = try vdir.file(with: "Ann Lake")
        try vdir.edit(file, "ORG:Acme\r\n", "ORG:Globex\r\nX-PHONE-ONLY:kept as written\r\nNICKNAME:Annie\r\n")
        try vdir.edit(file, "ann@acme.example", "ann@globex.example")
        try vdir.edit(file, "CATEGORIES:friend\r\n", "")
        let edited = try vdir.text(file)
        let report = try synced()
        #expect(report.changes.map(\.action) == ["updated"])
        #expect(report.changes.first?.detail == "organization, emails, tags, other card properties")
        let id = try #require(try personID("Ann Lake"))
        #expect(try store.scalar("SELECT organization FROM person WHERE id = ?", [id]) == "Globex")
        #expect(try store.scalar("SELECT group_concat(value) FROM email WHERE person_id = ?", [id]) == "ann@globex.example")
        #expect(try store.scalar("SELECT count(*) FROM person_tag WHERE person_id = ?", [id]) == 0)
        // The folder's card is left as it is: nothing for vdirsyncer to upload again.
        #expect(try vdir.text(file) == edited)
        #expect(try synced().changes.isEmpty)
        // Changed in Kith later, the card Kith writes keeps what it does not model.
        try edit("Ann") { $0.title = "CTO" }
        #expect(try synced().changes.map(\.action) == ["rewritten"])
        let rewritten = try vdir.text(file)
        #expect(rewritten.contains("X-PHONE-ONLY:kept as written\r\n") && rewritten.contains("NICKNAME:Annie\r\n"))
        #expect(rewritten.contains("TITLE:CTO\r\n") && rewritten.contains("ORG:Globex\r\n"))
    }

    @Test func changedOnBothSidesKeepsKithsValuesAddsTheCardsNewOnesAndLosesNothing() throws {
        try synced()
        let file = try vdir.file(with: "Ann Lake")
        try edit("Ann") { $0.organization = "Initech" }
        try vdir.edit(file, "ORG:Acme\r\n", "ORG:Globex\r\nTEL;TYPE=cell:+44 20 7946 0001\r\n")
        let report = try synced()
        #expect(report.conflicts.count == 1)
        #expect(report.conflicts.first?.detail?.contains("kept Kith's organization") == true)
        let id = try #require(try personID("Ann Lake"))
        #expect(try store.scalar("SELECT organization FROM person WHERE id = ?", [id]) == "Initech")
        #expect(try store.scalar("SELECT value FROM phone WHERE person_id = ?", [id]) == "+44 20 7946 0001")
        let notes: String = try #require(try store.scalar("SELECT notes FROM person WHERE id = ?", [id]))
        #expect(notes.contains("organization 'Globex'"))
        let card = try vdir.text(file)
        #expect(card.contains("ORG:Initech\r\n") && card.contains("+44 20 7946 0001"))
        #expect(try synced().changes.isEmpty)
    }

    @Test func aNewCardIsMatchedByTheRulesOfIdentityOrCreated() throws {
        try synced()
        try vdir.write("phone-1.vcf", "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ann Lake\r\nEMAIL:ANN@acme.example\r\nUID:phone-1\r\nEND:VCARD\r\n")
        try vdir.write("phone-2.vcf", "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Cy Reed\r\nTEL:+1 555 0100\r\nUID:phone-2\r\nEND:VCARD\r\n")
        let report = try synced()
        #expect(report.changes.map { "\($0.action) \($0.name)" }.sorted() == ["created Cy Reed", "matched Ann Lake"])
        #expect(try store.scalar("SELECT count(*) FROM person WHERE name = 'Ann Lake'") == 1)
        #expect(try store.scalar("SELECT count(*) FROM person WHERE name = 'Cy Reed'") == 1)
        // Ann had a card already: the phone's is a second one, never written to.
        #expect(report.changes.first { $0.name == "Ann Lake" }?.detail?.contains("a second card") == true)
        #expect(try synced().changes.isEmpty)
    }

    @Test func deletionsWaitUnlessAskedAndAChangeBeatsADeletion() throws {
        try synced()
        let bo = try vdir.file(with: "Bo Chen")
        try vdir.remove(bo)
        #expect(try synced().waiting.map(\.action) == ["deleted_in_folder"])
        #expect(try personID("Bo Chen") != nil)
        try edit("Bo") { $0.title = "Chef" }
        #expect(try synced().changes.map(\.action) == ["written"])
        #expect(vdir.files.contains(bo))
        try vdir.remove(bo)
        #expect(try synced(deletions: true).changes.map(\.action) == ["removed"])
        #expect(try personID("Bo Chen") == nil)
        // Removed in Kith: the card waits, then goes with --deletions.
        let ann = try vdir.file(with: "Ann Lake")
        _ = try store.people.remove("Ann")
        #expect(try synced().waiting.map(\.action) == ["removed_in_kith"])
        #expect(vdir.files == [ann])
        #expect(try synced(deletions: true).changes.map(\.action) == ["removed"])
        #expect(vdir.files.isEmpty)
        #expect(try store.scalar("SELECT count(*) FROM vdir_item") == 0)
    }

    @Test func aMergedPersonsSecondCardIsNeverWrittenTo() throws {
        try synced()
        let bo = try vdir.file(with: "Bo Chen"), before = try vdir.text(bo)
        _ = try store.people.merge(keep: "Ann", other: "Bo")
        let report = try synced()
        #expect(report.changes.map(\.action) == ["rewritten"])
        #expect(try vdir.text(bo) == before)
        #expect(try store.scalar("SELECT count(*) FROM vdir_item WHERE person_id = (SELECT id FROM person WHERE name = 'Ann Lake')") == 2)
    }

    @Test func aDryRunSaysAndChangesNothing() throws {
        try synced()
        let file = try vdir.file(with: "Ann Lake")
        try vdir.edit(file, "ORG:Acme", "ORG:Globex")
        try vdir.write("new.vcf", "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Di Moss\r\nUID:new\r\nEND:VCARD\r\n")
        let folder = try vdir.snapshot()
        let rows = try store.read { db in try Row.fetchAll(db, sql: "SELECT * FROM vdir_item ORDER BY id").description }
        let report = try sync.contacts(in: vdir.path, dryRun: true)
        #expect(report.dryRun && report.changes.map(\.action).sorted() == ["created", "updated"])
        #expect(try vdir.snapshot() == folder)
        #expect(try store.read { db in try Row.fetchAll(db, sql: "SELECT * FROM vdir_item ORDER BY id").description } == rows)
        #expect(try personID("Di Moss") == nil)
    }

    @Test func aCardMovedToAnotherFileOrOnlyTouchedIsNoChange() throws {
        try synced()
        let file = try vdir.file(with: "Ann Lake")
        try FileManager.default.moveItem(atPath: vdir.path + "/" + file, toPath: vdir.path + "/renamed.vcf")
        try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSinceNow: 60)],
                                              ofItemAtPath: vdir.path + "/" + (try vdir.file(with: "Bo Chen")))
        let report = try synced()
        #expect(report.changes.isEmpty && report.waiting.isEmpty && report.unchanged == 2)
        #expect(try store.scalar("SELECT count(*) FROM person") == 3)
        #expect(try synced().changes.isEmpty)
    }

    /// Every card of the real exports' fixtures (Apple, Google, Outlook, Android, Japanese and
    /// Russian phones…), one per file as vdirsyncer keeps them: the first sync takes them in (a
    /// second card of one person included, whose first card it then brings up to date); the
    /// second changes nothing on either side.
    @Test func realExportsCardsSyncInOnceAndThenStayStill() throws {
        let empty = try Store.empty()
        let folder = try Vdir()
        let corpus = Fixtures.url("contacts")
        var cards = 0
        for name in try FileManager.default.contentsOfDirectory(atPath: corpus.path).sorted() where name.hasSuffix(".vcf") {
            let data = try Data(contentsOf: corpus.appendingPathComponent(name))
            var start = data.startIndex
            while let begin = data[start...].range(of: Data("BEGIN:VCARD".utf8)),
                  let end = data[begin.upperBound...].range(of: Data("END:VCARD".utf8)) {
                var stop = end.upperBound
                while stop < data.endIndex, data[stop] == 0x0D || data[stop] == 0x0A { stop += 1 }
                try data[begin.lowerBound..<stop].write(to: URL(fileURLWithPath: folder.path + "/\(name)-\(cards).vcf"))
                cards += 1
                start = stop
            }
        }
        #expect(cards >= 50)
        let first = try SyncService(empty.context).contacts(in: folder.path)
        #expect(first.changes.filter { $0.side == .kith }.count == cards)
        let before = try folder.snapshot()
        let second = try SyncService(empty.context).contacts(in: folder.path)
        #expect(second.changes.isEmpty && second.conflicts.isEmpty && second.unchanged == cards)
        #expect(try folder.snapshot() == before)
    }

    @Test(arguments: [
        ("junk.vcf", "hello\r\n", "is not a vCard (no BEGIN:VCARD line)"),
        ("two.vcf", "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:A\r\nEND:VCARD\r\nBEGIN:VCARD\r\nVERSION:3.0\r\nFN:B\r\nEND:VCARD\r\n",
         "holds 2 cards, and a vdir one per file"),
        ("noname.vcf", "BEGIN:VCARD\r\nVERSION:3.0\r\nNOTE:x\r\nEND:VCARD\r\n", "line 1: a card with no name"),
        // Text Kith could not give back whole (SQLite cuts it at a NUL) is never taken in.
        ("nul.vcf", "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ann\u{0}Lake\r\nEND:VCARD\r\n", "line 1: a NUL character in the name"),
    ])
    func aFileThatIsNotOneCardChangesNothing(file: String, text: String, message: String) throws {
        try synced()
        try vdir.write(file, text)
        try refusedWithoutChange(message)
    }

    @Test func twoCardsWithOneUIDChangeNothing() throws {
        try synced()
        let uid: String = try #require(try store.scalar("SELECT uid FROM person WHERE name = 'Ann Lake'"))
        try vdir.write("copy.vcf", "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ann Copy\r\nUID:\(uid)\r\nEND:VCARD\r\n")
        try refusedWithoutChange("have the UID \(uid)")
    }

    @Test func aFolderThatIsMissingOrAFileIsRefused() throws {
        #expect(throws: KithError.invalid("\(vdir.path)/none does not exist; make the folder, or name the vdir vdirsyncer syncs")) {
            try sync.contacts(in: vdir.path + "/none")
        }
        try vdir.write("file", "x")
        #expect(throws: KithError.self) { try sync.contacts(in: vdir.path + "/file") }
        #expect(try store.scalar("SELECT count(*) FROM vdir_item") == 0)
    }

    private func refusedWithoutChange(_ message: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let folder = try vdir.snapshot()
        let rows = try store.read { db in try Row.fetchAll(db, sql: "SELECT * FROM vdir_item ORDER BY id").description }
        do {
            try synced()
            Issue.record("the sync did not refuse", sourceLocation: sourceLocation)
        } catch let KithError.invalid(text) {
            #expect(text.contains(message) && text.hasSuffix("nothing was synced"), "\(text)", sourceLocation: sourceLocation)
        }
        #expect(try vdir.snapshot() == folder, sourceLocation: sourceLocation)
        #expect(try store.read { db in try Row.fetchAll(db, sql: "SELECT * FROM vdir_item ORDER BY id").description } == rows,
                sourceLocation: sourceLocation)
    }
}
