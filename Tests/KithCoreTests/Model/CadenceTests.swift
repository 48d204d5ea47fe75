import Testing
@testable import KithCore

@Suite struct CadenceTests {
    @Test(arguments: [("30d", 30), ("2w", 14), ("3m", 90), ("1y", 365), ("14 days", 14), ("1 week", 7)])
    func readsCadences(_ input: String, _ days: Int) throws {
        #expect(try Cadence.days(from: input) == days)
    }

    @Test(arguments: ["0d", "soon", "", "-3d", "3x", "30"])
    func rejectsBadCadences(_ input: String) {
        #expect(throws: KithError.self) { try Cadence.days(from: input) }
    }

    @Test(arguments: [(14, "2w"), (30, "30d"), (60, "2m"), (90, "3m"), (365, "1y"), (10, "10d"), (49, "7w"), (70, "70d")])
    func writesCadencesBack(_ days: Int, _ text: String) throws {
        #expect(Cadence.text(days: days) == text)
        #expect(try Cadence.days(from: text) == days)
    }

    @Test func aPersonsOwnCadenceWinsElseTheShortestTag() {
        #expect(Cadence.effective(own: 90, tags: [("friend", 30)])! == (90, nil))
        #expect(Cadence.effective(own: nil, tags: [("mentor", 60), ("friend", 30), ("alumni", 30)])! == (30, "alumni"))
        #expect(Cadence.effective(own: nil, tags: []) == nil)
    }

    @Test func theClockRunsFromTheLastContactElseFromWhenTheyWereAdded() {
        let added = Day(iso: "2026-01-10")!, call = Day(iso: "2026-11-01")!
        #expect(Cadence.lapses(lastContact: call, added: added, days: 30) == Day(iso: "2026-12-01"))
        #expect(Cadence.lapses(lastContact: nil, added: added, days: 30) == Day(iso: "2026-02-09"))
    }
}
