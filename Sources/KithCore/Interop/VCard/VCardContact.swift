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
        let properties = card.properties
        func first(_ name: String) -> VCardProperty? { properties.first { $0.name == name } }
        var labels: [String: String] = [:]
        for property in properties where property.name == "X-ABLABEL" {
            if let group = property.group { labels[group] = Self.cleanLabel(property.text) }
        }
        func label(_ property: VCardProperty) -> String? {
            if let group = property.group, let label = labels[group] { return label }
            return property.parameter("TYPE").map { $0.lowercased() }
                .first { !plainTypes.contains($0.uppercased()) && !$0.isEmpty }
        }

        let formatted = first("FN")?.text.trimmingCharacters(in: .whitespaces) ?? ""
        let structured = first("N")?.components ?? []
        // N: family; given; additional; prefixes; suffixes.
        let composed = [structured.count > 3 ? structured[3] : "", structured.count > 1 ? structured[1] : "",
                        structured.count > 2 ? structured[2] : "", structured.first ?? "",
                        structured.count > 4 ? structured[4] : ""]
            .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }.joined(separator: " ")
        let organization = first("ORG")?.components.first.flatMap { $0.isEmpty ? nil : $0 }
        let email = properties.first { $0.name == "EMAIL" }?.text
        guard let name = [formatted, composed, organization ?? "", email ?? ""].first(where: { !$0.isEmpty }) else {
            throw VCardParser.Malformed(line: card.line, reason: "a card with no name (no FN, N, ORG or EMAIL)")
        }
        var contact = ImportedContact(line: card.line, name: name)
        contact.organization = organization
        contact.title = first("TITLE")?.text
        contact.notes = properties.filter { $0.name == "NOTE" }.map(\.text).filter { !$0.isEmpty }.joined(separator: "\n")
        if contact.notes?.isEmpty == true { contact.notes = nil }
        if let address = first("ADR")?.components {
            // ADR: box; extended; street; locality; region; code; country.
            let place = [3, 4, 6].compactMap { address.count > $0 ? address[$0] : nil }.filter { !$0.isEmpty }
            if !place.isEmpty { contact.location = place.joined(separator: ", ") }
        }
        contact.birthday = first("BDAY").flatMap { birthday($0.text) }
        contact.emails = properties.filter { $0.name == "EMAIL" }.map { .init(value: $0.text, label: label($0)) }
            .filter { !$0.value.isEmpty }
        contact.phones = properties.filter { $0.name == "TEL" }
            .map { .init(value: $0.text.replacingOccurrences(of: "tel:", with: ""), label: label($0)) }
            .filter { !$0.value.isEmpty }
        contact.links = properties.filter { $0.name == "URL" }.map { .init(value: $0.text, label: label($0)) }
            .filter { !$0.value.isEmpty }
        contact.tags = properties.filter { $0.name == "CATEGORIES" }.flatMap(\.list)
        contact.externalID = first("UID")?.text
        for property in properties where property.name == "RELATED" || property.name == "X-ABRELATEDNAMES" {
            let value = property.text.replacingOccurrences(of: "urn:uuid:", with: "")
            if !value.isEmpty { contact.related.append((value, label(property))) }
        }
        // Labels of addresses are on the addresses now; labels of anything else stay with it.
        let consumed = Set(properties.filter { ["EMAIL", "TEL", "URL", "RELATED", "X-ABRELATEDNAMES"].contains($0.name) }
            .compactMap(\.group))
        for property in properties {
            // ADR and related names are read into fields and ties, and kept whole for the export.
            let kept = property.name == "X-ABLABEL"
                ? !consumed.contains(property.group ?? "") || ["RELATED", "X-ABRELATEDNAMES"].contains(
                    properties.first { $0.group == property.group && $0.name != "X-ABLABEL" }?.name ?? "")
                : ["ADR", "RELATED", "X-ABRELATEDNAMES"].contains(property.name) || !modelled.contains(property.name)
            guard kept else { continue }
            // Quoted-printable and charsets were decoded: what is kept is plain text.
            let transport = ["ENCODING", "CHARSET"]
            let decoded = property.parameters.contains { transport.contains($0.name) || $0.values.first?.uppercased() == "QUOTED-PRINTABLE" }
            let parameters = decoded
                ? property.parameters.filter { !transport.contains($0.name) && $0.values.first?.uppercased() != "QUOTED-PRINTABLE" }
                    .map { "\($0.name)=\($0.values.joined(separator: ","))" }.joined(separator: ";")
                : property.rawParameters
            contact.properties.append(((property.group.map { $0 + "." } ?? "") + property.writtenName,
                                       parameters.isEmpty ? nil : parameters, property.rawValue))
        }
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
