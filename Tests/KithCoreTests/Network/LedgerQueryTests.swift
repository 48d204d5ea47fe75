import Testing
@testable import KithCore

@Suite struct LedgerQueryTests {
    @Test func countsIntroductionsAndKeptPromisesEachWay() throws {
        let store = try Store.empty()
        _ = try store.add("Ana Silva", "Bruno Okafor", "Carla Novak")
        // I introduced Ana twice; Bruno introduced me once and I asked him for another.
        _ = try store.introductions.introduce(NewIntroduction("Ana", "Carla"))
        _ = try store.introductions.introduce(NewIntroduction("Ana", "Bruno"))
        _ = try store.introductions.introduce(NewIntroduction("me", "Carla", by: "Bruno"))
        _ = try store.introductions.introduce(NewIntroduction("me", "Ana", by: "Bruno", status: .requested))
        _ = try store.introductions.introduce(NewIntroduction("Ana", "Carla", status: .declined))
        let kept = try store.commitments.promise("Bruno", "his list", due: nil, owedByMe: false)
        _ = try store.commitments.close(kept.id, as: .done)
        _ = try store.commitments.promise("Bruno", "send the report", due: Day(iso: "2026-11-10"), owedByMe: true)
        _ = try store.commitments.promise("Ana", "coffee", due: nil, owedByMe: true)

        let lines = try store.ledger.lines(for: nil)
        // Whom I owe most first.
        #expect(lines.map(\.person.name) == ["Bruno Okafor", "Carla Novak", "Ana Silva"])
        let bruno = lines[0]
        #expect((bruno.introductionsGiven, bruno.introductionsReceived, bruno.introductionsAsked) == (1, 1, 1))
        #expect((bruno.keptByMe, bruno.keptByThem, bruno.openByMe, bruno.overdueByMe) == (0, 1, 1, 1))
        #expect(bruno.balance == -1)
        let ana = lines[2]
        #expect((ana.introductionsGiven, ana.openByMe, ana.overdueByMe, ana.balance) == (2, 1, 0, 2))
        #expect(try store.ledger.lines(for: "Carla").map(\.balance) == [1])
        #expect(try store.query.profile("Bruno").ledger?.balance == -1)
        #expect(try store.query.profile("me").ledger == nil)
    }

    @Test func someoneWithNothingInTheLedgerHasAnEvenLine() throws {
        let store = try Store.empty()
        _ = try store.add("Ana Silva")
        let line = try #require(try store.ledger.lines(for: "Ana").first)
        #expect(line == LedgerLine(person: PersonSummary(id: 2, uid: line.person.uid, name: "Ana Silva")))
        #expect(line.person.uid?.count == 36)
        #expect(try store.ledger.lines(for: nil).isEmpty)
        #expect(throws: KithError.self) { try store.ledger.lines(for: "me") }
    }
}
