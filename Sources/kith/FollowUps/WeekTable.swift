/// The weekly list for the terminal: a heading and an aligned table per section.
enum WeekTable {
    static func render(_ digest: WeekDigest) -> String {
        var lines = [Terminal.bold("Kith follow-ups: " + digest.title)]
        for section in digest.sections {
            lines.append("")
            lines.append(Terminal.bold(section.title) + Terminal.dim(" (\(section.items.count))"))
            var table = Table()
            table.whole = [0, 4]  // the id and the command to copy
            for item in section.items {
                table.append(item.ref, item.who, item.what, item.alert ? Terminal.red(item.when) : item.when,
                             item.action.map(Terminal.dim) ?? "")
            }
            lines.append(table.render(indent: "  "))
            if let more = section.more { lines.append(Terminal.dim("  " + more)) }
        }
        lines.append("")
        lines.append(Terminal.bold(digest.recapTitle))
        lines += digest.recap.map { "  " + $0 }
        if !digest.notes.isEmpty {
            lines.append("")
            lines += digest.notes
        }
        return lines.joined(separator: "\n")
    }
}
