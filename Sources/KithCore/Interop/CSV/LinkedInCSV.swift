import Foundation

/// Reads LinkedIn's `Connections.csv`: the notes LinkedIn puts before the header, a byte-order
/// mark, columns found by their header names (so a new column order does not break it),
/// quoted commas, and "Connected On" dates kept as when the tie began.
enum LinkedInCSV {
    /// Whether `text` looks like a LinkedIn connections export.
    static func recognizes(_ text: String) -> Bool {
        let head = text.prefix(4096).lowercased()
        return head.contains("first name") && head.contains("last name") && head.contains("connected on")
    }

    static func contacts(_ text: String) throws -> (contacts: [ImportedContact], problems: [VCardParser.Malformed]) {
        guard let table = try CSVTable(text, isHeader: { $0.contains("first name") && $0.contains("last name") }) else {
            throw KithError.invalid("no header with First Name and Last Name; is this LinkedIn's Connections.csv?")
        }
        var contacts: [ImportedContact] = []
        var problems: [VCardParser.Malformed] = []
        for row in table.rows {
            let name = [row.field("first name"), row.field("last name")].compactMap { $0 }.joined(separator: " ")
            guard !name.isEmpty else {
                problems.append(.init(line: row.line, reason: "a connection with no name"))
                continue
            }
            var contact = ImportedContact(line: row.line, name: name)
            contact.organization = row.field("company")
            contact.title = row.field("position")
            if let url = row.field("url", "profile url") {
                contact.links = [.init(value: url, label: "linkedin")]
                contact.externalID = AddressKey.link(url)
            }
            if let email = row.field("email address", "email") { contact.emails = [.init(value: email, label: nil)] }
            if let connected = row.field("connected on") {
                guard let day = date(connected) else {
                    problems.append(.init(line: row.line, reason: "'\(connected)' is not a date (Connected On)"))
                    continue
                }
                contact.connectedOn = day
            }
            contacts.append(contact)
        }
        return (contacts, problems)
    }

    /// `12 Mar 2024` (LinkedIn's form), or `2024-03-12`.
    static func date(_ text: String) -> Day? {
        if let day = Day(iso: text) { return day }
        let parts = text.split(separator: " ")
        let months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
        guard parts.count == 3, let day = Int(parts[0]), let year = Int(parts[2]),
              let month = months.firstIndex(of: String(parts[1].prefix(3)).lowercased()) else { return nil }
        return Day(year: year, month: month + 1, day: day)
    }
}
