/// Turns a vCard into an `ImportedContact`: the properties Kith models become fields,
/// addresses keep their labels (TYPE, or Apple's and Google's `itemN.X-ABLabel`), and every
/// other property is kept as written.
enum VCardContact {
    /// Properties whose meaning becomes fields; all others are kept verbatim.
    static let modelled: Set<String> = [
        "VERSION", "FN", "N", "ORG", "TITLE", "EMAIL", "TEL", "URL", "NOTE", "CATEGORIES", "BDAY", "UID", "ADR",
        "X-ABLABEL", "X-ABRELATEDNAMES", "RELATED", "PRODID", "REV",
    ]
    /// TYPE values that say nothing a label should repeat.
    static let plainTypes: Set<String> = ["PREF", "INTERNET", "VOICE", "X400", "QUOTED-PRINTABLE", "CHARSET", "ENCODING"]

    static func contact(_ card: VCardParser.Card) throws -> ImportedContact {
        let reading = CardReading(card)
        var contact = ImportedContact(line: card.line, name: try reading.name())
        reading.readDetails(into: &contact)
        reading.readAddresses(into: &contact)
        contact.properties = reading.keptProperties()
        return contact
    }

    /// Apple writes custom labels as `_$!<Home>!$_`.
    static func cleanLabel(_ text: String) -> String {
        var label = text
        if label.hasPrefix("_$!<") && label.hasSuffix(">!$_") { label = String(label.dropFirst(4).dropLast(4)) }
        return label.lowercased()
    }

    /// `1990-05-17`, `19900517`, `--0517`, `--05-17`, and 1604 or 0000 for "no year" (Apple,
    /// Google).
    static func birthday(_ text: String) -> Birthday? {
        let value = String(text.prefix { $0 != "T" })
        let digits = value.filter(\.isNumber)
        if value.hasPrefix("--"), digits.count == 4 {
            return Birthday("--\(digits.prefix(2))-\(digits.suffix(2))")
        }
        guard digits.count == 8, let year = Int(digits.prefix(4)), let month = Int(digits.dropFirst(4).prefix(2)),
              let day = Int(digits.suffix(2))
        else { return nil }
        return Birthday(year: year == 1604 || year == 0 ? nil : year, month: month, day: day)
    }
}

/// One card being read: its properties, and the labels Apple and Google put beside them.
private struct CardReading {
    let card: VCardParser.Card
    let properties: [VCardProperty]
    /// `itemN` → label, from `itemN.X-ABLabel`.
    let labels: [String: String]

    init(_ card: VCardParser.Card) {
        self.card = card
        properties = card.properties
        var labels: [String: String] = [:]
        for property in properties where property.name == "X-ABLABEL" {
            if let group = property.group { labels[group] = VCardContact.cleanLabel(property.text) }
        }
        self.labels = labels
    }

    func first(_ name: String) -> VCardProperty? { properties.first { $0.name == name } }

    func all(_ name: String) -> [VCardProperty] { properties.filter { $0.name == name } }

    func label(_ property: VCardProperty) -> String? {
        if let group = property.group, let label = labels[group] { return label }
        return property.parameter("TYPE").map { $0.lowercased() }
            .first { !VCardContact.plainTypes.contains($0.uppercased()) && !$0.isEmpty }
    }

    /// FN, else N composed (prefix, given, additional, family, suffix), else ORG or EMAIL.
    func name() throws -> String {
        let formatted = first("FN")?.text.trimmingCharacters(in: .whitespaces) ?? ""
        let structured = first("N")?.components ?? []
        func part(_ index: Int) -> String { structured.count > index ? structured[index] : "" }
        // N: family; given; additional; prefixes; suffixes.
        let composed = [part(3), part(1), part(2), part(0), part(4)]
            .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }.joined(separator: " ")
        let organization = first("ORG")?.components.first ?? ""
        let email = first("EMAIL")?.text ?? ""
        guard let name = [formatted, composed, organization, email].first(where: { !$0.isEmpty }) else {
            throw VCardParser.Malformed(line: card.line, reason: "a card with no name (no FN, N, ORG or EMAIL)")
        }
        return name
    }

    /// Organisation, title, notes, place, birthday, tags and UID.
    func readDetails(into contact: inout ImportedContact) {
        contact.organization = first("ORG")?.components.first.flatMap { $0.isEmpty ? nil : $0 }
        contact.title = first("TITLE")?.text
        let notes = all("NOTE").map(\.text).filter { !$0.isEmpty }
        contact.notes = notes.isEmpty ? nil : notes.joined(separator: "\n")
        if let address = first("ADR")?.components {
            // ADR: box; extended; street; locality; region; code; country.
            let place = [3, 4, 6].compactMap { address.count > $0 ? address[$0] : nil }.filter { !$0.isEmpty }
            if !place.isEmpty { contact.location = place.joined(separator: ", ") }
        }
        contact.birthday = first("BDAY").flatMap { VCardContact.birthday($0.text) }
        contact.tags = all("CATEGORIES").flatMap(\.list)
        contact.externalID = first("UID")?.text
    }

    /// Emails, phones and links with their labels, and the people it names as related.
    func readAddresses(into contact: inout ImportedContact) {
        contact.emails = all("EMAIL").map { .init(value: $0.text, label: label($0)) }.filter { !$0.value.isEmpty }
        contact.phones = all("TEL").map { .init(value: $0.text.replacingOccurrences(of: "tel:", with: ""), label: label($0)) }
            .filter { !$0.value.isEmpty }
        contact.links = all("URL").map { .init(value: $0.text, label: label($0)) }.filter { !$0.value.isEmpty }
        for property in properties where property.name == "RELATED" || property.name == "X-ABRELATEDNAMES" {
            let value = property.text.replacingOccurrences(of: "urn:uuid:", with: "")
            if !value.isEmpty { contact.related.append((value, label(property))) }
        }
    }

    /// Every property Kith does not model, as written; labels of addresses are on the addresses
    /// now, labels of anything else stay with it. ADR and related names are read into fields
    /// and ties, and kept whole for the export.
    func keptProperties() -> [(name: String, parameters: String?, value: String)] {
        let consumed = Set(properties.filter { ["EMAIL", "TEL", "URL", "RELATED", "X-ABRELATEDNAMES"].contains($0.name) }
            .compactMap(\.group))
        return properties.compactMap { property in
            let kept = property.name == "X-ABLABEL"
                ? !consumed.contains(property.group ?? "") || ["RELATED", "X-ABRELATEDNAMES"].contains(
                    properties.first { $0.group == property.group && $0.name != "X-ABLABEL" }?.name ?? "")
                : ["ADR", "RELATED", "X-ABRELATEDNAMES"].contains(property.name) || !VCardContact.modelled.contains(property.name)
            guard kept else { return nil }
            // Quoted-printable and charsets were decoded: what is kept is plain text.
            let transport = ["ENCODING", "CHARSET"]
            let decoded = property.parameters.contains {
                transport.contains($0.name) || $0.values.first?.uppercased() == "QUOTED-PRINTABLE"
            }
            let parameters = decoded
                ? property.parameters.filter { !transport.contains($0.name) && $0.values.first?.uppercased() != "QUOTED-PRINTABLE" }
                    .map { "\($0.name)=\($0.values.joined(separator: ","))" }.joined(separator: ";")
                : property.rawParameters
            return ((property.group.map { $0 + "." } ?? "") + property.writtenName, parameters.isEmpty ? nil : parameters,
                    property.rawValue)
        }
    }
}
