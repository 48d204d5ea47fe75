import GRDB

/// A mention of a person in someone else's text: another person's notes, an interaction's note,
/// an introduction's purpose. `kith forget` shows these, then rewrites them.
public struct Mention: Codable, Equatable, Sendable {
    /// `notes of Ana Silva (#2)`, `interaction #4, its note`.
    public var place: String
    public var before: String
    public var after: String
}

/// What forgetting a person changes: they go as with `remove`, and every mention of their name,
/// emails, phones and links in other rows becomes `[forgotten]`.
public struct ForgetPlan: Codable, Equatable, Sendable {
    public var removal: RemovalPreview
    public var mentions: [Mention]
}

/// Finds and rewrites the mentions of a person in the free text of other rows.
enum Forgetting {
    static let replacement = "[forgotten]"

    /// The free-text columns that may name someone, each with how to say where it is.
    private static let columns: [(table: String, column: String, place: String)] = [
        ("person", "notes", "notes of"), ("person", "how_met", "how you met"), ("interaction", "note", "note of interaction"),
        ("introduction", "purpose", "purpose of introduction"), ("introduction", "outcome", "outcome of introduction"),
        ("tie", "context", "context of tie"), ("commitment", "what", "commitment"),
        ("need_offer", "what", "need or offer"),
    ]

    /// The words that identify `person` in text: their full name and every address they have.
    static func terms(of person: Int64, in db: Database) throws -> [String] {
        let name = try String.fetchOne(db, sql: "SELECT name FROM person WHERE id = ?", arguments: [person]) ?? ""
        let addresses = try String.fetchAll(db, sql: """
            SELECT value FROM email WHERE person_id = :id UNION SELECT value FROM phone WHERE person_id = :id
            UNION SELECT value FROM link WHERE person_id = :id
            """, arguments: ["id": person])
        return ([name] + addresses).filter { $0.count >= 2 }.sorted { $0.count > $1.count }
    }

    /// Every mention of `terms` outside the person's own row.
    static func mentions(of person: Int64, terms: [String], in db: Database) throws -> [(Mention, table: String, column: String, id: Int64)] {
        var found: [(Mention, table: String, column: String, id: Int64)] = []
        for (table, column, place) in columns {
            // SQLite's LIKE narrows the rows (ASCII case-insensitively); Swift decides.
            let like = terms.map { _ in "\(column) LIKE ?" }.joined(separator: " OR ")
            let rows = try Row.fetchAll(db, sql: """
                SELECT id, \(column) FROM \(table) WHERE \(column) IS NOT NULL AND (\(like))
                \(table == "person" ? "AND id <> \(person)" : "") ORDER BY id
                """, arguments: StatementArguments(terms.map { "%\($0)%" }))
            for row in rows {
                let id: Int64 = row[0], text: String = row[1]
                guard let after = scrub(text, of: terms) else { continue }
                let owner = table == "person" ? try PersonResolver(db: db).summary(id: id).map { "\($0.name) (#\(id))" } : nil
                found.append((Mention(place: "\(place) \(owner ?? "#\(id)")", before: text, after: after), table, column, id))
            }
        }
        return found
    }

    /// `text` with every whole-word occurrence of `terms` (any case) replaced; nil when none.
    static func scrub(_ text: String, of terms: [String]) -> String? {
        var result = text
        var changed = false
        for term in terms {
            var searchStart = result.startIndex
            while let range = result.range(of: term, options: [.caseInsensitive, .diacriticInsensitive], range: searchStart..<result.endIndex) {
                let before = range.lowerBound == result.startIndex ? nil : result[result.index(before: range.lowerBound)]
                let after = range.upperBound == result.endIndex ? nil : result[range.upperBound]
                let wordEdge = { (character: Character?) in !(character.map { $0.isLetter || $0.isNumber } ?? false) }
                if wordEdge(before) && wordEdge(after) {
                    let offset = result.distance(from: result.startIndex, to: range.lowerBound)
                    result.replaceSubrange(range, with: replacement)
                    searchStart = result.index(result.startIndex, offsetBy: offset + replacement.count)
                    changed = true
                } else {
                    searchStart = range.upperBound
                }
            }
        }
        return changed ? result : nil
    }
}
