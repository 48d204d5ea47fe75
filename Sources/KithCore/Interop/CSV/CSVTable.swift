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

    /// Reads `text`, taking as header the first row `isHeader` accepts (rows before it, such as
    /// LinkedIn's notes, are skipped); nil when there is no such row. Blank rows are left out.
    init?(_ text: String, isHeader: ([String]) -> Bool) throws {
        let text = text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text
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
}
