/// When two written names can be the same person, and when one is a typo of the other.
/// Case, accents and punctuation never count.
enum NameMatch {
    /// True when every word of the shorter name is a word of the longer, each used once, an
    /// initial standing for any word it starts ("A. Silva" and "Ana Maria Silva" agree; "John
    /// Smith" and "Jane Smith" do not). An empty name agrees with any.
    static func agree(_ a: String, _ b: String) -> Bool {
        let first = TextFolding.words(a), second = TextFolding.words(b)
        guard !first.isEmpty, !second.isEmpty else { return true }
        let (short, long) = first.count <= second.count ? (first, second) : (second, first)
        var remaining = long
        for word in short {
            guard let index = remaining.firstIndex(where: { same(word, $0) }) else { return false }
            remaining.remove(at: index)
        }
        return true
    }

    /// The same word, or an initial and a word it starts.
    private static func same(_ a: String, _ b: String) -> Bool {
        a == b || (a.count == 1 && b.hasPrefix(a)) || (b.count == 1 && a.hasPrefix(b))
    }

    /// True when the folded names differ by one letter added, removed, changed or swapped with
    /// its neighbour ("Lena Fisher" and "Lena Fischer"), and are long enough for that to be a
    /// typo rather than another name.
    static func oneEditApart(_ a: String, _ b: String) -> Bool {
        let x = Array(TextFolding.words(a).joined(separator: " ")), y = Array(TextFolding.words(b).joined(separator: " "))
        guard x != y, min(x.count, y.count) >= 5, abs(x.count - y.count) <= 1 else { return false }
        var i = 0
        while i < min(x.count, y.count), x[i] == y[i] { i += 1 }
        if x.count == y.count {
            // One changed, or two neighbours swapped.
            if Array(x[(i + 1)...]) == Array(y[(i + 1)...]) { return true }
            return i + 1 < x.count && x[i] == y[i + 1] && x[i + 1] == y[i] && Array(x[(i + 2)...]) == Array(y[(i + 2)...])
        }
        // One added or removed.
        let (shorter, longer) = x.count < y.count ? (x, y) : (y, x)
        return Array(shorter[i...]) == Array(longer[(i + 1)...])
    }
}
