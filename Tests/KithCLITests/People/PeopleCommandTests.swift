import Foundation
import Testing

@Suite struct PeopleCommandTests {
    let kith: KithProcess

    init() throws {
        kith = try KithProcess()
        try kith.ok("add", "Ana Silva", "--org", "Stripe", "--title", "Payments Engineer", "--tag", "fintech",
                    "--note", "Knows every seed investor in Lisbon", "--strength", "4")
        try kith.ok("add", "Bruno Ökafor", "--org", "Northstar Ventures", "--tag", "investor", "--tag", "fintech",
                    "--met", "Fintech Summit", "--on", "2026-10-01", "--knows", "Ana")
        try kith.ok("add", "Anabel Ruiz", "--location", "Berlin")
    }

    /// A note typed with line breaks goes on under its column, in every table.
    @Test func aMultiLineNoteStaysInItsColumn() throws {
        try kith.ok("log", "Anabel", "--kind", "call", "--on", "2026-11-20", "--note", "first point\nsecond point")
        let show = try kith.ok("show", "Anabel")
        #expect(show.contains("""
              2026-11-20 yesterday  call  first point
                                          second point
            """), "\(show)")
        let listed = try kith.ok("interactions", "Anabel")
        #expect(listed.hasSuffix("first point\n" + String(repeating: " ", count: 35) + "second point\n"), "\(listed)")
    }

    @Test func metMatchesKnownNamesAndAddsNewOnes() throws {
        let output = try kith.ok("met", "Rust Meetup", "Ana Silva", "Carla Novak", "--on", "yesterday")
        #expect(output == """
            Rust Meetup, 2026-11-20 (yesterday)
              new    Carla Novak (#5)
              known  Ana Silva (#2)

            """)
        #expect(try kith.count("interaction_person") == 3)
        let ambiguous = try kith.run("met", "Rust Meetup", "#77")
        #expect(ambiguous.status == 1)
        #expect(ambiguous.stderr == "kith: error: no person matches '#77' (try 'kith find #77', or add them with 'kith add')\n")
    }

    @Test func logRecordsAnInteractionAndShowListsIt() throws {
        let output = try kith.ok("log", "Ana Silva", "bruno", "--kind", "meal", "--on", "2026-11-18", "--note", "lunch at Zeit")
        #expect(output == "Logged meal with Ana Silva (#2), Bruno Ökafor (#3), 2026-11-18 (3 days ago) (interaction #2)\n")
        let show = try kith.ok("show", "ana silva")
        #expect(show.contains("2026-11-18 3 days ago  meal  lunch at Zeit; with Bruno Ökafor"))
        let bad = try kith.run("log", "Ana Silva", "--kind", "dance")
        #expect(bad.status == 64)
        let ambiguous = try kith.run("log", "an")
        #expect(ambiguous.status == 1)
        #expect(ambiguous.stderr.contains("#2 Ana Silva (Stripe, last contact 2026-11-18), #4 Anabel Ruiz (nothing logged)"))
    }

    @Test func showPrintsEverySectionAndJSON() throws {
        try kith.ok("add", "Maya Chen", "--via", "Ana Silva", "--follow-up", "send the deck", "--due", "fri")
        let show = try kith.ok("show", "Ana Silva")
        #expect(show.hasPrefix("Ana Silva  #2\n  Payments Engineer at Stripe\n"))
        #expect(show.contains("tags      fintech"))
        #expect(show.contains("notes     Knows every seed investor in Lisbon"))
        #expect(show.contains("Ties (3)"))
        #expect(show.contains("●●●●○     Me (#1)"))
        #expect(show.contains("You both know Bruno Ökafor (#3)"))
        #expect(show.contains("Ana Silva introduced you to Maya Chen"))
        let maya = try #require(try kith.json("show", "Maya") as? [String: Any])
        let commitments = try #require(maya["commitments"] as? [[String: Any]])
        #expect(commitments.first?["what"] as? String == "send the deck")
        #expect(commitments.first?["due"] as? String == "2026-11-27")
        #expect(commitments.first?["owed_by_me"] as? Bool == true)
        for key in ["id", "name", "tags", "emails", "phones", "links", "ties", "interactions", "introductions",
                    "commitments", "mutual_connections", "is_self", "created_at"] {
            #expect(maya[key] != nil, "show --json lacks \(key)")
        }
        let missing = try kith.run("show", "Zed")
        #expect(missing.status == 1)
        #expect(missing.stderr == "kith: error: no person matches 'Zed' (try 'kith find Zed', or add them with 'kith add')\n")
    }

    @Test func listFiltersAndSorts() throws {
        #expect(try kith.ok("list") == """
            ID  NAME          ORGANIZATION        TITLE              TAGS              TIE    LAST CONTACT
            #2  Ana Silva     Stripe              Payments Engineer  fintech           ●●●●○
            #4  Anabel Ruiz                                                            ●●○○○
            #3  Bruno Ökafor  Northstar Ventures                     fintech,investor  ●●○○○  7 weeks ago

            """)
        let investors = try #require(try kith.json("list", "--tag", "investor") as? [[String: Any]])
        #expect(investors.map { $0["name"] as? String } == ["Bruno Ökafor"])
        #expect(investors.first?["last_contact"] as? String == "2026-10-01")
        let strongest = try #require(try kith.json("list", "--sort", "strength", "--limit", "1") as? [[String: Any]])
        #expect(strongest.map { $0["name"] as? String } == ["Ana Silva"])
        let byEvent = try #require(try kith.json("list", "--met-at", "summit") as? [[String: Any]])
        #expect(byEvent.map { $0["name"] as? String } == ["Bruno Ökafor"])
        let byOrg = try #require(try kith.json("list", "--org", "stripe") as? [[String: Any]])
        #expect(byOrg.map { $0["name"] as? String } == ["Ana Silva"])
        #expect(try kith.run("list", "--sort", "age").status == 64)
        // A number out of range is a user error with one wording in every command (issue 9).
        try kith.refuses(["list", "--limit", "0"], "kith: error: --limit must be 1 or more, not 0\n")
    }

    @Test(arguments: [["list"], ["find", "ana"], ["ties"], ["reach", "Ana"], ["week"], ["path", "Ana", "Bruno"]])
    func theSameMistakeReadsTheSameInEveryCommand(_ command: [String]) throws {
        try kith.refuses(command + ["--limit", "0"], "kith: error: --limit must be 1 or more, not 0\n")
    }

    @Test func findSearchesEverythingAndSurvivesOperators() throws {
        let found = try #require(try kith.json("find", "seed", "lisb") as? [[String: Any]])
        #expect(found.map { $0["name"] as? String } == ["Ana Silva"])
        let accents = try #require(try kith.json("find", "OKAFOR") as? [[String: Any]])
        #expect(accents.map { $0["name"] as? String } == ["Bruno Ökafor"])
        for hostile in ["\"", "fintech\" OR \"x", "NOT", "(", "*", "name:ana", "a AND"] {
            let result = try kith.run("find", hostile)
            #expect(result.status == 0 || result.status == 1, "find \(hostile) crashed")
            #expect(!result.stderr.contains("fts5"), "raw SQL error for \(hostile)")
        }
        #expect(try kith.ok("find", "nobody-at-all") == "Nobody matches.\n")
    }

    @Test func editChangesFields() throws {
        try kith.ok("edit", "Anabel", "--org", "Verdant Labs", "--title", "Founder", "--add-email", "anabel@verdant.example",
                    "--cadence", "2w", "--add-note", "Met at a climate dinner")
        #expect(try kith.count("person", "name = 'Anabel Ruiz' AND organization = 'Verdant Labs' AND cadence_days = 14") == 1)
        #expect(try kith.count("email", "value = 'anabel@verdant.example' AND is_primary = 1") == 1)
        try kith.ok("edit", "Anabel", "--org", "", "--cadence", "none")
        #expect(try kith.count("person", "name = 'Anabel Ruiz' AND organization IS NULL AND cadence_days IS NULL") == 1)
        let before = try kith.fingerprint()
        #expect(try kith.run("edit", "Anabel").status == 1)
        #expect(try kith.run("edit", "an", "--title", "X").status == 1)
        #expect(try kith.run("edit", "Anabel", "--add-email", "nope").status == 1)
        #expect(try kith.fingerprint() == before)
    }

    @Test func tagAddsAndRemoves() throws {
        #expect(try kith.ok("tag", "Ana Silva", "+mentor", "-fintech", "speaker") == "Ana Silva (#2): mentor, speaker\n")
        #expect(try kith.count("person_fts", "person_fts MATCH 'tags:mentor'") == 1)
        let missing = try kith.run("tag", "Ana Silva", "-ghost")
        #expect(missing.status == 1)
        #expect(missing.stderr == "kith: error: Ana Silva has no tag 'ghost'\n")
        #expect(try kith.count("person_tag") == 4)
    }

    @Test func removeAsksOrNeedsYes() throws {
        let refused = try kith.run("rm", "Bruno")
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("add --yes"))
        #expect(try kith.count("person", "name = 'Bruno Ökafor'") == 1)
        let removed = try kith.ok("rm", "Bruno", "--yes")
        #expect(removed == "Removed Bruno Ökafor (#3) with 2 ties, 1 interaction, 0 introductions, 0 commitments.\n"
                + "kith undo brings them back; kith forget would leave nothing of them.\n")
        for (table, condition) in [("person", "id = 3"), ("tie", "3 IN (person_a, person_b)"), ("person_tag", "person_id = 3"),
                                   ("interaction_person", "person_id = 3"), ("interaction", "1"), ("event", "1"),
                                   ("person_fts", "rowid = 3")] {
            #expect(try kith.count(table, condition) == 0, "\(table) keeps a trace of Bruno")
        }
        #expect(try kith.run("rm", "me", "--yes").status == 1)
    }

    @Test func removeAsksOnATerminal() throws {
        let declined = try kith.runOnTerminal(["rm", "Bruno"], input: "n\n")
        #expect(declined.stdout.contains("Remove Bruno Ökafor (#3) with 2 ties, 1 interaction, 0 introductions, 0 commitments? [y/N]"))
        #expect(declined.stdout.contains("Kept Bruno Ökafor."))
        #expect(try kith.count("person", "id = 3") == 1)
        let accepted = try kith.runOnTerminal(["rm", "Bruno"], input: "y\n")
        #expect(accepted.status == 0)
        #expect(accepted.stdout.contains("Removed Bruno Ökafor (#3)"))
        #expect(try kith.count("person", "id = 3") == 0)
    }

    @Test func meNamesMe() throws {
        #expect(try kith.ok("me", "--name", "Alex Rivera") == "You are now Alex Rivera (#1).\n")
        let me = try #require(try kith.json("me") as? [String: Any])
        #expect(me["name"] as? String == "Alex Rivera")
        #expect(me["is_self"] as? Bool == true)
    }
}
