/// The weekly list as Markdown that reads well in an email: a heading per section, a bullet
/// per item, the command to act on it in code.
enum WeekMarkdown {
    static func render(_ digest: WeekDigest) -> String {
        var lines = ["# Kith follow-ups: \(digest.title)"]
        for section in digest.sections {
            lines.append("")
            lines.append("## \(section.title) (\(section.items.count))")
            lines.append("")
            for item in section.items {
                var parts = [item.what, item.when].filter { !$0.isEmpty }.map(escape)
                if let action = item.action { parts.append("`\(action)`") }
                lines.append("- **\(escape(item.who))**" + (parts.isEmpty ? "" : ": " + parts.joined(separator: " · ")))
            }
            if let more = section.more { lines.append("- _\(escape(more))_") }
        }
        lines.append("")
        lines.append("## \(digest.recapTitle)")
        lines.append("")
        lines += digest.recap.map { "- " + escape($0) }
        if !digest.notes.isEmpty {
            lines.append("")
            lines += digest.notes.map(escape)
        }
        return lines.joined(separator: "\n")
    }

    /// Backslash-escapes what Markdown would read as formatting in names and notes.
    static func escape(_ text: String) -> String {
        var escaped = ""
        for character in text {
            if "\\`*_[]<>#|".contains(character) { escaped.append("\\") }
            escaped.append(character)
        }
        return escaped
    }
}
