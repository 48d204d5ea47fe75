/// Aligned columns for human output. Colors may be applied to cells; widths ignore them.
struct Table {
    var headers: [String]
    var rows: [[String]] = []
    /// Columns aligned to the right (numbers).
    var rightAligned: Set<Int> = []
    /// Columns never cut to fit the terminal (commands to copy, ids).
    var whole: Set<Int> = [0]

    init(_ headers: String..., rightAligned: Set<Int> = []) {
        self.headers = headers
        self.rightAligned = rightAligned
    }

    mutating func append(_ cells: String...) { rows.append(cells) }
    mutating func append(_ cells: [String]) { rows.append(cells) }

    /// Column widths that fit `total` (with two spaces between columns): the widest column gives
    /// a column at a time until they fit, none below eight (or its own width).
    static func fitted(_ widths: [Int], into total: Int, keeping whole: Set<Int> = []) -> [Int] {
        var widths = widths
        func used() -> Int { widths.reduce(0, +) + 2 * max(0, widths.count - 1) }
        let cuttable = widths.indices.filter { !whole.contains($0) }
        while used() > total, let widest = cuttable.max(by: { widths[$0] < widths[$1] }), widths[widest] > 8 {
            let next = cuttable.map { widths[$0] }.filter { $0 < widths[widest] }.max() ?? 8
            widths[widest] -= min(used() - total, widths[widest] - 8, max(1, widths[widest] - next))
        }
        return widths
    }

    /// The table's lines; a table made without headers has no header line.
    func render(indent: String = "") -> String {
        var all = (headers.isEmpty ? [] : [headers]) + rows.flatMap(Self.lines)
        var widths = [Int](repeating: 0, count: all.map(\.count).max() ?? 0)
        for row in all {
            for (index, cell) in row.enumerated() where index < widths.count {
                widths[index] = max(widths[index], Terminal.width(cell))
            }
        }
        if let columns = Terminal.columns {
            widths = Self.fitted(widths, into: columns - Terminal.width(indent), keeping: whole)
            all = all.map { row in row.enumerated().map { index, cell in index < widths.count ? Terminal.cut(cell, to: widths[index]) : cell } }
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

    /// A row whose cells hold several lines (a note typed with line breaks) as that many lines,
    /// each line of a cell under its column, so that the columns stay aligned.
    private static func lines(of row: [String]) -> [[String]] {
        let cells = row.map { $0.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) }
        let height = cells.map(\.count).max() ?? 1
        return (0..<height).map { line in cells.map { line < $0.count ? $0[line] : "" } }
    }
}
