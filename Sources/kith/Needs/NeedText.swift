import KithCore

/// Needs and offers in words and tables.
enum NeedText {
    /// `Ana Silva (#2) needs` or `you offer`.
    static func who(_ entry: NeedEntry) -> String {
        entry.byMe ? "you \(entry.kind.rawValue)" : "\(entry.person.label) \(entry.kind.rawValue)s"
    }

    /// `2026-11-21 (today), at PyCon 2025`.
    static func said(_ entry: NeedEntry, today: Day) -> String {
        RelativeDay.dated(entry.saidOn, today: today) + (entry.event.map { ", at \($0)" } ?? "")
    }

    /// `Need #4: Ana Silva (#2) needs: a fintech investor (said 2026-11-21 (today), at PyCon 2025)`.
    static func line(_ entry: NeedEntry, today: Day) -> String {
        "\(entry.kind == .need ? "Need" : "Offer") #\(entry.id): \(who(entry)): \(Terminal.visible(entry.what))"
            + " (said \(said(entry, today: today)))"
    }

    /// `open`, or `met 2026-11-21`.
    static func status(_ entry: NeedEntry) -> String {
        entry.status == .open ? "open" : entry.status.rawValue + (entry.closedOn.map { " \($0)" } ?? "")
    }

    static func table(_ entries: [NeedEntry], today: Day, showingWho: Bool = true) -> Table {
        var table = showingWho ? Table("ID", "WHO", "WHAT", "SAID", "STATUS") : Table("ID", "WHAT", "SAID")
        for entry in entries {
            let said = entry.saidOn.description
            let what = Terminal.visible(entry.what)
            table.append(showingWho
                ? ["#\(entry.id)", entry.person.label, what, said, status(entry)]
                : ["#\(entry.id)", "\(entry.kind.rawValue): \(what)", said])
        }
        return table
    }
}
