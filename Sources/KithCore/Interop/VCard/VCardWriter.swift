/// Writes vCards (RFC 6350 for 4.0, RFC 2426 for 3.0): CRLF, lines folded at 75 octets, TEXT
/// escaped, one card per person, and what an import kept given back valid for the version.
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
    static let standardTypes: Set<String> = [
        "home", "work", "cell", "mobile", "fax", "pager", "voice", "text", "video", "main", "iphone", "other", "internet",
        "car", "isdn", "msg", "bbs", "modem", "pcs", "textphone", "x-mobile",
    ]
    private var items = 0

    mutating func card(_ person: Person, uid: String, emails: [Email], phones: [Phone], links: [Link], tags: [String],
                       kept: [PersonProperty] = [], needs: [NeedOffer] = [], revision: Bool = true) {
        items = kept.compactMap { property in
            KeptProperty.split(property.name).group.flatMap { $0.lowercased().hasPrefix("item") ? Int($0.dropFirst(4)) : nil }
        }.max() ?? 0
        lines.append("BEGIN:VCARD")
        lines.append("VERSION:" + version.rawValue)
        text("FN", person.name)
        let (name, organization) = structured(person, kept: kept)
        lines.append(name)
        if let organization { lines.append(organization) }
        if let title = person.title { text("TITLE", title) }
        for email in emails { address("EMAIL", email.value, label: email.label, primary: email.isPrimary) }
        for phone in phones { address("TEL", phone.value, label: phone.label, primary: phone.isPrimary) }
        for link in links { address("URL", link.value, label: link.label, primary: link.isPrimary, escaped: false) }
        if let location = person.location, !kept.contains(where: { KeptProperty.split($0.name).name.uppercased() == "ADR" }) {
            lines.append("ADR:" + Self.derivedAddress(location).map(ContentLine.escape).joined(separator: ";"))
        }
        if let birthday = person.birthday { lines.append("BDAY:" + self.birthday(birthday)) }
        if !tags.isEmpty { lines.append("CATEGORIES:" + tags.map(ContentLine.escape).joined(separator: ",")) }
        if let notes = person.notes { text("NOTE", notes) }
        // Open needs and offers, as Kith's own extension properties (RFC 6350 § 6.10), with the
        // day they were said: address books keep what they do not know.
        for need in needs {
            text("X-KITH-\(need.kind.rawValue.uppercased());X-SAID=\(need.saidOn)", need.what)
        }
        // What an import brought that Kith does not model goes back as it came.
        for property in kept where !["N", "ORG"].contains(KeptProperty.split(property.name).name.uppercased()) {
            lines.append(KeptProperty.line(property, version: version))
        }
        lines.append("UID:" + uid)
        if revision { lines.append("REV:" + person.updatedAt.basic) }
        lines.append("END:VCARD")
    }

    func render() -> String { lines.map { ContentLine.fold($0) + "\r\n" }.joined() }

    /// What `render` gives, hashed without folding the lines: to compare with a rendering before.
    func hash() -> String { ContentHash.of(lines.joined(separator: "\n")) }

    /// N and ORG: as the card that brought them had them, in their parts, while they still fit
    /// the name and organisation Kith holds; else made from those.
    private func structured(_ person: Person, kept: [PersonProperty]) -> (name: String, organization: String?) {
        func keptLine(_ name: String, fits: ([String]) -> Bool) -> String? {
            kept.first { KeptProperty.split($0.name).name.uppercased() == name }.flatMap { property in
                let components = VCardProperty.split(property.value, on: ";", escapes: true).map { VCardProperty.unescape($0) }
                return fits(components) ? KeptProperty.line(property, version: version) : nil
            }
        }
        let name = keptLine("N") { parts in
            NameMatch.agree([3, 1, 2, 0, 4].compactMap { parts.count > $0 ? parts[$0] : nil }.joined(separator: " "), person.name)
        } ?? "N:" + Self.derivedName(person.name).map(ContentLine.escape).joined(separator: ";")
        let organization = person.organization.map { organization in
            keptLine("ORG") { $0.first?.lowercased() == organization.lowercased() } ?? "ORG:" + ContentLine.escape(organization)
        }
        return (name, organization)
    }

    /// N from a full name alone: its last word as the family name, the rest as given names,
    /// which is what address books expect when nothing better is known.
    /// The ADR a place alone gives: the place as the locality (post office box; extended;
    /// street; locality; region; code; country).
    static func derivedAddress(_ location: String) -> [String] { ["", "", "", location, "", "", ""] }

    static func derivedName(_ name: String) -> [String] {
        let words = name.split(separator: " ").map(String.init)
        let family = words.count > 1 ? words[words.count - 1] : name
        let given = words.count > 1 ? words.dropLast().joined(separator: " ") : ""
        return [family, given, "", "", ""]
    }

    /// 4.0 writes 19900517 or, without a year, --0517; 3.0 writes 1990-05-17 or --05-17, ISO
    /// 8601's form without a year, as Google writes it and khard reads it (the year 1604 that
    /// Apple uses instead reads as a year to every other program).
    private func birthday(_ birthday: Birthday) -> String {
        let year = birthday.year.map { Day.padded($0, 4) }
        return version == .v4 ? (year ?? "--") + birthday.monthDay.replacingOccurrences(of: "-", with: "")
            : (year ?? "-") + "-" + birthday.monthDay
    }

    private mutating func text(_ name: String, _ value: String) { lines.append(name + ":" + ContentLine.escape(value)) }

    /// `EMAIL;TYPE=work,pref:…` (4.0 uses PREF=1 for the preferred one); a label address books do
    /// not know becomes `itemN.EMAIL:…` with `itemN.X-ABLabel:label`, its case kept.
    private mutating func address(_ name: String, _ value: String, label: String?, primary: Bool, escaped: Bool = true) {
        var types: [String] = []
        var custom: String?
        if let label, !label.isEmpty {
            let parts = label.split(separator: ",").map { $0.trimmingBlanks() }
            if parts.allSatisfy({ Self.standardTypes.contains($0.lowercased()) }) { types = parts.map { $0.lowercased() } }
            else { custom = label }
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
