/// Graphviz's DOT language, written safely: every name, organisation and tag goes into a quoted
/// string with its backslashes, quotes and line breaks escaped, so that any text draws as itself
/// and nothing in the data can end the string and write DOT of its own.
struct DOT {
    private(set) var lines: [String] = []
    private var depth = 0

    /// `"Ann \"the fox\" Lake"`; a line break becomes DOT's `\n`, other control characters go.
    static func quoted(_ text: String) -> String {
        var escaped = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\\": escaped += "\\\\"
            case "\"": escaped += "\\\""
            case "\n": escaped += "\\n"
            case _ where scalar.properties.generalCategory == .control: continue
            default: escaped.unicodeScalars.append(scalar)
            }
        }
        return "\"" + escaped + "\""
    }

    /// `key="value" key2="value2"`, in the order given; nil values are left out.
    static func attributes(_ pairs: KeyValuePairs<String, String?>) -> String {
        pairs.compactMap { key, value in value.map { "\(key)=\(quoted($0))" } }.joined(separator: " ")
    }

    mutating func open(_ header: String) {
        line(header + " {")
        depth += 1
    }

    mutating func close() {
        depth -= 1
        line("}")
    }

    mutating func line(_ text: String) { lines.append(String(repeating: "  ", count: depth) + text) }

    /// `p12 [label="Ann Lake" …];`
    mutating func node(_ id: String, _ pairs: KeyValuePairs<String, String?>) { line("\(id) [\(Self.attributes(pairs))];") }

    /// `p1 -- p12 [penwidth="2.5"];` (`->` in a digraph).
    mutating func edge(_ a: String, _ b: String, directed: Bool = false, _ pairs: KeyValuePairs<String, String?>) {
        line("\(a) \(directed ? "->" : "--") \(b) [\(Self.attributes(pairs))];")
    }

    var text: String { lines.joined(separator: "\n") + "\n" }

    /// A node's id: the person's id, which holds nothing from the data.
    static func id(_ person: Int64) -> String { "p\(person)" }
}
