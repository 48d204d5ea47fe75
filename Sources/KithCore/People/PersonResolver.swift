import Foundation
import GRDB

/// Turns what the user typed (`Ana`, `ana silva`, `#12`, `me`) into exactly one person.
///
/// A reference matches when each of its words starts a word of the name, ignoring case and
/// accents. Among several matches the exact full name wins, then the one name holding every
/// typed word whole; otherwise it is an error that lists them: Kith never guesses.
struct PersonResolver {
    let db: Database

    /// With `insideWords: false`, text that starts no word of a name matches nobody, instead of
    /// being looked for inside names (a scan of every name).
    func resolve(_ reference: String, insideWords: Bool = true) throws -> PersonSummary {
        let text = reference.trimmingBlanks()
        guard !text.isEmpty else { throw KithError.invalid("a person's name cannot be empty") }
        if let id = try Self.id(in: text) {
            guard let person = try summary(id: id) else { throw KithError.personNotFound(text) }
            return person
        }
        if text.lowercased() == "me" { return try me() }
        if let person = try byBareNumber(text) { return person }
        let candidates = try matches(text, wholeWords: false)
        if candidates.count == 1 { return candidates[0] }
        if candidates.isEmpty {
            guard insideWords else { throw KithError.personNotFound(text) }
            // Nothing starts with it: look inside names ("astas" in "Anastasia").
            let inside = try containing(text)
            if inside.count == 1 { return inside[0] }
            if inside.isEmpty {
                // Perhaps a typo: name who was perhaps meant, and still do nothing.
                let near = try NearestWords.corrected(text, in: db).map { try matches($0, wholeWords: false) } ?? []
                throw near.isEmpty ? KithError.personNotFound(text) : KithError.personNotFoundButNear(text, try told(Array(near.prefix(3))))
            }
            throw KithError.ambiguousPerson(text, candidates: try told(inside))
        }
        // Narrow by how well the words fit: the exact full name first, then names that contain
        // every typed word whole ("ana" is Ana Silva before Anabel Ruiz).
        let whole = try matches(text, wholeWords: true)
        let words = TextFolding.words(text)
        let exact = whole.filter { TextFolding.words($0.name) == words }
        if exact.count == 1 { return exact[0] }
        if exact.isEmpty && whole.count == 1 { return whole[0] }
        throw KithError.ambiguousPerson(text, candidates: try told(!exact.isEmpty ? exact : !whole.isEmpty ? whole : candidates))
    }

    /// The one person a name logged at an event is: `#ID`, or the one person whose name holds
    /// every typed word whole ("Ruth" is Ruth Tan when she is the only Ruth), the exact full name
    /// first among several. Nil when nobody's name holds the words; an error when several do.
    func knownByWholeWords(_ name: String) throws -> PersonSummary? {
        if let id = try Self.id(in: name) {
            guard let person = try summary(id: id) else { throw KithError.personNotFound(name) }
            return person
        }
        let whole = try matches(name, wholeWords: true)
        if whole.count <= 1 { return whole.first }
        let exact = whole.filter { TextFolding.words($0.name) == TextFolding.words(name) }
        guard exact.count == 1 else { throw KithError.ambiguousPerson(name, candidates: try told(exact.isEmpty ? whole : exact)) }
        return exact[0]
    }

    /// The people whose full name is `name` (ignoring case and accents), or the one `#ID` names.
    func exactMatches(_ name: String) throws -> [PersonSummary] {
        if let id = try Self.id(in: name) {
            guard let person = try summary(id: id) else { throw KithError.personNotFound(name) }
            return [person]
        }
        let words = TextFolding.words(name)
        return try matches(name, wholeWords: true).filter { TextFolding.words($0.name) == words }
    }

    func me() throws -> PersonSummary {
        guard let me = try PersonSummary.fetchOne(
            db, sql: "SELECT \(PersonSummary.columns) FROM person WHERE is_self = 1")
        else { throw KithError.storage(.noSelf, path: nil) }
        return me
    }

    /// A bare number is an id when someone has it and nobody's name holds it as a word ("Room
    /// 101"); when both, the candidates are named.
    private func byBareNumber(_ text: String) throws -> PersonSummary? {
        guard text.allSatisfy(\.isASCII), text.allSatisfy(\.isNumber), let id = Int64(text), id > 0,
              let person = try summary(id: id) else { return nil }
        let named = try matches(text, wholeWords: true)
        guard named.isEmpty else { throw KithError.ambiguousPerson(text, candidates: try told([person] + named)) }
        return person
    }

    /// Candidates with the day of our latest interaction, so that a list of them tells them apart.
    private func told(_ candidates: [PersonSummary]) throws -> [PersonSummary] {
        let days = Dictionary(uniqueKeysWithValues: try Row.fetchAll(db, sql: """
            SELECT ip.person_id, max(i.date) FROM interaction_person ip JOIN interaction i ON i.id = ip.interaction_id
            WHERE ip.person_id IN (SELECT value FROM json_each(?)) GROUP BY ip.person_id
            """, arguments: [IDList.json(candidates.map(\.id))]).map { row in (row[0] as Int64, Day(iso: row[1] as String? ?? "")) })
        return candidates.map { candidate in
            var candidate = candidate
            candidate.lastContact = days[candidate.id] ?? nil
            return candidate
        }
    }

    func summary(id: Int64) throws -> PersonSummary? {
        try PersonSummary.fetchOne(db, sql: "SELECT \(PersonSummary.columns) FROM person WHERE id = ?",
                                   arguments: [id])
    }

    /// People whose name has every word of `text` as a word (or the start of one). Served by
    /// the search index, so it costs what the matches cost, not what the network holds.
    private func matches(_ text: String, wholeWords: Bool) throws -> [PersonSummary] {
        guard let query = TextFolding.matchQuery(text, column: "name", prefix: !wholeWords) else { return [] }
        return try PersonSummary.fetchAll(db, sql: """
            SELECT p.id, p.uid, p.name, p.organization FROM person_fts f JOIN person p ON p.id = f.rowid
            WHERE person_fts MATCH ? ORDER BY p.archived, p.name
            """, arguments: [query])
    }

    /// People whose name contains `text` anywhere, ignoring case (SQLite folds ASCII only here;
    /// accents are folded by the word matches above, which come first).
    private func containing(_ text: String) throws -> [PersonSummary] {
        let pattern = text.replacingOccurrences(of: "\\", with: "\\\\")
            .replacingOccurrences(of: "%", with: "\\%").replacingOccurrences(of: "_", with: "\\_")
        return try PersonSummary.fetchAll(db, sql: """
            SELECT \(PersonSummary.columns) FROM person WHERE name LIKE '%' || ? || '%' ESCAPE '\\'
            ORDER BY archived, name
            """, arguments: [pattern])
    }

    static func id(in text: String) throws -> Int64? {
        guard text.hasPrefix("#") else { return nil }
        guard let id = Int64(text.dropFirst()), id > 0 else {
            throw KithError.invalid("'\(text)' is not a person id; ids are numbers such as #12")
        }
        return id
    }
}
