import CSV

/// A CSV file read with CSV.swift, its columns found by header name: what LinkedIn's and
/// Google's exports have in common. Rows know the line they start on, quoted line breaks counted.
struct CSVTable {
    struct Row {
        let cells: [String]
        /// Lower-cased header names to column indexes.
        let columns: [String: Int]
        let line: Int

        /// The first non-empty value among the columns `names` (lower case), trimmed.
        func field(_ names: String...) -> String? {
            for name in names {
                if let index = columns[name], index < cells.count {
                    let value = cells[index].trimmingWhitespace()
                    if !value.isEmpty { return value }
                }
            }
            return nil
        }
    }

    /// Lower-cased header names to column indexes.
    let columns: [String: Int]
    let rows: [Row]
    /// A quoted field that never ends: the rows from its line on cannot be told apart, so they
    /// are left out and this names them (the records before it are read).
    let unterminated: MalformedRecord?

    /// Reads `text`, taking as header the first row `isHeader` accepts (rows before it, such as
    /// LinkedIn's notes, are skipped); nil when there is no such row. Blank rows are left out.
    init?(_ text: String, isHeader: ([String]) -> Bool) throws {
        var text = text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text
        unterminated = Self.unterminatedQuote(in: text).map { start in
            let rest = text.utf8[start.index...]
            let after = rest.count { $0 == UInt8(ascii: "\n") } - (rest.last == UInt8(ascii: "\n") ? 1 : 0)
            text = String(text[..<start.index])
            return MalformedRecord(line: start.line, reason: "a quoted field that never ends (a missing \"): this row"
                                   + (after > 0 ? " and the \(after) line\(after == 1 ? "" : "s") after it were" : " was") + " left out")
        }
        let reader = try CSVReader(string: text, hasHeaderRow: false)
        var columns: [String: Int]?
        var rows: [Row] = []
        var line = 0
        while let cells = reader.next() {
            line += 1
            let start = line
            line += cells.reduce(0) { $0 + $1.filter { $0 == "\n" }.count }
            guard let known = columns else {
                let names = cells.map { $0.trimmingBlanks().lowercased() }
                if isHeader(names) {
                    columns = Dictionary(names.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
                }
                continue
            }
            if cells.allSatisfy({ $0.trimmingBlanks().isEmpty }) { continue }
            rows.append(Row(cells: cells, columns: known, line: start))
        }
        guard let columns else { return nil }
        self.columns = columns
        self.rows = rows
    }

    /// Where the row holding an opening quote that is never closed starts (RFC 4180: a quote
    /// opens only at the start of a field; inside, `""` is a quote), or nil.
    static func unterminatedQuote(in text: String) -> (index: String.Index, line: Int)? {
        var line = 1
        var rowStart = (index: text.startIndex, line: 1)
        var inQuotes = false
        var atFieldStart = true
        var index = text.utf8.startIndex
        while index < text.utf8.endIndex {
            let byte = text.utf8[index]
            let next = text.utf8.index(after: index)
            if inQuotes {
                if byte == UInt8(ascii: "\"") {
                    if next < text.utf8.endIndex, text.utf8[next] == UInt8(ascii: "\"") { index = text.utf8.index(after: next); continue }
                    inQuotes = false
                } else if byte == UInt8(ascii: "\n") {
                    line += 1
                }
            } else if byte == UInt8(ascii: "\"") && atFieldStart {
                inQuotes = true
            } else if byte == UInt8(ascii: "\n") {
                line += 1
                rowStart = (next, line)
            }
            atFieldStart = !inQuotes && (byte == UInt8(ascii: ",") || byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r"))
            index = next
        }
        return inQuotes ? rowStart : nil
    }
}
