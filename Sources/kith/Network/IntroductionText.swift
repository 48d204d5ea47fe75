import KithCore

/// Introductions in words, seen from me.
enum IntroductionText {
    /// `you introduced Ana Silva ↔ Bruno Okafor`, `Ana Silva introduced you to Bruno Okafor`,
    /// `you asked Ana Silva to introduce you to Bruno Okafor`, …
    static func phrase(_ introduction: IntroductionEntry) -> String {
        let introducer = introduction.introducer?.name ?? "someone"
        let pair = "\(introduction.personA.name) ↔ \(introduction.personB.name)"
        let target = introduction.personB.name
        switch (introduction.direction, introduction.status) {
        case (.given, .made): return "you introduced \(pair)"
        case (.given, .requested): return "you were asked to introduce \(pair)"
        case (.given, .offered): return "you offered to introduce \(pair)"
        case (.given, .declined): return "you declined to introduce \(pair)"
        case (.received, .made): return "\(introducer) introduced you to \(target)"
        case (.received, .requested): return "you asked \(introducer) to introduce you to \(target)"
        case (.received, .offered): return "\(introducer) offered to introduce you to \(target)"
        case (.received, .declined): return "\(introducer) declined to introduce you to \(target)"
        case (.others, .made): return "\(introducer) introduced \(pair)"
        case (.others, let status): return "\(introducer) and \(pair): \(status.rawValue)"
        }
    }

    /// `#5  2026-11-02  you introduced Ana ↔ Bruno  made: hired  for hiring`.
    static func table(_ introductions: [IntroductionEntry]) -> Table {
        var table = Table("ID", "DATE", "INTRODUCTION", "STATUS", "PURPOSE")
        for introduction in introductions {
            table.append("#\(introduction.id)", introduction.date.description, phrase(introduction),
                         introduction.status.rawValue + (introduction.outcome.map { ": \($0)" } ?? ""),
                         introduction.purpose ?? "")
        }
        return table
    }
}
