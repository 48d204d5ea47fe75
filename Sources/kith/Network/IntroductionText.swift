import KithCore

/// Introductions in words, seen from me.
enum IntroductionText {
    /// `#5  2026-11-02  you introduced Ana ↔ Bruno  made: hired  for hiring`.
    static func table(_ introductions: [IntroductionEntry]) -> Table {
        var table = Table("ID", "DATE", "INTRODUCTION", "STATUS", "PURPOSE")
        for introduction in introductions {
            table.append("#\(introduction.id)", introduction.date.description, introduction.phrase,
                         introduction.status.rawValue + (introduction.outcome.map { ": \($0)" } ?? ""),
                         introduction.purpose ?? "")
        }
        return table
    }
}
