import KithCore

/// Ties as text.
enum TiesTable {
    /// One table; when the ties are all of one person, only the other end is named.
    static func render(_ ties: [TieListItem], aroundFirst: Bool) -> String {
        var table = aroundFirst ? Table("ID", "STRENGTH", "PERSON", "CONTEXT", "SINCE", "SOURCE")
            : Table("ID", "STRENGTH", "PERSON", "PERSON", "CONTEXT", "SINCE", "SOURCE")
        for tie in ties {
            var cells = ["#\(tie.id)", ProfileView.strengthBar(tie.strength)]
            if !aroundFirst { cells.append(tie.personA.label) }
            cells += [tie.personB.label, tie.context ?? "", tie.since?.description ?? "", tie.source.rawValue]
            table.append(cells)
        }
        return table.render()
    }

    /// `Ana Silva (#2) ↔ Bruno Okafor (#3), strength 3/5, worked together, since 2021-03-01 (stated)`.
    static func describe(_ tie: TieListItem) -> String {
        var parts = ["\(tie.personA.label) ↔ \(tie.personB.label)", "strength \(tie.strength)/5"]
        if let context = tie.context { parts.append(context) }
        if let since = tie.since { parts.append("since \(since)") }
        return parts.joined(separator: ", ") + " (\(tie.source.rawValue))"
    }
}
