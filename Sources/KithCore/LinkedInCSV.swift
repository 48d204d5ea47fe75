import CSV
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
        let text = text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text
        let reader = try CSVReader(string: text, hasHeaderRow: false, trimFields: true)
        var columns: [String: Int] = [:]
        var line = 0
        var contacts: [ImportedContact] = []
        var problems: [VCardParser.Malformed] = []
        while let row = reader.next() {
            line += 1
            let rowLine = line
            line += row.reduce(0) { $0 + $1.filter { $0 == "\n" }.count }
            if columns.isEmpty {
                let names = row.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
                if names.contains("first name") && names.contains("last name") {
                    for (index, name) in names.enumerated() { columns[name] = index }
                }
                continue
            }
            func field(_ names: String...) -> String? {
                for name in names {
                    if let index = columns[name], index < row.count {
                        let value = row[index].trimmingCharacters(in: .whitespacesAndNewlines)
                        if !value.isEmpty { return value }
                    }
                }
                return nil
            }
            if row.allSatisfy({ $0.trimmingCharacters(in: .whitespaces).isEmpty }) { continue }
            let name = [field("first name"), field("last name")].compactMap { $0 }.joined(separator: " ")
            guard !name.isEmpty else {
                problems.append(.init(line: rowLine, reason: "a connection with no name"))
                continue
            }
            var contact = ImportedContact(line: rowLine, name: name)
            contact.organization = field("company")
            contact.title = field("position")
            if let url = field("url", "profile url") {
                contact.links = [.init(value: url, label: "linkedin")]
                contact.externalID = DuplicatePair.linkKey(url)
            }
            if let email = field("email address", "email") { contact.emails = [.init(value: email, label: nil)] }
            if let connected = field("connected on") {
                guard let day = date(connected) else {
                    problems.append(.init(line: rowLine, reason: "'\(connected)' is not a date (Connected On)"))
                    continue
                }
                contact.connectedOn = day
            }
            contacts.append(contact)
        }
        if columns.isEmpty {
            throw KithError.invalid("no header with First Name and Last Name; is this LinkedIn's Connections.csv?")
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
