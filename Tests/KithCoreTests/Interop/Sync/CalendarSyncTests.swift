import Foundation
import GRDB
import Testing
@testable import KithCore

/// `kith sync calendar`: the weekly list's items, one file each; promises completed in the
/// folder done in Kith, done in Kith completed in the folder, gone from the list removed.
@Suite struct CalendarSyncTests {
    let store: Store
    let vdir: Vdir

    init() throws {
        store = try Store.empty()
        vdir = try Vdir()
        _ = try store.add("Ann Lake", "Bo Chen")
        _ = try store.commitments.promise("Ann", "send the deck", due: Store.testToday.adding(days: 1), owedByMe: true)
        _ = try store.commitments.promise("Bo", "the intro to Di", due: Store.testToday.adding(days: 2), owedByMe: false)
    }

    /// Items worded simply: the library's tests need no executable.
    @discardableResult
    func synced(dryRun: Bool = false) throws -> SyncReport {
        try SyncService(store.context).calendar(in: vdir.path, dryRun: dryRun) { list, databaseID, stamp in
            (list.overdue + list.due + list.owedToMe).map { commitment in
                var todo = ICalendarWriter()
                todo.begin("VTODO")
                todo.property("UID", "commitment-\(commitment.id)-\(databaseID)@kith")
                todo.property("DTSTAMP", stamp.basic)
                todo.text("SUMMARY", commitment.what)
                todo.property("STATUS", "NEEDS-ACTION")
                todo.end("VTODO")
                return CalendarItem(uid: "commitment-\(commitment.id)-\(databaseID)@kith", summary: commitment.what,
                                    commitment: commitment.id, component: todo)
            }
        }
    }

    func status(_ id: Int64) throws -> String? { try store.scalar("SELECT status FROM commitment WHERE id = ?", [id]) }

    @Test func itemsAreWrittenOnceAndNotRewrittenWhenNothingChanged() throws {
        #expect(try synced().changes.map(\.action) == ["written", "written"])
        #expect(vdir.files.allSatisfy { $0.hasSuffix("_kith.ics") && !$0.contains("@") })
        let before = try vdir.snapshot()
        #expect(try synced().changes.isEmpty)
        #expect(try vdir.snapshot() == before)
    }

    @Test func aPromiseCompletedInTheFolderIsDoneInKith() throws {
        try synced()
        let file = try vdir.file(with: "send the deck")
        try vdir.edit(file, "STATUS:NEEDS-ACTION", "STATUS:COMPLETED\r\nCOMPLETED:20261120T093000Z")
        let report = try synced()
        #expect(report.changes.map(\.action) == ["done"])
        #expect(try status(1) == "done")
        #expect(try store.scalar("SELECT done_at FROM commitment WHERE id = 1") == "2026-11-20T12:00:00Z")
        #expect(try vdir.text(file).contains("STATUS:COMPLETED"))
        #expect(try synced().changes.isEmpty)
    }

    @Test func doneInKithIsCompletedInTheFolderAndDroppedIsRemoved() throws {
        try synced()
        let deck = try vdir.file(with: "send the deck"), intro = try vdir.file(with: "the intro to Di")
        _ = try store.commitments.close(1, as: .done)
        _ = try store.commitments.close(2, as: .dropped)
        let report = try synced()
        #expect(report.changes.map(\.action).sorted() == ["completed", "removed"])
        let text = try vdir.text(deck)
        #expect(text.contains("STATUS:COMPLETED\r\nCOMPLETED:") && text.contains("PERCENT-COMPLETE:100\r\nEND:VTODO"))
        #expect(!text.contains("NEEDS-ACTION"))
        #expect(!vdir.files.contains(intro))
        #expect(try synced().changes.isEmpty)
    }

    @Test func filesKithDidNotWriteAreLeftAlone() throws {
        try vdir.write("mine.ics", "not even a calendar")
        try synced()
        #expect(try vdir.text("mine.ics") == "not even a calendar")
    }

    @Test func anItemFileThatIsNoLongerICalendarChangesNothing() throws {
        try synced()
        let file = try vdir.file(with: "send the deck")
        try vdir.write(file, "garbage, and longer than it was before")
        let folder = try vdir.snapshot()
        #expect(throws: KithError.self) { try synced() }
        #expect(try vdir.snapshot() == folder)
        #expect(try status(1) == "open")
    }

    @Test func aDryRunChangesNothing() throws {
        let report = try synced(dryRun: true)
        #expect(report.changes.count == 2)
        #expect(vdir.files.isEmpty)
        #expect(try store.scalar("SELECT count(*) FROM vdir_item") == 0)
    }
}
