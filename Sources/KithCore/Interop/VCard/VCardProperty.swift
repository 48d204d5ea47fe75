import Foundation

/// One content line of a vCard: `[group.]NAME[;PARAM=VALUE…]:value`, its transport encoding
/// (quoted-printable, a charset) undone, its escaping as its version wrote it.
struct VCardProperty {
    var group: String?
    /// Upper case: `EMAIL`, `X-ABLABEL`.
    var name: String
    /// As the file wrote it: `X-ABLabel`.
    var writtenName: String
    /// Parameter names in upper case; 2.1's bare types (`;HOME;WORK`) become `TYPE`, its bare
    /// encodings (`;QUOTED-PRINTABLE`, `;BASE64`) `ENCODING`.
    var parameters: [(name: String, values: [String])]
    /// The parameters as written (`type=WORK;type=pref`), and whether they need rewriting to be
    /// valid in 3.0 or 4.0: a transport encoding, a charset, or 2.1's bare types.
    var rawParameters: String
    var hasOlderParameters: Bool
    /// The value, decoded from quoted-printable and its charset, still escaped as `version` escapes.
    var rawValue: String
    var line: Int
    var version: VCardVersion
    /// True for a value in base64 (`ENCODING=b`, `ENCODING=BASE64`): a photo, a logo, a key.
    var isBinary: Bool

    /// Parses one logical line; nil when it is no property (no name, or no colon).
    init?(_ bytes: ArraySlice<UInt8>, line: Int, version: VCardVersion) {
        // The colon that ends the name and parameters is the first one outside quotes.
        var inQuotes = false
        var colon: Int?
        for index in bytes.indices {
            if bytes[index] == UInt8(ascii: "\"") { inQuotes.toggle() }
            if bytes[index] == UInt8(ascii: ":") && !inQuotes { colon = index; break }
        }
        guard let colon, colon > bytes.startIndex else { return nil }
        var parts = Self.split(Charset.guess(bytes[..<colon]), on: ";")
        let qualified = parts.removeFirst()
        let nameParts = qualified.split(separator: ".", maxSplits: 1).map(String.init)
        guard let last = nameParts.last, !last.isEmpty,
              last.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") }) else { return nil }
        group = nameParts.count == 2 ? nameParts[0] : nil
        name = last.uppercased()
        writtenName = last
        parameters = parts.filter { !$0.isEmpty }.map(Self.parameter)
        rawParameters = parts.joined(separator: ";")
        hasOlderParameters = parts.contains { !$0.contains("=") }
            || parameters.contains { $0.name == "CHARSET" || $0.name == "ENCODING" }
        self.line = line
        self.version = version
        let encoding = parameters.first { $0.name == "ENCODING" }?.values.first?.uppercased()
        isBinary = encoding == "B" || encoding == "BASE64"
        let value = bytes[(colon + 1)...]
        var decoded = encoding == "QUOTED-PRINTABLE" ? Self.quotedPrintable(value) : Array(value)
        if isBinary { decoded.removeAll { $0 == 0x20 || $0 == 0x09 } }
        let charset = parameters.first { $0.name == "CHARSET" }?.values.first
        var text = charset.flatMap { Charset.decode(decoded, from: $0) } ?? Charset.guess(decoded)
        // A quoted-printable line break is the platform's: keep one kind.
        if encoding == "QUOTED-PRINTABLE" { text = text.replacingOccurrences(of: "\r\n", with: "\n") }
        rawValue = text
    }

    func parameter(_ name: String) -> [String] { parameters.filter { $0.name == name }.flatMap(\.values) }

    /// A physical line that was no property: a raw line break inside this value.
    mutating func appendLine(_ text: String) {
        rawValue += (version == .v21 ? "\n" : "\\n") + text
    }

    /// The value unescaped: 3.0 and 4.0 escape `\,` `\;` `\\` and `\n`; 2.1 only `\;`, so a
    /// backslash before anything else is a backslash.
    var text: String { Self.unescape(rawValue, version: version) }

    /// The `;`-separated components of a structured value (N, ADR, ORG), each unescaped.
    var components: [String] { Self.split(rawValue, on: ";", escapes: true).map { Self.unescape($0, version: version) } }

    /// The `,`-separated values of a list (CATEGORIES, NICKNAME), each unescaped.
    var list: [String] {
        Self.split(rawValue, on: ",", escapes: true).map { Self.unescape($0, version: version) }
            .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    static func unescape(_ text: String, version: VCardVersion = .v3) -> String {
        guard text.contains("\\") else { return text }
        var result = ""
        var escaping = false
        for character in text {
            if escaping {
                escaping = false
                if version == .v21 && character != ";" {
                    result.append("\\")
                    result.append(character)
                } else {
                    result.append(character == "n" || character == "N" ? "\n" : character)
                }
            } else if character == "\\" {
                escaping = true
            } else {
                result.append(character)
            }
        }
        if escaping { result.append("\\") }
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
            } else if escapes && character == "\\" {
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

    /// `TYPE=work,pref` → (TYPE, [work, pref]); 2.1's bare `HOME` → (TYPE, [HOME]) and bare
    /// `QUOTED-PRINTABLE` or `BASE64` → (ENCODING, …).
    private static func parameter(_ part: String) -> (name: String, values: [String]) {
        guard let equals = part.firstIndex(of: "=") else {
            let bare = part.trimmingCharacters(in: .whitespaces)
            let encodings: Set<String> = ["QUOTED-PRINTABLE", "BASE64", "B", "8BIT", "7BIT"]
            return (encodings.contains(bare.uppercased()) ? "ENCODING" : "TYPE", [bare])
        }
        let values = split(String(part[part.index(after: equals)...]), on: ",")
            .map { $0.trimmingCharacters(in: CharacterSet(charactersIn: "\"")) }
        return (String(part[..<equals]).trimmingCharacters(in: .whitespaces).uppercased(), values)
    }

    private static func quotedPrintable(_ bytes: ArraySlice<UInt8>) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        var index = bytes.startIndex
        func hex(_ byte: UInt8) -> UInt8? {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
            case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
            case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
            default: nil
            }
        }
        while index < bytes.endIndex {
            if bytes[index] == UInt8(ascii: "="), index + 2 < bytes.endIndex,
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
}
