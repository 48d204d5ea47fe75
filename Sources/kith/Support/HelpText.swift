/// Help as argument-parser writes it, wrapped to the terminal by Kith: argument-parser keeps the
/// usage line whole and starts every wrapped line of an example or a note at the left margin, so
/// Kith asks it for unwrapped text and wraps each line under where its text starts.
enum HelpText {
    /// Wide enough that argument-parser wraps nothing.
    static let unwrapped = 10_000

    static func wrapped(_ text: String, to width: Int) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false)
            .flatMap { wrap(String($0), to: max(width, 40)) }
            .joined(separator: "\n")
    }

    /// One line cut into lines of at most `width`, the rest hanging under its text: after the
    /// label of an option or an example (the first gap of two spaces), after `USAGE: kith CMD`,
    /// or at the paragraph's own margin.
    static func wrap(_ line: String, to width: Int) -> [String] {
        guard line.count > width else { return [line] }
        let hang = String(repeating: " ", count: hangingIndent(of: line, width: width))
        var lines: [String] = []
        var current = ""
        for word in words(of: line) {
            let candidate = current.isEmpty ? word : current + " " + word
            if candidate.count <= width || current.trimmingCharacters(in: .whitespaces).isEmpty {
                current = candidate
            } else {
                lines.append(current)
                current = hang + word.drop { $0 == " " }
            }
        }
        lines.append(current)
        return lines
    }

    private static func hangingIndent(of line: String, width: Int) -> Int {
        let leading = line.prefix { $0 == " " }.count
        if line.hasPrefix("USAGE: ") {
            let command = line.split(separator: " ").prefix(3).joined(separator: " ").count + 1
            return command <= width / 2 ? command : 4
        }
        // The column after the first run of two or more spaces past the label.
        if let gap = line.dropFirst(leading).range(of: "  ") {
            let column = line.distance(from: line.startIndex, to: gap.lowerBound)
                + line[gap.lowerBound...].prefix { $0 == " " }.count
            return column <= width / 2 ? column : leading + 4
        }
        // Prose: a paragraph goes on at its own margin.
        return leading
    }

    /// The line's words, a word keeping the spaces before it (so that columns stay aligned) and
    /// the usage's `[--db <path>]` staying one word.
    private static func words(of line: String) -> [String] {
        var words: [String] = []
        var current = ""
        var depth = 0
        for character in line {
            if character == " " && depth == 0 && !current.isEmpty && current.last != " " {
                words.append(current)
                current = ""
                continue
            }
            if character == "[" || character == "<" { depth += 1 }
            if (character == "]" || character == ">") && depth > 0 { depth -= 1 }
            current.append(character)
        }
        if !current.isEmpty { words.append(current) }
        return words
    }
}
