import GRDB

/// People whose names are close to a name typed for someone new: the same name, one letter
/// apart (a typo: "Lena Fisher" for Lena Fischer), or holding it whole (a first name only: "Ruth"
/// for Ruth Tan). Found among the people who share a word with it, through the search index.
enum LookAlikes {
    enum Closeness: Sendable {
        /// Only the same name, or one a letter away.
        case typo
        /// Those, and names that hold every typed word.
        case partial
    }

    static func of(_ name: String, closeness: Closeness, in db: Database) throws -> [PersonSummary] {
        guard let query = TextFolding.matchQuery(name, column: "name", prefix: false, anyWord: true) else { return [] }
        let words = TextFolding.words(name)
        return try PersonSummary.fetchAll(db, sql: """
            SELECT \(PersonSummary.columns.split(separator: ",").map { "p." + $0.trimmingBlanks() }
                        .joined(separator: ", "))
            FROM person_fts f JOIN person p ON p.id = f.rowid
            WHERE person_fts MATCH ? AND p.is_self = 0 ORDER BY p.archived, p.name, p.id LIMIT 200
            """, arguments: [query]).filter { person in
            let theirs = TextFolding.words(person.name)
            return theirs == words || NameMatch.oneEditApart(name, person.name)
                || (closeness == .partial && Set(words).isSubset(of: Set(theirs)))
        }
    }
}
