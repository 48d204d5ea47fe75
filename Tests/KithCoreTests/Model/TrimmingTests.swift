import Foundation
import Testing
@testable import KithCore

/// Kith's trimming is Foundation's, without the bridge to NSString.
@Suite struct TrimmingTests {
    static let samples = [
        "", " ", "\t", "  Ana Silva  ", "\tana@example.com\t", "\u{00A0}Ana\u{00A0}", "\u{3000}山田 太郎\u{3000}",
        "\u{2003}x\u{2009}", "\nline\r\n", "a\u{2028}", "\u{0085}b", " é ", "\u{301} x ", "x\u{200B}",
    ]

    @Test(arguments: samples) func matchesFoundation(_ text: String) {
        #expect(text.trimmingBlanks() == text.trimmingCharacters(in: .whitespaces))
        #expect(text.trimmingWhitespace() == text.trimmingCharacters(in: .whitespacesAndNewlines))
        #expect(text[...].trimmingBlanks() == text.trimmingCharacters(in: .whitespaces))
    }

    @Test func dropsAPrefixInAnyCase() {
        #expect("mailto:ana@example.com".droppingPrefix("mailto:") == "ana@example.com")
        #expect("MAILTO:ana@example.com".droppingPrefix("mailto:") == "ana@example.com")
        #expect("ana@example.com".droppingPrefix("mailto:") == "ana@example.com")
        #expect("tel".droppingPrefix("tel:") == "tel")
        #expect("télé:1".droppingPrefix("tel:") == "télé:1")
    }
}
