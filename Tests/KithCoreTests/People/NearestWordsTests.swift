import Testing
@testable import KithCore

/// The distance typo-tolerant search uses: a swap of neighbours is one edit.
@Suite struct NearestWordsTests {
    @Test(arguments: [("stirpe", "stripe", 1), ("jonh", "john", 1), ("ana", "anna", 1), ("ledgr", "ledger", 1),
                      ("kitten", "sitting", 3), ("same", "same", 0), ("ab", "ba", 1)])
    func distance(_ a: String, _ b: String, _ expected: Int) {
        #expect(NearestWords.distance(a, b, limit: 5) == expected)
    }

    @Test func aDistanceBeyondTheLimitStopsEarly() {
        #expect(NearestWords.distance("abcdef", "uvwxyz", limit: 2) == 3)
    }
}
