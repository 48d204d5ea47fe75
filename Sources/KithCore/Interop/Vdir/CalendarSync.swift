import Foundation
import GRDB

/// `kith sync calendar DIR` in one transaction: the weekly list's items, one `.ics` file each,
/// in a vdir calendar a phone sees through vdirsyncer. A promise completed there is done in Kith;
/// an item done in Kith is marked completed; one that left the list is removed. Kith touches
/// only the files it wrote: the calendar may hold anything else.
struct CalendarSync {
    let db: Database
    let folder: VdirFolder
    let dryRun: Bool
    let query: WeeklyListQuery
    /// The list's items, in the caller's words, for the database's id and a stamp.
    let items: CalendarSync.Items
    let now = Timestamp.now()
    var report: SyncReport
    /// Each item's hash, by UID, as `rendering` gives it.
    var renderings: [String: String] = [:]

    /// What Kith reads in an item file it wrote: whether it is completed, and when.
    struct Seen {
        var hash: String
        var fingerprint: VdirFolder.Fingerprint
        var completed: Bool
        var completedOn: Day?
    }

    /// Items are compared without their stamp (`DTSTAMP`), which says only when a file was written.
    static let comparedStamp = Timestamp(day: Day(year: 2000, month: 1, day: 1)!, secondOfDay: 0)

    typealias Items = @Sendable (WeeklyList, String, Timestamp) -> [CalendarItem]

    init(db: Database, folder: VdirFolder, dryRun: Bool, query: WeeklyListQuery, items: @escaping Items) {
        self.db = db
        self.items = items
        self.folder = folder
        self.dryRun = dryRun
        self.query = query
        report = SyncReport(kind: .calendar, folder: folder.path, dryRun: dryRun)
    }

    mutating func run() throws -> SyncReport {
        let rows = try VdirItem.all(in: folder.path, kind: .calendar, db)
        let entries = Dictionary(uniqueKeysWithValues: try folder.entries().map { ($0.file, $0) })
        let seen = try read(rows, entries)
        let databaseID = try DatabaseIdentity.of(db)
        for row in rows { if let state = seen[row.file], state.completed { try complete(row, state, databaseID: databaseID) } }
        let list = try query.list(days: 7, limit: 20, suggesting: false, in: db)
        let items = items(list, databaseID, now)
        for item in self.items(list, databaseID, Self.comparedStamp) { renderings[item.uid] = ContentHash.of(CalendarItem.file([item])) }
        let byUID = Dictionary(rows.map { ($0.uid ?? "", $0) }, uniquingKeysWith: { first, _ in first })
        var taken = Set(entries.keys).union(rows.map(\.file))
        for item in items {
            if let row = byUID[item.uid] {
                try sync(item, row, present: entries[row.file] != nil, seen: seen[row.file])
            } else {
                try writeNew(item, taken: &taken)
            }
        }
        let current = Set(items.map(\.uid))
        for row in rows where !current.contains(row.uid ?? "") {
            try leftTheList(row, present: entries[row.file] != nil, seen: seen[row.file], databaseID: databaseID)
        }
        return report
    }

    /// The files Kith wrote that changed since, read; refuses one that is not iCalendar.
    private func read(_ rows: [VdirItem], _ entries: [String: VdirFolder.Entry]) throws -> [String: Seen] {
        var seen: [String: Seen] = [:]
        for row in rows {
            guard let entry = entries[row.file], entry.fingerprint != row.fingerprint else { continue }
            let data = try folder.read(row.file)
            let hash = ContentHash.of(data)
            guard hash != row.seen else { continue }
            let lines = Self.unfolded(data)
            guard lines.contains(where: { $0.uppercased() == "BEGIN:VCALENDAR" }) else {
                throw KithError.invalid("\(folder.path)/\(row.file) is not an iCalendar file (no BEGIN:VCALENDAR line); "
                                        + "move it out of the folder, nothing was synced")
            }
            let value = { (name: String) in
                lines.first { $0.uppercased().hasPrefix(name + ":") || $0.uppercased().hasPrefix(name + ";") }
                    .map { String($0.drop { $0 != ":" }.dropFirst()) }
            }
            seen[row.file] = Seen(hash: hash, fingerprint: entry.fingerprint,
                                  completed: value("STATUS")?.uppercased() == "COMPLETED",
                                  completedOn: value("COMPLETED").flatMap { Timestamp(iso: Self.iso($0)) }?.day)
        }
        return seen
    }

    /// Content lines, unfolded (RFC 5545 § 3.1 folds as vCard does: the vCard reader's own
    /// unfolding, with every line end real files use, a character folded in two made whole).
    static func unfolded(_ data: Data) -> [String] {
        data.withUnsafeBytes { raw in
            var lines = VCardLines(raw.bindMemory(to: UInt8.self))
            var unfolded: [String] = []
            while let (_, bytes) = lines.next() { unfolded.append(String(decoding: bytes, as: UTF8.self)) }
            return unfolded
        }
    }

    /// `20261123T101500Z` → `2026-11-23T10:15:00Z`.
    static func iso(_ basic: String) -> String {
        let text = Array(basic)
        guard text.count >= 15, text[8] == "T" else { return basic }
        let part = { (range: Range<Int>) in String(text[range]) }
        return "\(part(0..<4))-\(part(4..<6))-\(part(6..<8))T\(part(9..<11)):\(part(11..<13)):\(part(13..<15))Z"
    }

    /// A promise completed in the folder is done in Kith, on the day it was completed.
    private mutating func complete(_ row: VdirItem, _ seen: Seen, databaseID: String) throws {
        guard let id = Self.commitment(row.uid, databaseID: databaseID),
              let commitment = try Commitment.fetchOne(db, key: id), commitment.status == .open else { return }
        var done = commitment
        done.close(as: .done, on: min(seen.completedOn ?? query.context.today, query.context.today))
        try done.update(db)
        report.changes.append(.init(side: .kith, action: "done", name: "#\(id) \(commitment.what)", file: row.file,
                                    person: commitment.personID, detail: "completed in the folder"))
    }

    /// The promise id in a UID Kith wrote: `commitment-12-<database>@kith`.
    static func commitment(_ uid: String?, databaseID: String) -> Int64? {
        guard let uid, uid.hasPrefix("commitment-"), uid.hasSuffix("-\(databaseID)@kith") else { return nil }
        return Int64(uid.dropFirst("commitment-".count).dropLast("-\(databaseID)@kith".count))
    }
}
