import Testing
@testable import KithCore

@Suite struct TieServiceTests {
    let store: Store

    init() throws {
        store = try Store.empty()
        _ = try store.add("Ana Silva", "Bruno Okafor", "Carla Novak")
    }

    @Test func recordsAndUpdatesATie() throws {
        let tie = try store.ties.tie("Bruno", "Ana", strength: 3, context: "worked together at Stripe",
                                     since: Day(iso: "2021-03-01"))
        // The person named first stays first, whatever the stored order.
        #expect(tie.personA.name == "Bruno Okafor")
        #expect(tie.personB.name == "Ana Silva")
        #expect((tie.strength, tie.context, tie.since?.description, tie.source) == (3, "worked together at Stripe", "2021-03-01", .stated))

        let kept = try store.ties.tie("Ana", "Bruno", strength: nil, context: nil, since: nil)
        #expect(kept.strength == 3)
        #expect(kept.context == "worked together at Stripe")
        let cleared = try store.ties.tie("Ana", "Bruno", strength: 5, context: "", since: Day(iso: "2024-01-01"))
        #expect((cleared.strength, cleared.context, cleared.since?.description) == (5, nil, "2024-01-01"))
        #expect(try store.count("tie", "person_a = 2 AND person_b = 3") == 1)
    }

    @Test func newTiesDefaultToStrengthTwoAndMayInvolveMe() throws {
        let tie = try store.ties.tie("me", "Carla", strength: nil, context: nil, since: nil)
        #expect(tie.strength == 2)
        #expect(tie.personA.id == 1)
    }

    @Test func refusesATieOfAPersonWithThemselfOrAnUnknownPerson() throws {
        let before = try store.snapshot()
        #expect(throws: KithError.invalid("'Ana' and 'ana silva' are both Ana Silva (#2); a tie joins two different people")) {
            try store.ties.tie("Ana", "ana silva", strength: 2, context: nil, since: nil)
        }
        #expect(throws: KithError.self) { try store.ties.tie("Ana", "Zed", strength: 2, context: nil, since: nil) }
        #expect(throws: KithError.self) { try store.ties.tie("Ana", "Bruno", strength: 6, context: nil, since: nil) }
        #expect(try store.snapshot() == before)
    }

    @Test func untieRemovesTheTieOrSaysThereIsNone() throws {
        _ = try store.ties.tie("Ana", "Bruno", strength: 4, context: nil, since: nil)
        let removed = try store.ties.untie("Bruno", "Ana")
        #expect(removed.strength == 4)
        #expect(try store.count("tie", "person_a = 2 AND person_b = 3") == 0)
        #expect(throws: KithError.notFound("Bruno Okafor and Ana Silva have no tie to remove")) {
            try store.ties.untie("Bruno", "Ana")
        }
    }

    @Test func listsOnePersonsTiesStrongestFirstWithThemOnTheLeft() throws {
        _ = try store.ties.tie("Ana", "Bruno", strength: 1, context: nil, since: nil)
        _ = try store.ties.tie("Carla", "Ana", strength: 4, context: nil, since: nil)
        let ties = try store.ties.ties(of: "Ana")
        #expect(ties.map(\.personB.name) == ["Carla Novak", "Me", "Bruno Okafor"])
        #expect(ties.allSatisfy { $0.personA.name == "Ana Silva" })
        #expect(try store.ties.ties(of: nil).count == 5)
        #expect(try store.ties.ties(of: nil, limit: 2).map(\.strength) == [4, 2])
        #expect(try store.ties.ties(of: nil, source: .introduction).isEmpty)
    }

    @Test func evidenceRaisesButNeverLowersWhatWasStated() throws {
        _ = try store.ties.tie("Ana", "Bruno", strength: 4, context: "old friends", since: Day(iso: "2010-01-01"))
        try store.write { db in
            try Tie.connect(2, 3, strength: 2, context: "introduced by Carla", since: Day(iso: "2026-01-01"),
                            source: .introduction, in: db)
        }
        let tie = try #require(try store.ties.ties(of: "Ana").first { $0.personB.name == "Bruno Okafor" })
        #expect((tie.strength, tie.context, tie.since?.description, tie.source) == (4, "old friends", "2010-01-01", .stated))
    }
}
