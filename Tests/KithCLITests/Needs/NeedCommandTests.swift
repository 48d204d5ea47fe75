import Foundation
import Testing

/// Needs and offers end to end: recording them (alone and with `add`), listing, closing,
/// `show`, `find`, the vCard export, and the introductions `matches` suggests.
@Suite struct NeedCommandTests {
    let kith: KithProcess

    init() throws {
        kith = try KithProcess()
        try kith.ok("add", "Ana Silva", "--strength", "4", "--met", "PyCon 2025", "--on", "2026-11-01",
                    "--needs", "an intro to a fintech investor", "--offers", "Python mentoring")
        try kith.ok("add", "Tariq Demir", "--strength", "3", "--offers", "angel investing in fintech, seed rounds")
        try kith.ok("add", "Bo Lin", "--offers", "product design reviews", "--knows", "Ana")
    }

    @Test func addRecordsWhatTheyNeedAndOfferWhereWeMet() throws {
        #expect(try kith.query("SELECT count(*) FROM need_offer WHERE person_id = 2") == 2)
        #expect(try kith.query("SELECT said_on FROM need_offer WHERE id = 1") == "2026-11-01")
        #expect(try kith.query("SELECT e.name FROM need_offer n JOIN event e ON e.id = n.event_id WHERE n.id = 1") == "PyCon 2025")
        #expect(try kith.query("SELECT interaction_id IS NOT NULL FROM need_offer WHERE id = 2") == true)
        let added = try #require(try kith.json("add", "Cy Reed", "--needs", "a designer") as? [String: Any])
        let needs = try #require(added["needs"] as? [[String: Any]])
        #expect(needs.map { $0["what"] as? String } == ["a designer"])
        #expect(needs.first?["kind"] as? String == "need")
    }

