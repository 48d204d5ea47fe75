import GRDB

/// Typos in a search: each word that starts no word of any name or organisation is replaced by
/// the nearest one that does (one edit away, two for words of six letters or more; transposed
/// letters count as one edit), the most common first. Only a read uses it, and it says so.
enum NearestWords {
    /// `query` with its misspelt words corrected, or nil when nothing needs or admits correcting.
    static func corrected(_ query: String, in db: Database) throws -> String? {
        let words = TextFolding.words(query)
        guard !words.isEmpty else { return nil }
        let vocabulary = try terms(in: db)
        var changed = false
        let corrected = words.map { word -> String in
            guard word.count >= 3, !vocabulary.contains(where: { $0.term.hasPrefix(word) }) else { return word }
            let limit = word.count >= 6 ? 2 : 1
            let near = vocabulary.compactMap { term -> (term: String, distance: Int, documents: Int)? in
                guard abs(term.term.count - word.count) <= limit else { return nil }
                let distance = Self.distance(word, term.term, limit: limit)
                return distance <= limit ? (term.term, distance, term.documents) : nil
            }.min { ($0.distance, -$0.documents, $0.term) < ($1.distance, -$1.documents, $1.term) }
            guard let near else { return word }
            changed = true
            return near.term
        }
        return changed ? corrected.joined(separator: " ") : nil
    }

    /// The words of names and organisations in the search index, with how many people have each.
    private static func terms(in db: Database) throws -> [(term: String, documents: Int)] {
        try Row.fetchAll(db, sql: """
            SELECT term, sum(doc) FROM person_terms WHERE col IN ('name', 'organization') GROUP BY term
            """).map { ($0[0], $0[1]) }
    }

    /// Optimal string alignment distance (edits, with a swap of neighbours as one), or
    /// `limit + 1` once it must exceed `limit`.
    static func distance(_ a: String, _ b: String, limit: Int) -> Int {
        let a = Array(a), b = Array(b)
        var before = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        for i in 1...max(1, a.count) where !a.isEmpty {
            var current = [i] + [Int](repeating: 0, count: b.count)
            for j in 1...max(1, b.count) where !b.isEmpty {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] { current[j] = min(current[j], before[j - 2] + 1) }
            }
            if current.min() ?? 0 > limit { return limit + 1 }
            (before, previous) = (previous, current)
        }
        return a.isEmpty ? b.count : b.isEmpty ? a.count : previous[b.count]
    }
}
