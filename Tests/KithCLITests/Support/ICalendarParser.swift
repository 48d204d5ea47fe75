/// Reads an iCalendar stream back (RFC 5545): unfolds lines, splits properties and parameters,
/// unescapes TEXT and checks that components nest. Just enough to prove kith's output parses.
struct ICalendarParser {
    struct Component {
        var name: String
        var properties: [(name: String, parameters: String, value: String)] = []
        var children: [Component] = []

        func value(_ name: String) -> String? { properties.first { $0.name == name }?.value }
        func parameters(_ name: String) -> String? { properties.first { $0.name == name }?.parameters }
    }

    struct Malformed: Error, CustomStringConvertible { var description: String }

    static func parse(_ text: String) throws -> Component {
        var lines: [String] = []
        for line in text.components(separatedBy: "\r\n") where !line.isEmpty {
            if line.hasPrefix(" ") || line.hasPrefix("\t") {
                guard !lines.isEmpty else { throw Malformed(description: "a continuation line comes first") }
                lines[lines.count - 1] += line.dropFirst()
            } else {
                lines.append(line)
            }
        }
        var stack: [Component] = []
        var root: Component?
        for line in lines {
            guard let colon = line.firstIndex(of: ":") else { throw Malformed(description: "no colon in \(line)") }
            let head = line[..<colon], value = String(line[line.index(after: colon)...])
            let name = String(head.split(separator: ";", maxSplits: 1)[0])
            let parameters = head.contains(";") ? String(head.split(separator: ";", maxSplits: 1)[1]) : ""
            switch name {
            case "BEGIN":
                stack.append(Component(name: value))
            case "END":
                guard let last = stack.popLast(), last.name == value else {
                    throw Malformed(description: "END:\(value) does not close what is open")
                }
                if stack.isEmpty { root = last } else { stack[stack.count - 1].children.append(last) }
            default:
                guard !stack.isEmpty else { throw Malformed(description: "\(name) outside a component") }
                stack[stack.count - 1].properties.append((name, parameters, unescape(value)))
            }
        }
        guard stack.isEmpty, let root else { throw Malformed(description: "unbalanced components") }
        return root
    }

    static func unescape(_ value: String) -> String {
        var result = ""
        var escaping = false
        for character in value {
            if escaping {
                result.append(character == "n" || character == "N" ? "\n" : character)
                escaping = false
            } else if character == "\\" {
                escaping = true
            } else {
                result.append(character)
            }
        }
        return result
    }
}
