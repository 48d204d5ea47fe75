/// Turns a vCard into an `ImportedContact`: the properties Kith models become fields,
/// addresses keep their labels (TYPE, or Apple's and Google's `itemN.X-ABLabel`), and every
/// other property is kept (`KeptProperty`) so that an export gives it back.
enum VCardContact {
    /// Properties read into fields and not kept: everything they say is in the fields.
    static let modelled: Set<String> = [
        "VERSION", "FN", "EMAIL", "TEL", "URL", "NOTE", "CATEGORIES", "UID", "X-ABLABEL", "PRODID", "REV", "TITLE",
        "X-KITH-NEED", "X-KITH-OFFER",
    ]
    /// TYPE values that say nothing a label should repeat.
    static let plainTypes: Set<String> = ["PREF", "INTERNET", "X400"]

    static func contact(_ card: VCardParser.Card) throws(MalformedRecord) -> ImportedContact {
        let reading = CardReading(card)
        let (name, fallback) = try reading.name()
        var contact = ImportedContact(line: card.line, name: name)
        contact.nameIsFallback = fallback
        reading.readDetails(into: &contact)
        reading.readAddresses(into: &contact)
        contact.properties = reading.keptProperties(of: contact)
        contact.identities = reading.identities()
        return contact
    }

    /// Apple writes its own labels as `_$!<Home>!$_`: those are types, in lower case; a label
    /// the user typed keeps its case.
    static func cleanLabel(_ text: String) -> String {
        if text.hasPrefix("_$!<") && text.hasSuffix(">!$_") { return String(text.dropFirst(4).dropLast(4)).lowercased() }
        return text
    }

    /// `1990-05-17`, `19900517`, `--0517`, `--05-17`, and 1604 or 0000 for "no year" (Apple,
    /// Google).
    static func birthday(_ text: String) -> Birthday? {
        let value = String(text.trimmingBlanks().prefix { $0 != "T" })
        let digits = value.filter(\.isNumber)
        guard value.allSatisfy({ $0.isNumber || $0 == "-" }) else { return nil }
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

    /// The label (TYPE values, or the group's X-ABLabel) and whether it is the preferred one.
    func label(_ property: VCardProperty) -> (label: String?, preferred: Bool) {
        let types = property.parameter("TYPE").flatMap { $0.split(separator: ",").map(String.init) }
        let preferred = types.contains { $0.uppercased() == "PREF" } || property.parameter("PREF").contains { !$0.isEmpty }
        if let group = property.group, let label = labels[group] { return (label, preferred) }
        var kept = types.map { $0.lowercased() }.filter { !VCardContact.plainTypes.contains($0.uppercased()) && !$0.isEmpty }
        // A telephone is a voice line unless it says otherwise: "voice" beside "cell" adds nothing.
        if property.name == "TEL", kept.count > 1 { kept.removeAll { $0 == "voice" } }
        if property.name == "TEL", kept == ["voice"] { kept = [] }
        return (kept.isEmpty ? nil : kept.joined(separator: ","), preferred)
    }

    /// FN, else N composed (prefix, given, additional, family, suffix); else, marked as a stand-in,
    /// the nickname, organisation, email or phone.
    func name() throws(MalformedRecord) -> (String, fallback: Bool) {
        let formatted = Self.oneLine(first("FN")?.text ?? "")
        if !formatted.isEmpty { return (formatted, false) }
        let structured = first("N")?.components ?? []
        func part(_ index: Int) -> String { structured.count > index ? structured[index] : "" }
        // N: family; given; additional; prefixes; suffixes.
        let composed = Self.oneLine([part(3), part(1), part(2), part(0), part(4)].joined(separator: " "))
        if !composed.isEmpty { return (composed, false) }
        let standIns = [first("NICKNAME")?.list.first, first("ORG")?.components.first, first("EMAIL")?.text,
                        first("TEL")?.text.droppingPrefix("tel:")]
        guard let standIn = standIns.compactMap({ $0.map(Self.oneLine) }).first(where: { !$0.isEmpty }) else {
            throw VCardParser.Malformed(line: card.line, reason: "a card with no name (no FN, N, nickname, ORG, EMAIL or TEL)")
        }
        return (standIn, true)
    }

    /// Whitespace and line breaks inside a name become single spaces.
    static func oneLine(_ text: String) -> String {
        text.split(whereSeparator: { $0.isWhitespace || $0.isNewline }).joined(separator: " ")
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
        contact.externalID = first("UID")?.text.trimmingBlanks()
        for kind in NeedKind.allCases {
            for property in all("X-KITH-\(kind.rawValue.uppercased())") where !property.text.trimmingBlanks().isEmpty {
                contact.needs.append((kind, property.text, property.parameter("X-SAID").first.flatMap { Day(iso: $0) }))
            }
        }
    }

    /// Emails, phones and links with their labels, and the people it names as related.
    func readAddresses(into contact: inout ImportedContact) {
        func addresses(_ name: String, _ value: (VCardProperty) -> String) -> [ImportedContact.Address] {
            all(name).map { property in
                let (label, preferred) = label(property)
                return .init(value: value(property).trimmingBlanks(), label: label, preferred: preferred)
            }.filter { !$0.value.isEmpty }
        }
        contact.emails = addresses("EMAIL") { $0.text.trimmingBlanks().droppingPrefix("mailto:") }
        contact.phones = addresses("TEL") { $0.text.trimmingBlanks().droppingPrefix("tel:") }
        contact.links = addresses("URL") { $0.text }
        for property in properties where property.name == "RELATED" || property.name == "X-ABRELATEDNAMES" {
            let value = property.text.trimmingBlanks().droppingPrefix("urn:uuid:")
            if !value.isEmpty { contact.related.append((value, label(property).label)) }
        }
    }

    /// The profiles a card names besides its URLs: Apple's social profiles and instant
    /// messaging handles, as the keys a person is recognised by.
    func identities() -> [String] {
        properties.compactMap { property in
            switch property.name {
            case "X-SOCIALPROFILE": AddressKey.socialProfile(property.text, service: property.parameter("TYPE").first,
                                                           user: property.parameter("X-USER").first)
            case "IMPP": AddressKey.instantMessaging(property.text)
            default: nil
            }
        }
    }

    /// Every property Kith does not model, in its lasting form (`KeptProperty`): N in its parts,
    /// ORG with its units, ADR unless it is only the place, photos, a birthday Kith cannot read,
    /// and anything else. Labels of addresses are on the addresses now; labels of anything else
    /// stay with it.
    func keptProperties(of contact: ImportedContact) -> [(name: String, parameters: String?, value: String)] {
        let consumed = Set(properties.filter { ["EMAIL", "TEL", "URL"].contains($0.name) }.compactMap(\.group))
        return properties.compactMap { property in
            let kept: Bool = switch property.name {
            case "X-ABLABEL": !consumed.contains(property.group ?? "")
            // N says more than the name only when it is not what the name alone would give.
            case "N": property.components != VCardWriter.derivedName(contact.name)
            // Likewise an ADR that is only the place, as Kith writes one.
            case "ADR": property.group != nil || !property.rawParameters.isEmpty
                || property.components != contact.location.map(VCardWriter.derivedAddress)
            case "ORG": property.components.dropFirst().contains { !$0.isEmpty }
            case "BDAY": contact.birthday == nil
            default: !VCardContact.modelled.contains(property.name)
            }
            return kept ? KeptProperty.lasting(property) : nil
        }
    }
}
