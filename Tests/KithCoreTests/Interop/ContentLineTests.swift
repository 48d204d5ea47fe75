import Testing
@testable import KithCore

@Suite struct ContentLineTests {
    @Test func escapesText() {
        #expect(ContentLine.escape("a, b; c\\d\nnext") == "a\\, b\\; c\\\\d\\nnext")
    }

    @Test func foldsAt75OctetsWithoutSplittingACharacter() {
        let line = "SUMMARY:" + String(repeating: "é", count: 60)  // 8 + 120 octets
        let folded = ContentLine.fold(line)
        let pieces = folded.components(separatedBy: "\r\n")
        #expect(pieces.count == 2)
        #expect(pieces.allSatisfy { $0.utf8.count <= 75 })
        #expect(pieces[1].hasPrefix(" "))
        // Unfolding gives the line back.
        #expect(pieces[0] + pieces[1].dropFirst() == line)
        #expect(ContentLine.fold("SHORT:line") == "SHORT:line")
    }
}
