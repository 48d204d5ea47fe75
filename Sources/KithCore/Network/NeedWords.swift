/// The words of a need or an offer as a search of the other side: what is said to ask
/// ("an intro to", "looking for") is left out, and each remaining word also matches as the root
/// an agent noun is made from, which Porter's stemmer keeps apart ("investor" finds "investing",
/// "designer" finds "design").
enum NeedWords {
    /// Words that carry no subject: English function words and the language of asking.
    static let ignored: Set<String> = [
        "a", "an", "and", "the", "to", "for", "of", "in", "on", "at", "with", "by", "from", "or", "about", "into",
        "some", "someone", "somebody", "anyone", "who", "what", "that", "this", "my", "our", "their", "his", "her",
        "is", "are", "be", "can", "could", "would", "will", "help", "helps", "need", "needs", "needed", "want",
        "wants", "looking", "seeking", "find", "get", "intro", "intros", "introduction", "introductions", "meet",
        "happy", "glad", "offer", "offers", "give", "gives", "available",
    ]

    /// The subject words of `text`, folded, each once, in order.
    static func subject(_ text: String) -> [String] {
        var seen = Set<String>()
        return TextFolding.words(text).filter { $0.count >= 2 && !ignored.contains($0) && seen.insert($0).inserted }
    }

    /// `("investor"* OR "invest"*)` for each subject word, joined by OR (any word) or AND (every
    /// word), in `column` if given; nil when the text has no subject.
    static func matchQuery(_ text: String, column: String? = nil, anyWord: Bool = true) -> String? {
        let terms = subject(text).map { word in
            let forms = [word] + (root(of: word).map { [$0] } ?? [])
            return "(" + forms.map { "\"\($0)\"*" }.joined(separator: " OR ") + ")"
        }
        guard !terms.isEmpty else { return nil }
        let query = terms.joined(separator: anyWord ? " OR " : " AND ")
        return column.map { "\($0) : (\(query))" } ?? query
    }

    /// `investor` → `invest`, `designers` → `design`: the agent suffix taken off when at least
    /// five letters remain (so that `mentor` stays whole).
    static func root(of word: String) -> String? {
        for suffix in ["ers", "ors", "ists", "er", "or", "ist"] where word.hasSuffix(suffix) {
            let root = String(word.dropLast(suffix.count))
            return root.count >= 5 ? root : nil
        }
        return nil
    }
}
