import Foundation

/// Reads vCard 2.1, 3.0 and 4.0 files into cards of properties: lines unfolded as bytes (so a
/// character folded in two comes back whole), groups and parameters split, QUOTED-PRINTABLE
/// and CHARSET of 2.1 decoded. Values stay escaped; `VCardProperty.text` unescapes.
enum VCardParser {
    struct Card {
        /// The line of `BEGIN:VCARD`, for messages.
        var line: Int
        var properties: [VCardProperty]
    }

    struct Malformed: Error, Equatable {
        var line: Int
        var reason: String
    }

    /// The cards of `data`, and the malformed ones with the line they start on.
    static func parse(_ data: Data) -> (cards: [Card], malformed: [Malformed]) {
        var cards: [Card] = []
        var malformed: [Malformed] = []
        var current: Card?
        var broken: Malformed?
        for (line, bytes) in logicalLines(data) {
            guard let property = VCardProperty(bytes, line: line) else {
                if current != nil, broken == nil { broken = Malformed(line: line, reason: "a line without a property name and a colon") }
                continue
            }
            switch (property.name, property.rawValue.uppercased()) {
            case ("BEGIN", "VCARD"):
                if let open = current { malformed.append(Malformed(line: open.line, reason: "a card without END:VCARD")) }
                current = Card(line: line, properties: [])
                broken = nil
            case ("END", "VCARD"):
                guard let card = current else {
                    malformed.append(Malformed(line: line, reason: "END:VCARD without BEGIN:VCARD"))
                    continue
                }
                if let broken { malformed.append(broken) } else { cards.append(card) }
                current = nil
                broken = nil
            default:
                current?.properties.append(property)
            }
        }
        if let open = current { malformed.append(Malformed(line: open.line, reason: "a card without END:VCARD")) }
        return (cards, malformed)
    }

    /// Physical lines joined into logical ones, each with the number of its first line.
    static func logicalLines(_ data: Data) -> [(Int, [UInt8])] {
        var bytes = [UInt8](data)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        var physical: [[UInt8]] = []
        var start = 0
        for index in bytes.indices where bytes[index] == UInt8(ascii: "\n") {
            var end = index
            if end > start && bytes[end - 1] == UInt8(ascii: "\r") { end -= 1 }
            physical.append(Array(bytes[start..<end]))
            start = index + 1
        }
        if start < bytes.count { physical.append(Array(bytes[start...])) }

        var logical: [(Int, [UInt8])] = []
        var quotedPrintableSoftBreak = false
        for (index, line) in physical.enumerated() {
            let continues = line.first == UInt8(ascii: " ") || line.first == UInt8(ascii: "\t")
            if quotedPrintableSoftBreak, !logical.isEmpty {
                // 2.1: a quoted-printable value ending in "=" goes on, without a leading space.
                logical[logical.count - 1].1.removeLast()
                logical[logical.count - 1].1 += continues ? Array(line.dropFirst()) : line
            } else if continues, !logical.isEmpty {
                logical[logical.count - 1].1 += line.dropFirst()
            } else if !line.isEmpty {
                logical.append((index + 1, line))
            }
            if let last = logical.last?.1 {
                quotedPrintableSoftBreak = last.last == UInt8(ascii: "=") && isQuotedPrintable(last)
            }
        }
        return logical
    }

    private static func isQuotedPrintable(_ line: [UInt8]) -> Bool {
        guard let colon = line.firstIndex(of: UInt8(ascii: ":")) else { return false }
        return String(decoding: line[..<colon], as: UTF8.self).uppercased().contains("QUOTED-PRINTABLE")
    }
}

/// One content line of a vCard: `[group.]NAME[;PARAM=VALUE…]:value`.
struct VCardProperty: Equatable {
    var group: String?
    /// Upper case: `EMAIL`, `X-ABLABEL`.
    var name: String
    /// As the file wrote it: `X-ABLabel`.
    var writtenName: String
    /// Parameter names in upper case; 2.1's bare types (`;HOME;WORK`) become `TYPE`.
    var parameters: [(name: String, values: [String])]
    /// The parameters as written, for giving unknown properties back.
    var rawParameters: String
    /// Decoded from quoted-printable and its charset, still escaped.
    var rawValue: String
    var line: Int

    static func == (a: VCardProperty, b: VCardProperty) -> Bool {
        a.group == b.group && a.name == b.name && a.rawParameters == b.rawParameters && a.rawValue == b.rawValue
    }

