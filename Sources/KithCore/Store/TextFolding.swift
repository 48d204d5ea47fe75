import Foundation

/// Case- and accent-insensitive comparison and FTS5 query building.
enum TextFolding {
    /// `José Álvarez` → `jose alvarez`.
    static func fold(_ text: String) -> String {
        // ASCII has no accents, and lower-casing it needs no Foundation.
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return text.lowercased() }
        return text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
    }

    /// The folded words of `text`, split wherever a character is not a letter or a digit.
    static func words(_ text: String) -> [String] {
        let folded = fold(text)
        if folded.utf8.allSatisfy({ $0 < 0x80 }) {
            // ASCII letters and digits, tested as bytes: Character's properties cost more.
            return folded.utf8.split { byte in
                !((0x30...0x39).contains(byte) || (0x61...0x7A).contains(byte) || (0x41...0x5A).contains(byte))
            }.map { String(decoding: $0, as: UTF8.self) }
        }
        return folded.split { !($0.isLetter || $0.isNumber) }.map(String.init)
    }

    /// An FTS5 query where every word of `text` must start a word in the row (or, with
    /// `prefix: false`, be a whole word of it): quotes and operators the user typed become plain
    /// words, so no input can make the query fail.
    /// With `anyWord`, a row needs only one of the words (bm25 then ranks rows with more first);
    /// with several `columns`, a word may be in any of them.
    static func matchQuery(_ text: String, column: String? = nil, columns: [String] = [], prefix: Bool = true,
                           anyWord: Bool = false) -> String? {
        let terms = words(text).map { "\"\($0)\"" + (prefix ? "*" : "") }
        guard !terms.isEmpty else { return nil }
        let conjunction = terms.joined(separator: anyWord ? " OR " : " AND ")
        let columns = column.map { [$0] } ?? columns
        switch columns.count {
        case 0: return conjunction
        case 1: return "\(columns[0]) : (\(conjunction))"
        default: return "{\(columns.joined(separator: " "))} : (\(conjunction))"
        }
    }
}
