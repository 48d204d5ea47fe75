/// Writes vCards (RFC 6350 for 4.0, RFC 2426 for 3.0): CRLF, lines folded at 75 octets, TEXT
/// escaped, one card per person.
struct VCardWriter {
    enum Version: String, Sendable {
        case v3 = "3.0"
        case v4 = "4.0"
    }

    let version: Version
    private var lines: [String] = []

    init(version: Version) { self.version = version }

    /// TYPE values address books know; any other label is written Apple's way, as an item
    /// group with `X-ABLabel`, which Apple and Google both read back.
    static let standardTypes: Set<String> = ["home", "work", "cell", "mobile", "fax", "pager", "voice", "text", "video",
                                             "main", "iphone", "other", "internet"]
    private var items = 0

    mutating func card(_ person: Person, uid: String, emails: [Email], phones: [Phone], links: [Link], tags: [String],
                       kept: [PersonProperty] = []) {
        items = kept.compactMap { property in
            property.name.split(separator: ".").first.flatMap { $0.lowercased().hasPrefix("item") ? Int($0.dropFirst(4)) : nil }
        }.max() ?? 0
        lines.append("BEGIN:VCARD")
        lines.append("VERSION:" + version.rawValue)
        text("FN", person.name)
        // N: family name; given names. A name's last word is taken as the family name, which is
        // what address books expect when nothing better is known.
        let words = person.name.split(separator: " ").map(String.init)
        let family = words.count > 1 ? words[words.count - 1] : person.name
        let given = words.count > 1 ? words.dropLast().joined(separator: " ") : ""
        lines.append("N:" + [family, given, "", "", ""].map(ContentLine.escape).joined(separator: ";"))
        if let organization = person.organization { text("ORG", organization) }
        if let title = person.title { text("TITLE", title) }
        for email in emails { address("EMAIL", email.value, label: email.label, primary: email.isPrimary) }
        for phone in phones { address("TEL", phone.value, label: phone.label, primary: phone.isPrimary) }
        for link in links { address("URL", link.value, label: link.label, primary: link.isPrimary, escaped: false) }
        if let location = person.location, !kept.contains(where: { $0.name.hasSuffix("ADR") }) {
            // ADR: post office box; extended; street; locality; region; code; country.
            lines.append("ADR:;;;" + ContentLine.escape(location) + ";;;")
        }
        if let birthday = person.birthday {
            let year = birthday.year.map { Day.padded($0, 4) }
            let monthDay = birthday.monthDay
            // 4.0 writes 19900517 or, without a year, --0517; 3.0 writes 1990-05-17 and has no
            // form without a year, so the year 1604 that Apple and Google use for "unknown" stands in.
            let value = version == .v4
                ? (year ?? "--") + monthDay.replacingOccurrences(of: "-", with: "")
                : (year ?? "1604") + "-" + monthDay
            lines.append("BDAY:" + value)
        }
        if !tags.isEmpty { lines.append("CATEGORIES:" + tags.map(ContentLine.escape).joined(separator: ",")) }
        if let notes = person.notes { text("NOTE", notes) }
        // What an import brought that Kith does not model goes back as it came.
        for property in kept {
            lines.append(property.name + (property.parameters.map { ";" + $0 } ?? "") + ":" + property.value)
        }
        lines.append("UID:" + uid)
        lines.append("REV:" + person.updatedAt.basic)
        lines.append("END:VCARD")
    }

    func render() -> String { lines.map { ContentLine.fold($0) + "\r\n" }.joined() }

    private mutating func text(_ name: String, _ value: String) { lines.append(name + ":" + ContentLine.escape(value)) }

    /// `EMAIL;TYPE=work,pref:…` (4.0 uses PREF=1 for the preferred one); a label address books do
    /// not know becomes `itemN.EMAIL:…` with `itemN.X-ABLabel:label`.
    private mutating func address(_ name: String, _ value: String, label: String?, primary: Bool, escaped: Bool = true) {
        var types: [String] = []
        var custom: String?
        if let label, !label.isEmpty {
            if Self.standardTypes.contains(label.lowercased()) { types.append(label.lowercased()) } else { custom = label }
        }
        if primary && version == .v3 { types.append("pref") }
        var parameters = types.isEmpty ? "" : ";TYPE=" + types.joined(separator: ",")
        if primary && version == .v4 { parameters += ";PREF=1" }
        let written = escaped ? ContentLine.escape(value) : value
        guard let custom else { return lines.append(name + parameters + ":" + written) }
        items += 1
        lines.append("item\(items).\(name)\(parameters):\(written)")
        lines.append("item\(items).X-ABLabel:" + ContentLine.escape(custom))
    }
}
