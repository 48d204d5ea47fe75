import Foundation
import GRDB

extension CalendarSync {
    /// An item Kith wrote before: written again when it changed in Kith (an edit in the folder
    /// stays until then; an item deleted there stays deleted until then).
    mutating func sync(_ item: CalendarItem, _ row: VdirItem, present: Bool, seen: Seen?) throws {
        var row = row
        if rendering(item) != row.rendered {
            try write(item, into: &row)
            return note(.folder, present ? "rewritten" : "written", item, row, detail: "changed in Kith")
        }
        report.unchanged += 1
        if let seen {
            row.saw(seen.fingerprint, hash: seen.hash)
            try row.update(db)
        }
    }

    mutating func writeNew(_ item: CalendarItem, taken: inout Set<String>) throws {
        let safe = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_.-+")
        var file = folder.fileName(forUID: item.uid, fallback: String(item.uid.map { safe.contains($0) ? $0 : "_" }))
        if taken.contains(file) { file = UUID().uuidString.lowercased() + ".ics" }
        taken.insert(file)
        var row = VdirItem(folder: folder.path, kind: .calendar, file: file, uid: item.uid, personID: nil, size: 0,
                           modified: 0, inode: 0, seen: "", rendered: "", syncedAt: now)
        try write(item, into: &row)
        note(.folder, "written", item, row)
    }

    /// An item no longer on the list: a promise done is marked completed (unless the folder
    /// says so already); anything else is removed.
    mutating func leftTheList(_ row: VdirItem, present: Bool, seen: Seen?, databaseID: String) throws {
        var row = row
        let done = try Self.commitment(row.uid, databaseID: databaseID).flatMap { try Commitment.fetchOne(db, key: $0) }
            .flatMap { $0.status == .done ? $0 : nil }
        guard present else { _ = try row.delete(db); return }
        let text = String(decoding: try folder.read(row.file), as: UTF8.self)
        guard let done else {
            if !dryRun { try folder.remove(row.file) }
            _ = try row.delete(db)
            let summary = Self.unfolded(Data(text.utf8)).first { $0.hasPrefix("SUMMARY:") }.map { String($0.dropFirst(8)) }
            return report.changes.append(.init(side: .folder, action: "removed", name: summary.map { VCardProperty.unescape($0) }
                                                   ?? row.uid ?? row.file, file: row.file, detail: "no longer on the weekly list"))
        }
        guard let completed = Self.completed(text, at: done.doneAt ?? now) else {
            if let seen { row.saw(seen.fingerprint, hash: seen.hash); try row.update(db) }
            return report.unchanged += 1
        }
        try write(Data(completed.utf8), rendered: row.rendered, into: &row)
        report.changes.append(.init(side: .folder, action: "completed", name: "#\(done.id!) \(done.what)", file: row.file,
                                    person: done.personID, detail: "done in Kith"))
    }

    /// The to-do in `text` marked completed at `time`, the rest as it was; nil when it already is.
    static func completed(_ text: String, at time: Timestamp) -> String? {
        var lines = text.components(separatedBy: "\r\n")
        guard !lines.contains(where: { $0.uppercased() == "STATUS:COMPLETED" }),
              let end = lines.firstIndex(where: { $0.uppercased() == "END:VTODO" }) else { return nil }
        lines.removeAll { line in ["STATUS", "PERCENT-COMPLETE", "COMPLETED"].contains { line.uppercased().hasPrefix($0 + ":") } }
        let at = lines.firstIndex(where: { $0.uppercased() == "END:VTODO" }) ?? end
        lines.insert(contentsOf: ["STATUS:COMPLETED", "COMPLETED:" + time.basic, "PERCENT-COMPLETE:100"], at: at)
        return lines.joined(separator: "\r\n")
    }

    private func write(_ item: CalendarItem, into row: inout VdirItem) throws {
        try write(Data(CalendarItem.file([item]).utf8), rendered: rendering(item), into: &row)
    }

    private func write(_ data: Data, rendered: String, into row: inout VdirItem) throws {
        let fingerprint = dryRun ? VdirFolder.Fingerprint(size: 0, modified: 0, inode: 0) : try folder.write(data, to: row.file)
        row.saw(fingerprint, hash: ContentHash.of(data))
        row.rendered = rendered
        row.syncedAt = now
        try row.save(db)
    }

    /// A hash of the item as Kith writes it, without its stamp.
    func rendering(_ item: CalendarItem) -> String { renderings[item.uid] ?? "" }

    private mutating func note(_ side: SyncReport.Change.Side, _ action: String, _ item: CalendarItem,
                               _ row: VdirItem, detail: String? = nil) {
        report.changes.append(.init(side: side, action: action, name: item.summary, file: row.file, detail: detail))
    }
}
