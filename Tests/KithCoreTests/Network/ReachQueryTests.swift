import Foundation
import Testing
@testable import KithCore

/// A network where the right answer is known: Ana (close, called today) reaches Tess through her
/// former colleague Carla; Bruno (an acquaintance) knows Tess a little.
@Suite struct ReachQueryTests {
    let store: Store
    var reach: ReachQuery { ReachQuery(Context(store: store, today: Store.testToday)) }

    init() throws {
        store = try Store.empty()
        for (name, organization) in [("Ana Silva", nil), ("Bruno Okafor", nil), ("Carla Diaz", "Stripe"),
                                     ("Tess Lind", "Stripe"), ("Uma Berg", "Stripe")] as [(String, String?)] {
            var person = NewPerson(name: name)
            person.organization = organization
            person.strength = name == "Ana Silva" ? 4 : 2
            _ = try store.people.add(person)
        }
        // Only Ana and Bruno are my ties here.
        _ = try store.ties.untie("me", "Carla")
        _ = try store.ties.untie("me", "Tess")
        _ = try store.ties.untie("me", "Uma")
        _ = try store.ties.tie("Ana", "Carla", strength: 3, context: "worked together at Stripe", since: nil)
        _ = try store.ties.tie("Carla", "Tess", strength: 4, context: nil, since: nil)
        _ = try store.ties.tie("Bruno", "Tess", strength: 2, context: nil, since: nil)
        _ = try store.interactions.log(.call, with: ["Ana"], on: Store.testToday, note: nil)
    }

