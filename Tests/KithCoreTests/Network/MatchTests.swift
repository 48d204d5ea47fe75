import Testing
@testable import KithCore

/// The matching rule (README: "How Kith matches needs and offers") at fixed dates, and the
/// words a need is searched by.
@Suite struct MatchTests {
    @Test func theWordsOfANeedLeaveOutHowItIsAsked() {
        #expect(NeedWords.subject("Looking for an intro to a Fintech investor!") == ["fintech", "investor"])
        #expect(NeedWords.subject("help help HIRING") == ["hiring"])
        #expect(NeedWords.subject("an intro to someone") == [])
        #expect(NeedWords.matchQuery("an intro to someone") == nil)
    }

    @Test func agentNounsAlsoMatchAsTheirRoot() {
        #expect(NeedWords.root(of: "investor") == "invest")
        #expect(NeedWords.root(of: "designers") == "design")
        #expect(NeedWords.root(of: "mentor") == nil)
        #expect(NeedWords.root(of: "fintech") == nil)
        #expect(NeedWords.matchQuery("fintech investor", column: "offer")
                == #"offer : (("fintech"*) OR ("investor"* OR "invest"*))"#)
        #expect(NeedWords.matchQuery("fintech investor", anyWord: false) == #"("fintech"*) AND ("investor"* OR "invest"*)"#)
    }

    @Test func theScoreMultipliesFitClosenessAndFreshness() {
        #expect(MatchScore.fit(met: 2, of: 2, bm25: -3, best: -3) == 1)
        #expect(MatchScore.fit(met: 1, of: 2, bm25: -1.5, best: -3) == 0.375)
        #expect(MatchScore.fit(met: 0, of: 0, bm25: -1, best: -1) == 0)
        #expect(abs(MatchScore.closeness(5, 5) - 1) < 1e-12)
        #expect(abs(MatchScore.closeness(4, 1) - 0.4) < 1e-12)
        #expect(abs(MatchScore.closeness(nil, 5) - 0.1.squareRoot()) < 1e-12)
        #expect(MatchScore.freshness(olderAge: 0) == 1)
        #expect(abs(MatchScore.freshness(olderAge: 365) - 0.5) < 1e-12)
        #expect(MatchScore.freshness(olderAge: -3) == 1)
    }

    @Test func matchesAreRankedAndOldOnesFade() throws {
        let store = try Store.empty()
        _ = try store.add("Ana Silva", "Tariq Demir", "Cy Reed")
        try store.execute("UPDATE tie SET strength = 5 WHERE person_b = 2")
        var need = NewNeed(.need, of: "Ana", "a fintech investor")
        need.saidOn = Day(iso: "2025-11-21")
        _ = try store.needs.record(need)
        _ = try store.needs.record(NewNeed(.offer, of: "Tariq", "fintech investing"))
        _ = try store.needs.record(NewNeed(.offer, of: "Cy", "investor relations"))
        let found = try MatchQuery(store.context).matches()
        #expect(found.matches.map(\.offer.person.name) == ["Tariq Demir", "Cy Reed"])
        let best = try #require(found.matches.first)
        #expect(abs(best.freshness - 0.5) < 1e-12)
        #expect(abs(best.closeness - (1.0 * 0.4).squareRoot()) < 1e-12)
        #expect(abs(best.score - best.fit * best.closeness * best.freshness) < 1e-12)
        #expect(found.matches[1].wordsMet == ["investor"])
        #expect(try MatchQuery(store.context).matches(limit: 1).total == 2)
    }
}