    @Test func needOfferListCloseAndShow() throws {
        #expect(try kith.ok("need", "me", "a designer for the landing page", "--on", "3 days ago")
                == "Need #5: you need: a designer for the landing page (said 2026-11-18 (3 days ago))\n")
        #expect(try kith.ok("offer", "Ana", "code reviews", "--at", "pycon")
                == "Offer #6: Ana Silva (#2) offers: code reviews (said 2026-11-21 (today), at PyCon 2025)\n")
        #expect(try kith.ok("need-status", "1", "--met") == "Met #1: Ana Silva (#2) needs: an intro to a fintech investor.\n")
        #expect(try kith.query("SELECT closed_on FROM need_offer WHERE id = 1") == "2026-11-21")
        #expect(try kith.ok("needs") == """
            ID  WHO             WHAT                             SAID        STATUS
            #5  Me (#1)         a designer for the landing page  2026-11-18  open
            #1  Ana Silva (#2)  an intro to a fintech investor   2026-11-01  met 2026-11-21

            """)
        let open = try #require(try kith.json("offers", "Ana", "--open") as? [[String: Any]])
        #expect(open.map { $0["id"] as? Int } == [6, 2])
        for key in ["id", "person", "by_me", "kind", "what", "said_on", "status"] { #expect(open[0][key] != nil) }
        #expect(try kith.ok("offer-status", "2", "--dropped") == "Dropped #2: Ana Silva (#2) offers: Python mentoring.\n")
        let show = try kith.ok("show", "Ana")
        #expect(show.contains("Needs and offers (open)"))
        #expect(show.contains("#6  offer: code reviews"))
        #expect(!show.contains("Python mentoring"))
        #expect(try kith.ok("need-status", "1", "--open").hasPrefix("Reopened #1"))
        #expect(try kith.query("SELECT closed_on IS NULL FROM need_offer WHERE id = 1") == true)
    }

    @Test func findReachesPeopleThroughWhatTheyOfferStemmed() throws {
        // Tariq offers investing; Ana needs an investor: find shows both, matches tells them apart.
        let found = try #require(try kith.json("find", "investor") as? [[String: Any]])
        #expect(found.map { $0["name"] as? String } == ["Ana Silva", "Tariq Demir"])
        let designers = try #require(try kith.json("find", "designers") as? [[String: Any]])
        #expect(designers.map { $0["name"] as? String } == ["Bo Lin"])
        try kith.ok("need-status", "4", "--dropped")
        #expect(try kith.ok("find", "designers") == "Nobody matches.\n")
    }

    @Test func theVCardExportKeepsOpenNeedsAndOffers() throws {
        let cards = try kith.ok("export", "--format", "vcard")
        #expect(cards.contains("X-KITH-NEED;X-SAID=2026-11-01:an intro to a fintech investor\r\n"))
        #expect(cards.contains("X-KITH-OFFER;X-SAID=2026-11-21:angel investing in fintech\\, seed rounds\r\n"))
        // Another Kith reads them back as needs and offers, said when the card says; the same
        // cards again add nothing.
        let other = try KithProcess()
        let file = try other.write("cards.vcf", cards)
        try other.ok("import", file)
        #expect(try other.query("SELECT said_on FROM need_offer WHERE what = 'an intro to a fintech investor'") == "2026-11-01")
        #expect(try other.count("need_offer") == 4)
        #expect(try other.count("person_property", "name LIKE 'X-KITH%'") == 0)
        let again = try #require(try other.json("import", file, "--json") as? [String: Any])
        #expect(again["updated"] as? Int == 0)
        #expect(try other.count("need_offer") == 4)
    }

    @Test func matchesSuggestIntroductionsWithWhyAndTheCommand() throws {
        try kith.ok("owe", "Ana", "send the deck", "--due", "2026-11-10")
        let text = try kith.ok("matches")
        #expect(text.hasPrefix("1. Ana Silva (#2) needs “an intro to a fintech investor”"))
        #expect(text.contains("   Tariq Demir (#3) offers “angel investing in fintech, seed rounds”\n"))
        #expect(text.contains("meets 2 of 2 words (fintech, investor) · your ties 4/5 and 3/5"))
        #expect(text.contains("! you owe Ana Silva 1 promise, 1 overdue"))
        #expect(text.contains("kith intro '#2' '#3' --status offered --need 1 --purpose 'an intro to a fintech investor'"))
        let json = try #require(try kith.json("matches") as? [String: Any])
        let matches = try #require(json["matches"] as? [[String: Any]])
        #expect(matches.count == 1)
        #expect(matches[0]["words_met"] as? [String] == ["fintech", "investor"])
        // The suggested command runs as shown, and the match is then left out and counted.
        try kith.ok("intro", "#2", "#3", "--status", "offered", "--need", "1", "--purpose", "an intro to a fintech investor")
        #expect(try kith.query("SELECT need_id FROM introduction WHERE id = 1") == 1)
        let after = try #require(try kith.json("matches") as? [String: Any])
        #expect((after["matches"] as? [Any])?.isEmpty == true)
        #expect(after["already_introduced"] as? Int == 1)
        #expect(try kith.ok("matches").contains("that you have not introduced already"))
    }

    @Test func matchesForOnePersonAndThoseWhoAlreadyKnowEachOther() throws {
        try kith.ok("need", "Tariq", "feedback from a product designer")
        #expect(try kith.ok("matches", "Bo").contains("Bo Lin (#4) offers “product design reviews”"))
        #expect(try kith.ok("matches", "Ana").contains("Tariq Demir (#3) offers"))
        try kith.ok("tie", "Tariq", "Bo", "--strength", "2")
        let json = try #require(try kith.json("matches", "Tariq") as? [String: Any])
        let matches = try #require(json["matches"] as? [[String: Any]])
        let withBo = try #require(matches.first { ($0["offer"] as? [String: Any])?["id"] as? Int == 4 })
        #expect(withBo["their_tie"] as? Int == 2)
        #expect(try kith.ok("matches", "Tariq").contains("! they already know each other (tie 2/5)"))
    }

    @Test func theWeekSuggestsIntroductionsAndTheLedgerCountsThoseMade() throws {
        let week = try kith.ok("week")
        #expect(week.contains("Introductions you could make (1)\n"))
        #expect(week.contains("#1  Ana Silva ↔ Tariq Demir  an intro to a fintech investor ← angel investing in fintech,…"))
        #expect(week.contains("kith intro '#2' '#3' --status offered --need 1"))
        let json = try #require(try kith.json("week") as? [String: Any])
        #expect((json["could_introduce"] as? [Any])?.count == 1)
        try kith.ok("intro", "Ana", "Tariq", "--need", "1")
        #expect(try kith.ok("week").contains("1 introduction made (1 for a need)"))
        let recap = try #require((try kith.json("week") as? [String: Any])?["recap"] as? [String: Any])
        #expect(recap["introductions_from_matches"] as? Int == 1)
        let ledger = try kith.ok("ledger")
        #expect(ledger.contains("Ana Silva (#2)            1 (1*)"))
        #expect(ledger.contains("(n*): n of them made for someone's need, from kith matches"))
        let line = try #require((try kith.json("ledger", "Tariq") as? [[String: Any]])?.first)
        #expect(line["introductions_from_matches"] as? Int == 1)
        #expect(try kith.ok("show", "Tariq").contains("you introduced them 1× (1 for a need)"))
    }

    @Test func reachAimsAtMyOwnNeedAndAtOffersBeforeMentions() throws {
        try kith.ok("add", "Dana Wu", "--org", "Fintech Capital", "--strength", "2")
        try kith.ok("tie", "Dana", "Bo", "--strength", "3")
        try kith.ok("tie", "Tariq", "Bo", "--strength", "3")
        try kith.ok("need", "me", "a fintech investor")
        let json = try #require(try kith.json("reach", "--need", "5") as? [String: Any])
        let goal = try #require(json["goal"] as? [String: Any])
        #expect(goal["kind"] as? String == "need")
        #expect(goal["need_id"] as? Int == 5)
        #expect(goal["query"] as? String == "a fintech investor")
        // Tariq offers it (relevance 1), Dana's organisation mentions it (at most ½), and Ana,
        // who needs it, is no target at all.
        let direct = try #require(json["direct"] as? [[String: Any]])
        #expect(direct.compactMap { ($0["target"] as? [String: Any])?["name"] as? String } == ["Tariq Demir", "Dana Wu"])
        #expect(try kith.ok("reach", "need:5").hasPrefix("Who can introduce you to what your need #5 asks for, “a fintech investor”"))
        try kith.refuses(["reach", "need:1"], "kith: error: #1 is not a need of yours; aim at one of your own open needs\n")
        let both = try kith.run("reach", "--need", "5", "fintech")
        #expect(both.status == 64)
        #expect(both.stderr.hasPrefix("kith: error: give either a goal or --need, not both\n"))
    }

    /// Every section of a brief, in text, Markdown and JSON.
    @Test func aBriefHasEverySectionInEveryFormat() throws {
        try kith.ok("log", "Ana", "--kind", "call", "--on", "2026-11-20", "--note", "talked about hiring")
        try kith.ok("owe", "Ana", "send the deck", "--due", "2026-11-10")
        try kith.ok("expect", "Ana", "her hiring plan")
        try kith.ok("need", "Ana", "a CTO", "--on", "2026-03-01")
        try kith.ok("need", "me", "python mentoring for my team")
        try kith.ok("tie", "Tariq", "Bo", "--strength", "3")
        try kith.ok("intro", "Ana", "Bo", "--status", "offered")
        let text = try kith.ok("brief", "Ana")
        // Long lines wrap at 80 columns; read them joined again.
        let flat = text.replacingOccurrences(of: "\n    ", with: " ")
        for fragment in [
            "Brief: Ana Silva (#2)\n", "Who they are\n  met: at PyCon 2025", "Your tie\n  strength 4/5; reach weighs it 0.",
            "Last interactions\n  2026-11-20 (yesterday) call: talked about hiring",
            "What they need and offer\n", "needs: a CTO (#5, said 2026-03-01", "offers: Python mentoring (#2",
            "Promises\n  overdue: you owe: send the deck, due 2026-11-10 (11 days ago) (#1)\n  they owe you: her hiring plan (#2)",
            "Ledger\n  you introduced them 0×", "People you both know\n  Bo Lin",
            "Introductions you could make for them\n  for “an intro to a fintech investor”: Tariq Demir (#3) offers",
            "Introductions in progress\n  #1 you offered to introduce Ana Silva ↔ Bo Lin, offered today, no answer yet",
            "Open questions\n  still true? needs “a CTO” (said 2026-03-01 (8 months ago)): kith need-status 5 --met or --dropped",
        ] {
            #expect(flat.contains(fragment), "the brief lacks \(fragment)")
        }
        #expect(text.split(separator: "\n").allSatisfy { $0.count <= 80 })
        // Ana offers what I need: what she could do for me.
        #expect(flat.contains("What they could do for your needs\n  your need “python mentoring for my team” (#6): they offer “Python mentoring”"))
        let markdown = try kith.ok("brief", "Ana", "--format", "markdown")
        #expect(markdown.hasPrefix("# Brief: Ana Silva (#2)\n\n## Who they are\n\n- met: at PyCon 2025"))
        #expect(markdown.contains("\n## Open questions\n\n- still true? needs “a CTO”"))
        let json = try #require(try kith.json("brief", "Ana") as? [String: Any])
        for key in ["profile", "tie", "could_introduce_them", "they_could_help", "in_progress", "still_true"] {
            #expect(json[key] != nil, "the JSON brief lacks \(key)")
        }
        #expect((json["tie"] as? [String: Any])?["strength"] as? Int == 4)
        #expect((json["still_true"] as? [[String: Any]])?.map { $0["id"] as? Int } == [5])
        try kith.refuses(["brief", "me"], "kith: error: a brief is about someone else; name them\n")
        try kith.ok("add", "Cy Reed", "--not-met")
        #expect(try kith.ok("brief", "Cy").contains("Your tie\n  no tie to you yet: kith tie me '#5' --strength N"))
    }
}

/// Merging keeps a person's needs and offers (an open one both said once); removing says how many go.
@Suite struct NeedLifecycleTests {
    @Test func mergeKeepsThemAndRemoveCountsThem() throws {
        let kith = try KithProcess()
        try kith.ok("add", "Ana Silva", "--needs", "a designer", "--offers", "Python mentoring")
        try kith.ok("add", "Ana M. Silva", "--new", "--needs", "A designer", "--offers", "code reviews")
        let merged = try kith.ok("merge", "#2", "#3")
        #expect(merged.contains("1 need or offer moved"), "\(merged)")  // "A designer" was already hers
        #expect(try kith.query("SELECT group_concat(what, ', ') FROM (SELECT what FROM need_offer WHERE person_id = 2 ORDER BY id)")
                == "a designer, Python mentoring, code reviews")
        let removed = try kith.ok("rm", "Ana", "--yes")
        #expect(removed.contains("3 needs and offers"), "\(removed)")
        #expect(try kith.count("need_offer") == 0)
        #expect(try kith.count("need_offer_fts") == 0)
    }
}
