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

    /// The connections of the file, each read or the reason it cannot be, and how many rows are
    /// hidden connections (no name: accounts hidden or deleted, of which LinkedIn keeps a date).
    static func contacts(_ text: String, file: String) throws -> (records: [Result<ImportedContact, MalformedRecord>], hidden: Int) {
        guard let table = try CSVTable(text, isHeader: { $0.contains("first name") && $0.contains("last name") }) else {
            throw KithError.invalid("\(file), line 1: no header with First Name and Last Name; is this LinkedIn's Connections.csv?")
        }
        var records: [Result<ImportedContact, MalformedRecord>] = []
        var hidden = 0
        for row in table.rows {
            let name = [row.field("first name"), row.field("last name")].compactMap { $0 }.joined(separator: " ")
            guard !name.isEmpty else {
                hidden += 1
                continue
            }
            records.append(Result { () throws(MalformedRecord) in try contact(row, name: name) })
        }
        if let broken = table.unterminated { records.append(.failure(broken)) }
        return (records, hidden)
    }

    private static func contact(_ row: CSVTable.Row, name: String) throws(MalformedRecord) -> ImportedContact {
        var contact = ImportedContact(line: row.line, name: name)
        contact.organization = row.field("company")
        contact.title = row.field("position")
        if let url = row.field("url", "profile url") {
            contact.links = [.init(value: url, label: "LinkedIn")]
            contact.externalID = AddressKey.link(url)
        }
        if let email = row.field("email address", "email") { contact.emails = [.init(value: email, label: nil)] }
        if let connected = row.field("connected on") {
            guard let day = date(connected) else {
                throw MalformedRecord(line: row.line, reason: "'\(connected)' is not a date (Connected On)")
            }
            contact.connectedOn = day
        }
        return contact
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
