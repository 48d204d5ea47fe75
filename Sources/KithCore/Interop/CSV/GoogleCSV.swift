import Foundation

/// Reads Google Contacts' CSV export, in its current layout ("First Name", "E-mail 1 - Label",
/// "Labels") and the legacy one ("Given Name", "E-mail 1 - Type", "Group Membership"), with or
/// without email columns: columns by header name, numbered groups of any count, ` ::: `
/// between several values in one cell, labels as tags (not Google's own `* myContacts`,
/// `* starred`), notes over several lines, birthdays without a year. What Kith has no field for
/// is kept as the vCard properties Google itself would write: the name in its parts, full
/// addresses, the department, relations, messaging handles, dates, the photo.
enum GoogleCSV {
    static func recognizes(_ text: String) -> Bool {
        let head = text.prefix(8192).lowercased()
        return (head.contains("given name") || head.contains("first name"))
            && (head.contains("e-mail 1 - value") || head.contains("phone 1 - value"))
    }

    static func contacts(_ text: String, file: String) throws -> (records: [Result<ImportedContact, MalformedRecord>], hidden: Int) {
        let isHeader = { (names: [String]) in names.contains("given name") || names.contains("first name") || names.contains("name") }
        guard let table = try CSVTable(text, isHeader: isHeader) else {
            throw KithError.invalid("\(file), line 1: no header with First Name or Given Name; is this a Google Contacts CSV?")
        }
        let groups = numberedGroups(table.columns)
        let records = table.rows.map { row in
            Result { () throws(MalformedRecord) in try GoogleRow(row: row, groups: groups).contact() }
        }
        return (records + (table.unterminated.map { [.failure($0)] } ?? []), 0)
    }

    /// "E-mail 3 - Value" and the like, however many there are: the numbers of each kind.
    private static func numberedGroups(_ columns: [String: Int]) -> [String: [Int]] {
        var groups: [String: [Int]] = [:]
        for name in columns.keys {
            let parts = name.components(separatedBy: " - ")
            guard parts.count == 2, let last = parts[0].split(separator: " ").last, let number = Int(last) else { continue }
            let kind = String(parts[0].dropLast(last.count + 1))
            if !(groups[kind]?.contains(number) ?? false) { groups[kind, default: []].append(number) }
        }
        return groups.mapValues { $0.sorted() }
    }
}

/// One row of a Google Contacts export.
private struct GoogleRow {
    let row: CSVTable.Row
    let groups: [String: [Int]]

    func field(_ names: String...) -> String? {
        for name in names { if let value = row.field(name) { return value } }
        return nil
    }

    /// The values of a cell, split where Google joins several with ` ::: `.
    func values(_ text: String?) -> [String] {
        (text ?? "").components(separatedBy: ":::").map { $0.trimmingBlanks() }.filter { !$0.isEmpty }
    }

    /// The label of a numbered item, "E-mail 1 - Label" (or legacy "- Type"), without Google's "* ".
    func label(_ kind: String, _ number: Int) -> String? {
        field("\(kind) \(number) - label", "\(kind) \(number) - type").map {
            $0.hasPrefix("* ") ? String($0.dropFirst(2)).lowercased() : $0
        }
    }

    /// Every value of a numbered group with its label.
    func numbered(_ kind: String) -> [ImportedContact.Address] {
        (groups[kind] ?? []).flatMap { number -> [ImportedContact.Address] in
            values(field("\(kind) \(number) - value")).map { .init(value: $0, label: label(kind, number)) }
        }
    }

