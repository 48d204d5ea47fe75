import Foundation
import Testing

/// `kith reach` and `kith path` on a small network where the right answer is known.
@Suite struct ReachCommandTests {
    let kith: KithProcess

    init() throws {
        kith = try KithProcess()
        try kith.ok("add", "Ana Silva", "--strength", "4", "--met", "PyCon", "--on", "2026-11-09")
        try kith.ok("add", "Bruno Okafor")
        try kith.ok("add", "Carla Diaz", "--org", "Stripe", "--knows", "Ana")
        try kith.ok("add", "Tess Lind", "--org", "Stripe", "--title", "Head of Partnerships", "--note", "seed investor")
        try kith.ok("untie", "me", "Carla")
        try kith.ok("untie", "me", "Tess")
        try kith.ok("tie", "Ana", "Carla", "--strength", "3", "--context", "worked together at Stripe")
        try kith.ok("tie", "Carla", "Tess", "--strength", "4")
        try kith.ok("tie", "Bruno", "Tess", "--strength", "2")
        try kith.ok("owe", "Ana", "send the report", "--due", "2026-11-10")
    }

    @Test func reachRanksExplainsAndIsHonestAboutWhatIOwe() throws {
        #expect(try kith.ok("reach", "Tess") == """
            Who can introduce you to Tess Lind?

            1. Ana Silva (#2)  13%
               the % ranks routes (fit × tie weights × 0.8 per extra hop), not a chance
               you → Ana Silva → Carla Diaz → Tess Lind (Stripe)
               You ↔ Ana Silva: close (4/5), last met 12 days ago at PyCon
               Ana Silva ↔ Carla Diaz: worked together at Stripe, stated (3/5)
               Carla Diaz ↔ Tess Lind: stated (4/5), both at Stripe
               ! you owe Ana "send the report" (11 days overdue)
               ! every route from Ana goes through Carla Diaz (#4)

            2. Bruno Okafor (#3)  4%
               you → Bruno Okafor → Tess Lind (Stripe)
               You ↔ Bruno Okafor: know each other (2/5), nothing logged
               Bruno Okafor ↔ Tess Lind: stated (2/5)

            """)
    }

    @Test func reachSaysFirstWhenIKnowThemAlready() throws {
        try kith.ok("tie", "me", "Tess", "--strength", "3")
        let output = try kith.ok("reach", "#5")
        #expect(output.hasPrefix("Who can introduce you to Tess Lind?\n\nYou already know them directly: good (3/5), nothing logged.\n"))
        #expect(try kith.ok("reach", "Tess", "--max-hops", "1") == """
            Who can introduce you to Tess Lind?

            You already know them directly: good (3/5), nothing logged.

            Nobody else you know reaches them within 1 hop. Try --max-hops 2.

            """)
    }

    @Test func reachTakesOrganisationsTagsAndWords() throws {
        #expect(try kith.ok("reach", "org:Stripe").hasPrefix("Who can introduce you to Stripe (organisation, 2 people)?"))
        #expect(try kith.ok("reach", "stripe").hasPrefix("Who can introduce you to stripe (organisation, 2 people)?"))
        try kith.ok("tag", "Tess", "+investor")
        #expect(try kith.ok("reach", "tag:investor").hasPrefix("Who can introduce you to people tagged investor (1 person)?"))
        let words = try kith.ok("reach", "seed", "investor")
        #expect(words.hasPrefix("Who can introduce you to “seed investor” (1 person match)?"))
        #expect(words.contains("you → Ana Silva → Carla Diaz → Tess Lind (Stripe)"))
    }

    @Test func reachJSONHasTheDocumentedKeys() throws {
        let answer = try #require(try kith.json("reach", "Tess", "--alternatives", "1") as? [String: Any])
        for key in ["goal", "from", "from_me", "max_hops", "direct", "introducers", "shared_bridges"] {
            #expect(answer[key] != nil, "reach --json lacks \(key)")
        }
        let first = try #require((answer["introducers"] as? [[String: Any]])?.first)
        for key in ["rank", "introducer", "best", "alternatives", "ledger", "reciprocity"] {
            #expect(first[key] != nil, "an introducer lacks \(key)")
        }
        let best = try #require(first["best"] as? [String: Any])
        #expect((best["people"] as? [[String: Any]])?.compactMap { $0["name"] as? String }
                == ["Me", "Ana Silva", "Carla Diaz", "Tess Lind"])
        let steps = try #require(best["steps"] as? [[String: Any]])
        #expect(steps.count == 3)
        for key in ["from", "to", "weight", "why"] { #expect(steps[0][key] != nil, "a step lacks \(key)") }
        #expect(abs((best["score"] as? Double ?? 0) - 0.1336) < 0.001)
        // Reciprocity is facts, not sentences: a script can act on them.
        let facts = try #require(first["reciprocity"] as? [[String: Any]])
        #expect(facts.count == 1)
        #expect(facts.first?["kind"] as? String == "overdue_promises")
        #expect(facts.first?["total"] as? Int == 1)
        let promise = try #require((facts.first?["promises"] as? [[String: Any]])?.first)
        #expect(promise["what"] as? String == "send the report")
        #expect(promise["due"] as? String == "2026-11-10")
        #expect(promise["days_overdue"] as? Int == 11)
    }

    @Test func pathConnectsTwoPeople() throws {
        let output = try kith.ok("path", "Bruno", "Carla")
        #expect(output.hasPrefix("How Bruno Okafor is connected to Carla Diaz\n\n1. Tess Lind (#5)"))
        #expect(output.contains("Bruno Okafor → Tess Lind → Carla Diaz (Stripe)"))
        let mine = try kith.ok("path", "me", "Tess")
        #expect(mine.hasPrefix("Who can introduce you to Tess Lind?"))
    }

    @Test(arguments: [
        (["reach", "zebra"], "kith: error: nobody matches 'zebra' by name, offer, organisation, title, tag or notes\n"),
        (["reach", "Tess", "--max-hops", "5"], "kith: error: --max-hops must be from 1 to 4, not 5: nobody forwards an introduction further\n"),
        (["reach", "me"], "kith: error: that is you; name someone else to reach\n"),
        (["reach", "org:Acme"], "kith: error: nobody in your network works at 'Acme'\n"),
        (["reach", "org:"], "kith: error: name the organisation after org:, as in org:Stripe\n"),
        (["path", "Ana", "Ana Silva"], "kith: error: 'Ana' and 'Ana Silva' are both Ana Silva (#2); name two different people\n"),
    ])
    func refusesWhatItCannotAnswer(_ arguments: [String], _ message: String) throws {
        try kith.refuses(arguments, message)
    }

    @Test func anOrganisationGoalTakesTheExactNameAndWholeWords() throws {
        try kith.ok("add", "Ada Lab", "--org", "Stripe Labs")
        try kith.ok("add", "Bo Str", "--org", "Stripes")
        let answer = try #require(try kith.json("reach", "org:Stripe") as? [String: Any])
        let goal = try #require(answer["goal"] as? [String: Any])
        // Carla and Tess at Stripe, Ada at Stripe Labs; Stripes is another word.
        #expect(goal["targets"] as? Int == 3)
        #expect(try kith.ok("reach", "org:Stripe").hasPrefix("Who can introduce you to Stripe (organisation, 3 people)?"))
    }

    @Test func eventsWeighEveryTieAndShowInTheWhyLine() throws {
        let before = try kith.ok("reach", "Tess")
        try kith.ok("met", "PyCon 2025", "Carla Diaz", "Tess Lind", "--on", "2026-10-01")
        let after = try kith.ok("reach", "Tess")
        #expect(!before.contains("PyCon 2025"))
        #expect(after.contains("Carla Diaz ↔ Tess Lind: stated (4/5), both at Stripe, you met both at PyCon 2025"))
    }

    @Test func aBridgeIKnowMyselfIsToBeAskedDirectly() throws {
        try kith.ok("tie", "me", "Carla", "--strength", "1")
        let output = try kith.ok("reach", "Tess")
        #expect(output.contains("""
               ! every route from Ana goes through Carla Diaz (#4)
               ! you know Carla yourself: ask Carla directly
            """))
        let answer = try #require(try kith.json("reach", "Tess") as? [String: Any])
        let introducers = try #require(answer["introducers"] as? [[String: Any]])
        let ana = try #require(introducers.first { ($0["introducer"] as? [String: Any])?["name"] as? String == "Ana Silva" })
        #expect(ana["ask_directly"] as? Bool == true)
        #expect((ana["only_through"] as? [String: Any])?["name"] as? String == "Carla Diaz")
    }

    @Test func alternativesThatMeetTheBestRouteAgainSaySo() throws {
        // Ana also knows Uma, who knows Carla: that way meets the best one again at Carla.
        try kith.ok("add", "Uma Berg", "--knows", "Ana")
        try kith.ok("untie", "me", "Uma")
        try kith.ok("tie", "Uma", "Carla", "--strength", "2")
        let output = try kith.ok("reach", "Tess", "--max-hops", "4", "--alternatives", "1")
        #expect(output.contains("also: you → Ana Silva → Uma Berg → Carla Diaz → Tess Lind (Stripe)"))
        #expect(output.contains(", both through Carla Diaz"))
        let answer = try #require(try kith.json("reach", "Tess", "--max-hops", "4", "--alternatives", "1") as? [String: Any])
        let ana = try #require((answer["introducers"] as? [[String: Any]])?.first)
        let alternative = try #require((ana["alternatives"] as? [[String: Any]])?.first)
        #expect((alternative["meets_best_at"] as? [[String: Any]])?.compactMap { $0["name"] as? String } == ["Carla Diaz"])
    }

    @Test func saysWhenNobodyReachesThem() throws {
        try kith.ok("add", "Zed Alone")
        try kith.ok("untie", "me", "Zed")
        #expect(try kith.ok("reach", "Zed") == """
            Who can introduce you to Zed Alone?

            Nobody you know reaches them within 3 hops. Try --max-hops 4.

            """)
    }
}