    @Test func ranksIntroducersByTheModelAndExplainsEachStep() throws {
        let answer = try reach.reach("Tess")
        #expect(answer.goal == ReachGoal(kind: .person, query: "Tess Lind", targets: 1, searched: 1))
        #expect(answer.direct.isEmpty)
        #expect(answer.introducers.map(\.introducer.name) == ["Ana Silva", "Bruno Okafor"])
        let ana = answer.introducers[0]
        #expect(ana.best.people.map(\.name) == ["Me", "Ana Silva", "Carla Diaz", "Tess Lind"])
        let myTie = 0.8 * (0.4 + 0.6 * (1 - exp(-1.0)))
        let expected = myTie * ((0.48 * 0.8) * ((1 - 0.36 * 0.8) * 0.8))
        #expect(abs(ana.best.score - expected) < 1e-12)
        #expect(ana.best.steps.map(\.why) == [
            ["close (4/5)", "last call today"],
            ["worked together at Stripe, stated (3/5)"],
            ["stated (4/5)", "both at Stripe"],
        ])
        let bruno = answer.introducers[1]
        #expect(abs(bruno.best.score - 0.16 * (0.32 * 0.8)) < 1e-12)
        #expect(bruno.best.steps[0].why == ["know each other (2/5)", "nothing logged"])
    }

    @Test func saysWhenIAlreadyKnowTheTarget() throws {
        _ = try store.ties.tie("me", "Tess", strength: 3, context: nil, since: nil)
        let answer = try reach.reach("#5")
        #expect(answer.direct.map(\.target.name) == ["Tess Lind"])
        #expect(answer.direct[0].steps[0].why == ["good (3/5)", "nothing logged"])
        #expect(answer.introducers.map(\.introducer.name) == ["Ana Silva", "Bruno Okafor"])
    }

    @Test func isHonestAboutWhatIOweTheIntroducer() throws {
        _ = try store.commitments.promise("Ana", "send the report", due: Day(iso: "2026-11-10"), owedByMe: true)
        _ = try store.introductions.introduce(NewIntroduction("me", "Uma", by: "Ana"))
        let ana = try #require(try reach.reach("Tess").introducers.first)
        #expect(ana.ledger?.overdueByMe == 1)
        #expect(ana.reciprocity == [
            .overduePromises([OverduePromise(what: "send the report", due: Day(iso: "2026-11-10")!, daysOverdue: 11)], total: 1),
            .unreturnedIntroductions(received: 1, asked: 0),
        ])
    }

    @Test func reachesAnOrganisationATagAndWords() throws {
        let organization = try reach.reach("stripe")
        #expect(organization.goal.kind == .organization)
        #expect(organization.goal.targets == 3)
        // Ana reaches Carla herself; a colleague Ana knows is one hop closer than Tess.
        #expect(organization.introducers.first?.best.people.map(\.name) == ["Me", "Ana Silva", "Carla Diaz"])
        #expect(try reach.reach("org:Stripe").goal.kind == .organization)

        _ = try store.people.retag("Tess", [.add("investor")])
        let tagged = try reach.reach("tag:investor")
        #expect(tagged.goal == ReachGoal(kind: .tag, query: "investor", targets: 1, searched: 1))

        var notes = PersonChanges()
        notes.notes = "Seed investor in fintech"
        _ = try store.people.edit("Tess", notes)
        let words = try reach.reach("seed fintech")
        #expect(words.goal.kind == .text)
        #expect(words.introducers.first?.best.target.name == "Tess Lind")
    }

    @Test func wordsCountEveryMatchButSearchFromTheBestFifty() throws {
        // 1,100 matches: more than the ranking reads, and me and an archived match left out.
        try store.execute("""
            WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 1101)
            INSERT INTO person (name, notes) SELECT 'Angel ' || i, 'seed investor' FROM n
            """)
        try store.execute("UPDATE person SET archived = 1 WHERE name = 'Angel 1101'")
        try store.execute("UPDATE person SET notes = 'seed investor' WHERE is_self = 1")
        let answer = try reach.reach("seed investor")
        #expect(answer.goal == ReachGoal(kind: .text, query: "seed investor", targets: 1100, searched: 50))
    }

    @Test func anOrganisationGoalTakesExactNamesAndWholeWords() throws {
        for (name, organization) in [("Ada Lab", "Stripe Labs"), ("Bo Str", "Stripes"), ("Cy Ex", "STRIPE")] {
            var person = NewPerson(name: name)
            person.organization = organization
            _ = try store.people.add(person)
        }
        let answer = try reach.reach("org:Stripe", maxHops: 1)
        // Stripe and STRIPE exactly (relevance 1, Carla, Tess, Uma and Cy), Stripe Labs for the
        // word (0.8); Stripes is another word.
        #expect(answer.goal.targets == 5)
        // Strength 2, nothing logged: 0.4 × 0.4, times the relevance.
        #expect(zip(answer.direct.map(\.score), [0.16, 0.128]).allSatisfy { abs($0 - $1) < 1e-12 })
        #expect(answer.direct.map(\.target.name) == ["Cy Ex", "Ada Lab"])
    }

    @Test func groupsIntroducersWhoShareTheOnlyBridge() throws {
        // Now Bruno too reaches Tess only through Carla.
        _ = try store.ties.untie("Bruno", "Tess")
        _ = try store.ties.tie("Bruno", "Carla", strength: 3, context: nil, since: nil)
        let answer = try reach.reach("Tess")
        #expect(answer.introducers.map(\.onlyThrough?.name) == ["Carla Diaz", "Carla Diaz"])
        #expect(answer.sharedBridges.map(\.bridge.name) == ["Carla Diaz"])
        #expect(answer.sharedBridges.first?.introducers.map(\.name) == ["Ana Silva", "Bruno Okafor"])
    }

    @Test func usesInferredTiesToColleaguesAndRespectsTheHopLimit() throws {
        // Nobody states that Ana knows Uma, but Ana now works at Stripe too.
        var job = PersonChanges()
        job.organization = "Stripe"
        _ = try store.people.edit("Ana", job)
        let answer = try reach.reach("Uma")
        let route = try #require(answer.introducers.first?.best)
        #expect(route.people.map(\.name) == ["Me", "Ana Silva", "Uma Berg"])
        #expect(route.steps[1].why == ["both at Stripe (inferred)"])
        #expect(try reach.reach("Tess", maxHops: 2).introducers.map(\.introducer.name) == ["Ana Silva", "Bruno Okafor"])
        #expect(try reach.reach("Tess", maxHops: 1).introducers.isEmpty)
    }

    @Test func pathConnectsAnyTwoPeople() throws {
        let path = try reach.path(from: "Ana", to: "Tess")
        #expect(path.from.name == "Ana Silva")
        #expect(path.introducers.first?.best.people.map(\.name) == ["Ana Silva", "Carla Diaz", "Tess Lind"])
        #expect(path.introducers.first?.ledger == nil)
    }

    @Test func refusesWhatItCannotAnswer() throws {
        #expect(throws: KithError.outOfRange(.maxHops, value: 5, allowed: 1...4)) {
            try reach.reach("Tess", maxHops: 5)
        }
        #expect(throws: KithError.invalid("that is you; name someone else to reach")) { try reach.reach("me") }
        #expect(throws: KithError.notFound("nobody matches 'zebra' by name, offer, organisation, title, tag or notes")) {
            try reach.reach("zebra")
        }
        #expect(throws: KithError.notFound("nobody in your network works at 'Acme'")) { try reach.reach("org:Acme") }
        #expect(throws: KithError.self) { try reach.path(from: "Ana", to: "ana silva") }
    }
}
