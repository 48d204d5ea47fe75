import Foundation
import GRDB

/// Turns what the user typed (`Ana`, `ana silva`, `#12`, `me`) into exactly one person.
///
/// A reference matches when each of its words starts a word of the name, ignoring case and
/// accents. Among several matches the exact full name wins, then the one name holding every
/// typed word whole; otherwise it is an error that lists them: Kith never guesses.
struct PersonResolver {
    let db: Database

    func resolve(_ reference: String) throws -> PersonSummary {
        let text = reference.trimmingCharacters(in: .whitespaces)
        guard !text.isEmpty else { throw KithError.invalid("a person's name cannot be empty") }
        if let id = try Self.id(in: text) {
            guard let person = try summary(id: id) else { throw KithError.personNotFound(text) }
            return person
        }
        if text.lowercased() == "me" { return try me() }
        let candidates = try matches(text)
        if candidates.count == 1 { return candidates[0] }
        if candidates.isEmpty { throw KithError.personNotFound(text) }
        // Narrow by how well the words fit: the exact full name first, then names that contain
        // every typed word whole ("ana" is Ana Silva before Anabel Ruiz).
        let words = TextFolding.words(text)
        let exact = candidates.filter { TextFolding.words($0.name) == words }
        if exact.count == 1 { return exact[0] }
        let whole = candidates.filter { Set(TextFolding.words($0.name)).isSuperset(of: words) }
        if exact.isEmpty && whole.count == 1 { return whole[0] }
        throw KithError.ambiguousPerson(text, candidates: !exact.isEmpty ? exact : !whole.isEmpty ? whole : candidates)
    }

    /// The people whose full name is `name` (ignoring case and accents), or the one `#ID` names.
    func exactMatches(_ name: String) throws -> [PersonSummary] {
        if let id = try Self.id(in: name) {
            guard let person = try summary(id: id) else { throw KithError.personNotFound(name) }
            return [person]
        }
        let words = TextFolding.words(name)
        return try matches(name).filter { TextFolding.words($0.name) == words }
    }

    func me() throws -> PersonSummary {
        guard let me = try PersonSummary.fetchOne(
            db, sql: "SELECT id, name, organization FROM person WHERE is_self = 1")
        else { throw KithError.storage("this database has no self person; it was changed outside kith") }
        return me
    }

    func summary(id: Int64) throws -> PersonSummary? {
        try PersonSummary.fetchOne(db, sql: "SELECT id, name, organization FROM person WHERE id = ?",
                                   arguments: [id])
    }

    private func matches(_ text: String) throws -> [PersonSummary] {
        if let query = TextFolding.prefixQuery(text, column: "name") {
            let found = try PersonSummary.fetchAll(db, sql: """
                SELECT p.id, p.name, p.organization FROM person_fts f JOIN person p ON p.id = f.rowid
                WHERE person_fts MATCH ? ORDER BY p.archived, p.name LIMIT 200
                """, arguments: [query])
            if !found.isEmpty { return found }
        }
        // Nothing starts with it: look for it inside names ("astas" in "Anastasia"). Rare, so a
        // scan is fine here.
        let needle = TextFolding.fold(text)
        var found: [PersonSummary] = []
        let rows = try Row.fetchCursor(db, sql: "SELECT id, name, organization FROM person")
        while let row = try rows.next() {
            let name: String = row["name"]
            if TextFolding.fold(name).contains(needle) {
                found.append(PersonSummary(id: row["id"], name: name, organization: row["organization"]))
            }
        }
        return found
    }

    static func id(in text: String) throws -> Int64? {
        guard text.hasPrefix("#") else { return nil }
        guard let id = Int64(text.dropFirst()), id > 0 else {
            throw KithError.invalid("'\(text)' is not a person id; ids are numbers such as #12")
        }
        return id
    }
}