    init?(_ bytes: [UInt8], line: Int) {
        // The colon that ends the name and parameters is the first one outside quotes.
        var inQuotes = false
        var colon: Int?
        for (index, byte) in bytes.enumerated() {
            if byte == UInt8(ascii: "\"") { inQuotes.toggle() }
            if byte == UInt8(ascii: ":") && !inQuotes { colon = index; break }
        }
        guard let colon, colon > 0 else { return nil }
        let head = String(decoding: bytes[..<colon], as: UTF8.self)
        var parts = Self.split(head, on: ";")
        let qualified = parts.removeFirst()
        let nameParts = qualified.split(separator: ".", maxSplits: 1).map(String.init)
        guard let last = nameParts.last, !last.isEmpty,
              last.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" }) else { return nil }
        group = nameParts.count == 2 ? nameParts[0] : nil
        name = last.uppercased()
        writtenName = last
        rawParameters = parts.joined(separator: ";")
        parameters = parts.map { part in
            guard let equals = part.firstIndex(of: "=") else { return ("TYPE", [part]) }
            let values = Self.split(String(part[part.index(after: equals)...]), on: ",")
                .map { $0.trimmingCharacters(in: CharacterSet(charactersIn: "\"")) }
            return (String(part[..<equals]).uppercased(), values)
        }
        self.line = line
        let valueBytes = Array(bytes[(colon + 1)...])
        let encoding = parameters.first { $0.name == "ENCODING" }?.values.first?.uppercased()
            ?? parameters.first { $0.name == "TYPE" && $0.values.first?.uppercased() == "QUOTED-PRINTABLE" }.map { _ in "QUOTED-PRINTABLE" }
        let charset = parameters.first { $0.name == "CHARSET" }?.values.first
        let decoded = encoding == "QUOTED-PRINTABLE" ? Self.quotedPrintable(valueBytes) : valueBytes
        rawValue = Self.string(decoded, charset: charset)
    }

    func parameter(_ name: String) -> [String] { parameters.filter { $0.name == name }.flatMap(\.values) }

    /// The value unescaped (`\,` `\;` `\\` `\n`).
    var text: String { Self.unescape(rawValue) }

    /// The `;`-separated components of a structured value (N, ADR, ORG), each unescaped.
    var components: [String] { Self.split(rawValue, on: ";", escapes: true).map(Self.unescape) }

    /// The `,`-separated values of a list (CATEGORIES, NICKNAME), each unescaped.
    var list: [String] {
        Self.split(rawValue, on: ",", escapes: true).map(Self.unescape)
            .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    static func unescape(_ text: String) -> String {
        var result = ""
        var escaping = false
        for character in text {
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

    /// Splits on `separator` outside quotes (and, with `escapes`, not after a backslash).
    static func split(_ text: String, on separator: Character, escapes: Bool = false) -> [String] {
        var parts: [String] = []
        var current = ""
        var inQuotes = false
        var escaping = false
        for character in text {
            if escaping {
                current.append(character)
                escaping = false
                continue
            }
            if escapes && character == "\\" {
                current.append(character)
                escaping = true
            } else if character == "\"" && !escapes {
                inQuotes.toggle()
                current.append(character)
            } else if character == separator && !inQuotes {
                parts.append(current)
                current = ""
            } else {
                current.append(character)
            }
        }
        parts.append(current)
        return parts
    }

    private static func quotedPrintable(_ bytes: [UInt8]) -> [UInt8] {
        var output: [UInt8] = []
        var index = 0
        func hex(_ byte: UInt8) -> UInt8? {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
            case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
            case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
            default: nil
            }
        }
        while index < bytes.count {
            if bytes[index] == UInt8(ascii: "="), index + 2 < bytes.count,
               let high = hex(bytes[index + 1]), let low = hex(bytes[index + 2]) {
                output.append(high << 4 | low)
                index += 3
            } else {
                output.append(bytes[index])
                index += 1
            }
        }
        return output
    }

    private static func string(_ bytes: [UInt8], charset: String?) -> String {
        switch charset?.uppercased() {
        case "ISO-8859-1", "LATIN1", "ISO8859-1":
            return String(bytes: bytes, encoding: .isoLatin1) ?? String(decoding: bytes, as: UTF8.self)
        case "WINDOWS-1252", "CP1252":
            return String(bytes: bytes, encoding: .windowsCP1252) ?? String(decoding: bytes, as: UTF8.self)
        default:
            // UTF-8 unless it is not; then Latin-1, which old exports use without saying so.
            return String(bytes: bytes, encoding: .utf8)
                ?? String(bytes: bytes, encoding: .isoLatin1) ?? String(decoding: bytes, as: UTF8.self)
        }
    }
}
