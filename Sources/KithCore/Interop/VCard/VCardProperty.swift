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
        let nameParts = VCardProperty.split(qualified, on: ".")
        guard nameParts.count <= 2, let last = nameParts.last, !last.isEmpty,
              last.utf8.allSatisfy({ byte in
                  (0x30...0x39).contains(byte) || (0x61...0x7A).contains(byte | 0x20) || byte == UInt8(ascii: "-")
              }) else { return nil }
        group = nameParts.count == 2 ? nameParts[0] : nil
        name = last.uppercased()
        writtenName = last
        parameters = parts.filter { !$0.isEmpty }.map(Self.parameter)
        rawParameters = parts.joined(separator: ";")
        hasOlderParameters = parts.contains { !$0.utf8.contains(UInt8(ascii: "=")) }
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
        if encoding == "QUOTED-PRINTABLE" { text = String(text.map { $0 == "\r\n" ? "\n" : $0 }) }
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
            .map { $0.trimmingBlanks() }.filter { !$0.isEmpty }
    }

    static func unescape(_ text: String, version: VCardVersion = .v3) -> String {
        guard text.utf8.contains(UInt8(ascii: "\\")) else { return text }
        var result = String.UnicodeScalarView()
        var escaping = false
        for scalar in text.unicodeScalars {
            if escaping {
                escaping = false
                if version == .v21 && scalar != ";" {
                    result.append("\\")
                    result.append(scalar)
                } else {
                    result.append(scalar == "n" || scalar == "N" ? "\n" : scalar)
                }
            } else if scalar == "\\" {
                escaping = true
            } else {
                result.append(scalar)
            }
        }
        if escaping { result.append("\\") }
        return String(result)
    }

    /// Splits on `separator` outside quotes (and, with `escapes`, not after a backslash). The
    /// separators are ASCII, so the text is walked as bytes and cut only between characters.
    static func split(_ text: String, on separator: Unicode.Scalar, escapes: Bool = false) -> [String] {
        let utf8 = text.utf8
        let cut = UInt8(separator.value)
        guard utf8.contains(cut) else { return [text] }
        var parts: [String] = []
        var start = utf8.startIndex
        var inQuotes = false
        var escaping = false
        for index in utf8.indices {
            let byte = utf8[index]
            if escaping {
                escaping = false
            } else if escapes && byte == UInt8(ascii: "\\") {
                escaping = true
            } else if byte == UInt8(ascii: "\"") && !escapes {
                inQuotes.toggle()
            } else if byte == cut && !inQuotes {
                parts.append(String(text[start..<index]))
                start = utf8.index(after: index)
            }
        }
        parts.append(String(text[start...]))
        return parts
    }

    /// `TYPE=work,pref` → (TYPE, [work, pref]); 2.1's bare `HOME` → (TYPE, [HOME]) and bare
    /// `QUOTED-PRINTABLE` or `BASE64` → (ENCODING, …).
    private static func parameter(_ part: String) -> (name: String, values: [String]) {
        guard let equals = part.firstIndex(of: "=") else {
            let bare = part.trimmingBlanks()
            let encodings: Set<String> = ["QUOTED-PRINTABLE", "BASE64", "B", "8BIT", "7BIT"]
            return (encodings.contains(bare.uppercased()) ? "ENCODING" : "TYPE", [bare])
        }
        let values = split(String(part[part.index(after: equals)...]), on: ",").map(Self.unquoted)
        return (part[..<equals].trimmingBlanks().uppercased(), values)
    }

    /// A parameter value without the quotes around it.
    private static func unquoted(_ value: String) -> String {
        guard value.utf8.first == UInt8(ascii: "\"") || value.utf8.last == UInt8(ascii: "\"") else { return value }
        return String(value.drop { $0 == "\"" }.reversed().drop { $0 == "\"" }.reversed())
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
