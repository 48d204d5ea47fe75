import KithCore

/// A sync's report for people: one line of counts, then what changed on each side, the
/// conflicts and what waits for --deletions.
enum SyncText {
    static let shown = 20

    static func render(_ report: SyncReport) -> String {
        let verb = report.dryRun ? "Would sync" : "Synced"
        var counts = ["\(report.count(.kith)) in Kith", "\(report.count(.folder)) in the folder"]
        if !report.conflicts.isEmpty { counts.append("\(report.conflicts.count) \(report.conflicts.count == 1 ? "conflict" : "conflicts")") }
        if !report.waiting.isEmpty { counts.append("\(report.waiting.count) waiting") }
        counts.append("\(report.unchanged) unchanged")
        var lines = ["\(verb) \(report.kind.rawValue) with \(report.folder): " + counts.joined(separator: ", ")]
        lines += section(report.changes) { change in
            let action = (report.dryRun ? "would be " : "") + change.action.replacingOccurrences(of: "_", with: " ")
            let side = change.side == .kith ? "kith  " : "folder"
            return "  \(side)  \(action.padding(toLength: report.dryRun ? 19 : 10, withPad: " ", startingAt: 0)) "
                + change.name + (change.detail.map { Terminal.dim(" (\($0))") } ?? "") + Terminal.dim("  " + change.file)
        }
        lines += section(report.conflicts) { Terminal.yellow("  conflict: \($0.name): \($0.detail ?? "")") + Terminal.dim("  " + $0.file) }
        lines += section(report.waiting) { change in
            let how = change.action == "deleted_in_folder"
                ? "their card was deleted in the folder; kith keeps them until a sync with --deletions removes them"
                : "removed from Kith; their card stays in the folder until a sync with --deletions removes it"
            return Terminal.yellow("  waiting: \(change.name): \(how)") + Terminal.dim("  " + change.file)
        }
        return lines.joined(separator: "\n")
    }

    private static func section(_ changes: [SyncReport.Change], _ line: (SyncReport.Change) -> String) -> [String] {
        var lines = changes.prefix(shown).map(line)
        if changes.count > shown { lines.append(Terminal.dim("  … and \(changes.count - shown) more (--json lists them all)")) }
        return lines
    }
}