    func contact() throws(MalformedRecord) -> ImportedContact {
        let (name, fallback) = try self.name()
        var contact = ImportedContact(line: row.line, name: name)
        contact.nameIsFallback = fallback
        contact.organization = field("organization name", "organization 1 - name")
        contact.title = field("organization title", "organization 1 - title")
        contact.notes = field("notes")
        contact.emails = numbered("e-mail")
        contact.phones = numbered("phone")
        contact.links = numbered("website")
        let city = (groups["address"] ?? []).lazy.compactMap { field("address \($0) - city") }.first
        let country = (groups["address"] ?? []).lazy.compactMap { field("address \($0) - country") }.first
        let place = [city, country].compactMap { $0 }
        contact.location = place.isEmpty ? field("location") : place.joined(separator: ", ")
        if let birthday = field("birthday") {
            guard let parsed = VCardContact.birthday(birthday) else {
                throw MalformedRecord(line: row.line, reason: "'\(birthday)' is not a birthday")
            }
            contact.birthday = parsed
        }
        // Google's own groups start with "* " (myContacts, starred): they are not the user's tags.
        contact.tags = values(field("labels", "group membership")).filter { !$0.hasPrefix("* ") }
        contact.related = numbered("relation").map { ($0.value, $0.label) }
        contact.identities = numbered("im").compactMap { AddressKey.instantMessaging(instantMessaging($0.value)) }
        contact.properties = kept()
        return contact
    }

    /// The name in its parts, else (as a stand-in) the nickname, organisation, email or phone.
    private func name() throws(MalformedRecord) -> (String, fallback: Bool) {
        let parts = [field("name prefix"), field("first name", "given name"), field("middle name", "additional name"),
                     field("last name", "family name"), field("name suffix")].compactMap { $0 }
        if let name = field("name") ?? (parts.isEmpty ? nil : parts.joined(separator: " ")) { return (name, false) }
        let standIns = [field("nickname"), field("organization name", "organization 1 - name"),
                        numbered("e-mail").first?.value, numbered("phone").first?.value]
        guard let standIn = standIns.compactMap({ $0 }).first else {
            throw MalformedRecord(line: row.line, reason: "a contact with no name, nickname, organisation, email or phone")
        }
        return (standIn, true)
    }

    /// `skype:ana.silva` from a handle and its service column.
    private func instantMessaging(_ value: String) -> String {
        value.contains(":") ? value : (field("im 1 - service")?.lowercased() ?? "im") + ":" + value
    }

    /// The vCard properties Google writes for what Kith has no field for, in their lasting form.
    private func kept() -> [(name: String, parameters: String?, value: String)] {
        var kept: [(name: String, parameters: String?, value: String)] = []
        let structuredName = [field("last name", "family name"), field("first name", "given name"),
                              field("middle name", "additional name"), field("name prefix"), field("name suffix")]
        if structuredName.contains(where: { $0 != nil }),
           structuredName.map({ $0 ?? "" }) != VCardWriter.derivedName((try? name().0) ?? "") {
            kept.append(("N", nil, structuredName.map { ContentLine.escape($0 ?? "") }.joined(separator: ";")))
        }
        if let nickname = field("nickname") { kept.append(("NICKNAME", nil, ContentLine.escape(nickname))) }
        if let organization = field("organization name", "organization 1 - name"),
           let department = field("organization department", "organization 1 - department") {
            kept.append(("ORG", nil, ContentLine.escape(organization) + ";" + ContentLine.escape(department)))
        }
        kept += addresses()
        var item = 0
        for (kind, property) in [("relation", "X-ABRELATEDNAMES"), ("event", "X-ABDATE")] {
            for entry in numbered(kind) {
                item += 1
                kept.append(("item\(item).\(property)", nil, ContentLine.escape(entry.value)))
                if let label = entry.label { kept.append(("item\(item).X-ABLabel", nil, ContentLine.escape(label))) }
            }
        }
        for handle in numbered("im") {
            let service = field("im 1 - service")
            kept.append(("IMPP", service.map { "X-SERVICE-TYPE=\($0)" }, instantMessaging(handle.value)))
        }
        if let photo = field("photo"), photo.hasPrefix("http") { kept.append(("PHOTO", nil, photo)) }
        return kept
    }

    /// Each address in full as ADR (box; extended; street; city; region; code; country).
    private func addresses() -> [(name: String, parameters: String?, value: String)] {
        (groups["address"] ?? []).compactMap { number in
            let parts = ["po box", "extended address", "street", "city", "region", "postal code", "country"]
                .map { field("address \(number) - \($0)") }
            guard parts.contains(where: { $0 != nil }) else { return nil }
            let type = label("address", number).map { "TYPE=\($0.lowercased())" }
            return ("ADR", type, parts.map { ContentLine.escape($0 ?? "") }.joined(separator: ";"))
        }
    }
}
