import Foundation

/// Reads Google Contacts' CSV export, in its current layout ("First Name", "E-mail 1 - Label",
/// "Labels") and the legacy one ("Given Name", "E-mail 1 - Type", "Group Membership"): columns
/// by header name, numbered groups of any count, ` ::: ` between several values in one cell,
/// labels as tags, notes over several lines, birthdays without a year.
enum GoogleCSV {
    static func recognizes(_ text: String) -> Bool {
        let head = text.prefix(8192).lowercased()
        return (head.contains("given name") || head.contains("first name")) && head.contains("e-mail 1 - value")
    }

    static func contacts(_ text: String) throws -> (contacts: [ImportedContact], problems: [VCardParser.Malformed]) {
        let isHeader = { (names: [String]) in names.contains("given name") || names.contains("first name") || names.contains("name") }
        guard let table = try CSVTable(text, isHeader: isHeader) else {
            throw KithError.invalid("no header with First Name or Given Name; is this a Google Contacts CSV?")
        }
        let groups = numberedGroups(table.columns)
        var contacts: [ImportedContact] = []
        var problems: [VCardParser.Malformed] = []
        for row in table.rows {
            do {
                contacts.append(try GoogleRow(row: row, groups: groups).contact())
            } catch let problem as VCardParser.Malformed {
                problems.append(problem)
            }
        }
        return (contacts, problems)
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
        (text ?? "").components(separatedBy: ":::").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    /// Every value of a numbered group with its label: "E-mail 1 - Label" (or "- Type") and "- Value".
    func numbered(_ kind: String) -> [ImportedContact.Address] {
        (groups[kind] ?? []).flatMap { number -> [ImportedContact.Address] in
            let label = field("\(kind) \(number) - label", "\(kind) \(number) - type")
                .map { $0.replacingOccurrences(of: "* ", with: "").lowercased() }
            return values(field("\(kind) \(number) - value")).map { .init(value: $0, label: label) }
        }
    }

    func contact() throws -> ImportedContact {
        let parts = [field("first name", "given name"), field("middle name", "additional name"),
                     field("last name", "family name")].compactMap { $0 }
        let organization = field("organization name", "organization 1 - name")
        let emails = numbered("e-mail")
        guard let name = field("name") ?? (parts.isEmpty ? nil : parts.joined(separator: " ")) ?? organization ?? emails.first?.value
        else { throw VCardParser.Malformed(line: row.line, reason: "a contact with no name, organisation or email") }
        var contact = ImportedContact(line: row.line, name: name)
        contact.organization = organization
        contact.title = field("organization title", "organization 1 - title")
        contact.notes = field("notes")
        contact.emails = emails
        contact.phones = numbered("phone")
        contact.links = numbered("website")
        let city = (groups["address"] ?? []).lazy.compactMap { field("address \($0) - city") }.first
        let country = (groups["address"] ?? []).lazy.compactMap { field("address \($0) - country") }.first
        let place = [city, country].compactMap { $0 }
        contact.location = place.isEmpty ? field("location") : place.joined(separator: ", ")
        if let birthday = field("birthday") {
            guard let parsed = VCardContact.birthday(birthday) else {
                throw VCardParser.Malformed(line: row.line, reason: "'\(birthday)' is not a birthday")
            }
            contact.birthday = parsed
        }
        contact.tags = values(field("labels", "group membership")).map { $0.hasPrefix("* ") ? String($0.dropFirst(2)) : $0 }
        contact.related = numbered("relation").map { ($0.value, $0.label) }
        if let nickname = field("nickname") { contact.properties.append(("NICKNAME", nil, ContentLine.escape(nickname))) }
        return contact
    }
}
