import Foundation

/// A vCard property Kith keeps without modelling it, in one lasting form whatever version it came
/// in, and written back valid for the version asked: 4.0 escaping (so a 2.1 backslash or a
/// quoted-printable line break becomes text a 4.0 reader takes), parameters without transport
/// encodings, binary data (PHOTO, LOGO, SOUND, KEY) as a `data:` URI. Importing what Kith
/// exported gives the same form back, so a round trip adds nothing.
enum KeptProperty {
    /// Properties 4.0 no longer has: written `X-…` in 4.0, and read back to their name.
    static let olderOnly: Set<String> = ["LABEL", "AGENT", "MAILER", "NAME", "PROFILE", "SORT-STRING", "CLASS"]
    /// Properties new in 4.0: written `X-…` in 3.0, and read back to their name.
    static let newerOnly: Set<String> = ["KIND", "GENDER", "ANNIVERSARY", "LANG", "MEMBER", "RELATED", "CLIENTPIDMAP", "XML"]
    /// Properties whose value may be binary data or a link to it.
    static let media: Set<String> = ["PHOTO", "LOGO", "SOUND", "KEY"]

    /// The lasting form of `property`: its qualified name, parameters and value.
    static func lasting(_ property: VCardProperty) -> (name: String, parameters: String?, value: String) {
        var name = property.writtenName
        let bare = String(name.uppercased().dropFirst(2))
        if name.uppercased().hasPrefix("X-"), olderOnly.contains(bare) || newerOnly.contains(bare) { name = bare }
        var parameters = property.parameters.filter { !["CHARSET", "ENCODING"].contains($0.name) }
        let value: String
        if property.isBinary {
            let type = parameters.first { $0.name == "TYPE" }?.values.first
            parameters.removeAll { $0.name == "TYPE" }
            value = dataURI(base64: property.rawValue, type: type, of: property.name)
        } else if media.contains(property.name) {
            parameters.removeAll { $0.name == "VALUE" }
            value = property.rawValue
        } else if property.version == .v21 {
            value = VCardProperty.split(property.rawValue, on: ";", escapes: true)
                .map { ContentLine.escape(VCardProperty.unescape($0, version: .v21)) }.joined(separator: ";")
        } else {
            value = property.rawValue.replacingOccurrences(of: "\r", with: "").replacingOccurrences(of: "\n", with: "\\n")
        }
        // Parameters stay as written, unless they need rewriting for 3.0 and 4.0.
        let written = !property.hasOlderParameters && !property.isBinary && !media.contains(property.name)
            ? property.rawParameters
            : parameters.map { parameter in
                parameter.name + "=" + parameter.values.map(quotedIfNeeded).joined(separator: ",")
            }.joined(separator: ";")
        return ((property.group.map { $0 + "." } ?? "") + name, written.isEmpty ? nil : written, value)
    }

    /// The content line of a kept property in `version`.
    static func line(_ kept: PersonProperty, version: VCardWriter.Version) -> String {
        var (group, name) = split(kept.name)
        let upper = name.uppercased()
        if version == .v4 && olderOnly.contains(upper) || version == .v3 && newerOnly.contains(upper) { name = "X-" + name }
        var parameters = kept.parameters.map { [$0] } ?? []
        var value = kept.value
        if media.contains(upper), version == .v3 {
            if let (type, base64) = parseDataURI(value) {
                parameters += ["ENCODING=b"] + (type.map { ["TYPE=\($0)"] } ?? [])
                value = base64
            } else {
                parameters.append("VALUE=uri")
            }
        }
        return (group.map { $0 + "." } ?? "") + name + parameters.map { ";" + $0 }.joined() + ":" + value
    }

    /// `item1.X-ABDATE` → (item1, X-ABDATE).
    static func split(_ qualified: String) -> (group: String?, name: String) {
        let parts = qualified.split(separator: ".", maxSplits: 1).map(String.init)
        return parts.count == 2 ? (parts[0], parts[1]) : (nil, qualified)
    }

    /// `data:image/jpeg;base64,…` from base64 and a vCard TYPE (`JPEG`, `image/png`).
    private static func dataURI(base64: String, type: String?, of name: String) -> String {
        let clean = Data(base64Encoded: base64, options: .ignoreUnknownCharacters)?.base64EncodedString() ?? base64
        let family = name == "SOUND" ? "audio" : name == "KEY" ? "application" : "image"
        let mediaType = type.map { $0.contains("/") ? $0.lowercased() : "\(family)/\($0.lowercased())" }
        return "data:" + (mediaType ?? "application/octet-stream") + ";base64," + clean
    }

    /// (`JPEG`, base64) from a `data:` URI in base64; nil for any other value.
    private static func parseDataURI(_ value: String) -> (type: String?, base64: String)? {
        guard value.hasPrefix("data:"), let comma = value.firstIndex(of: ","),
              value[..<comma].hasSuffix(";base64") else { return nil }
        let mediaType = value.dropFirst(5).prefix { $0 != ";" && $0 != "," }
        let subtype = mediaType.split(separator: "/").last.map { $0.uppercased() }
        return (subtype, String(value[value.index(after: comma)...]))
    }

    /// A parameter value in double quotes when it holds a separator.
    static func quotedIfNeeded(_ value: String) -> String {
        value.contains(where: { $0 == ";" || $0 == ":" || $0 == "," }) ? "\"" + value + "\"" : value
    }
}
