/// Aligned columns for human output. Colors may be applied to cells; widths ignore them.
struct Table {
    var headers: [String]
    var rows: [[String]] = []
    /// Columns aligned to the right (numbers).
    var rightAligned: Set<Int> = []

    init(_ headers: String..., rightAligned: Set<Int> = []) {
        self.headers = headers
        self.rightAligned = rightAligned
    }

    mutating func append(_ cells: String...) { rows.append(cells) }
    mutating func append(_ cells: [String]) { rows.append(cells) }

    /// The table's lines; a table made without headers has no header line.
    func render(indent: String = "") -> String {
        let all = headers.isEmpty ? rows : [headers] + rows
        var widths = [Int](repeating: 0, count: all.map(\.count).max() ?? 0)
        for row in all {
            for (index, cell) in row.enumerated() where index < widths.count {
                widths[index] = max(widths[index], Terminal.width(cell))
            }
        }
        var lines: [String] = []
        for (rowIndex, row) in all.enumerated() {
            var line = indent
            for (index, cell) in row.enumerated() where index < widths.count {
                let padding = String(repeating: " ", count: widths[index] - Terminal.width(cell))
                let text = rowIndex == 0 && !headers.isEmpty ? Terminal.bold(cell) : cell
                let isLast = index == row.count - 1
                if rightAligned.contains(index) {
                    line += padding + text
                } else {
                    line += text + (isLast ? "" : padding)
                }
                if !isLast { line += "  " }
            }
            while line.last == " " { line.removeLast() }
            lines.append(line)
        }
        return lines.joined(separator: "\n")
    }
}
