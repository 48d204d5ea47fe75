import Foundation
import Testing

@Suite struct IntroductionCommandTests {
    let kith: KithProcess

    init() throws {
        kith = try KithProcess()
        for name in ["Ana Silva", "Bruno Okafor", "Carla Novak"] { try kith.ok("add", name) }
    }

    @Test func introRecordsGivenReceivedAndOthersIntroductions() throws {
        #expect(try kith.ok("intro", "Ana", "Carla", "--purpose", "hiring", "--on", "2026-11-01") == """
            Recorded introduction #1: you introduced Ana Silva ↔ Carla Novak, 2026-11-01 (2 weeks ago).
              Ana Silva and Carla Novak are now tied.

            """)
        #expect(try kith.count("tie", "person_a = 2 AND person_b = 4 AND source = 'introduction'") == 1)
        #expect(try kith.ok("intro", "me", "Carla", "--by", "Bruno", "--status", "requested")
                == "Recorded introduction #2: you asked Bruno Okafor to introduce you to Carla Novak, 2026-11-21 (today).\n")
        let others = try #require(try kith.json("intro", "Ana", "Bruno", "--by", "Carla") as? [String: Any])
        #expect(others["direction"] as? String == "others")
        #expect(others["status"] as? String == "made")

        #expect(try kith.ok("intros") == """
            ID  DATE        INTRODUCTION                                            STATUS     PURPOSE
            #3  2026-11-21  Carla Novak introduced Ana Silva ↔ Bruno Okafor         made
            #2  2026-11-21  you asked Bruno Okafor to introduce you to Carla Novak  requested
            #1  2026-11-01  you introduced Ana Silva ↔ Carla Novak                  made       hiring

            """)
        let given = try #require(try kith.json("intros", "--given") as? [[String: Any]])
        #expect(given.map { $0["id"] as? Int } == [1])
        let received = try #require(try kith.json("intros", "--received") as? [[String: Any]])
        #expect(received.map { $0["id"] as? Int } == [2])
        let betweenOthers = try #require(try kith.json("intros", "--others") as? [[String: Any]])
        #expect(betweenOthers.map { $0["id"] as? Int } == [3])
        let open = try #require(try kith.json("intros", "--open") as? [[String: Any]])
        #expect(open.map { $0["id"] as? Int } == [2])
        for key in ["id", "introducer", "person_a", "person_b", "date", "status", "direction"] {
            #expect(open[0][key] != nil, "intros --json lacks \(key)")
        }
        #expect(try kith.run("intros", "--given", "--received").status == 64)
        #expect(try kith.run("intro", "Ana", "Bruno", "--status", "maybe").status == 64)
    }

    @Test func introStatusMovesAnIntroductionOnAndTiesTheTwo() throws {
        try kith.ok("intro", "Ana", "Carla", "--by", "Bruno", "--status", "requested", "--on", "2026-11-10")
        #expect(try kith.count("tie", "person_a = 2 AND person_b = 4") == 0)
        #expect(try kith.ok("intro-status", "#1", "--status", "made")
                == "Introduction #1: Bruno Okafor introduced Ana Silva ↔ Carla Novak, made 2026-11-21 (today).\n")
        #expect(try kith.count("tie", "person_a = 2 AND person_b = 4 AND source = 'introduction'") == 1)
        try kith.ok("intro-status", "1", "--outcome", "they are piloting together")
        #expect(try kith.query("SELECT outcome FROM introduction WHERE id = 1") == "they are piloting together")
    }

    @Test(arguments: [
        (["intro", "me", "Ana"], "kith: error: you cannot introduce yourself; to record that someone introduced you, add --by PERSON\n"),
        (["intro", "Ana", "Bruno", "--by", "Ana"], "kith: error: Ana Silva cannot introduce themself; name the two people they introduced\n"),
        (["intro-status", "9", "--status", "made"], "kith: error: there is no introduction #9; 'kith intros' lists them\n"),
        (["intro-status", "1"], "kith: error: nothing to change; give --status, --outcome or both\n"),
        (["intro", "Ana", "Zed"], "kith: error: no person matches 'Zed' (try 'kith find Zed', or add them with 'kith add')\n"),
    ])
    func refusesBadIntroductionsAndChangesNothing(_ arguments: [String], _ message: String) throws {
        try kith.ok("intro", "Ana", "Bruno")
        try kith.refuses(arguments, message)
    }

    @Test func ledgerBalancesWhatEachDidForTheOther() throws {
        try kith.ok("intro", "Ana", "Carla")
        try kith.ok("intro", "me", "Carla", "--by", "Bruno")
        try kith.ok("expect", "Bruno", "his investor list")
        try kith.ok("done", "1")
        try kith.ok("owe", "Bruno", "the report", "--due", "2026-11-10")
        #expect(try kith.ok("ledger") == """
            PERSON             YOU INTRODUCED  THEY INTRODUCED  YOU KEPT  THEY KEPT  OPEN                 BALANCE
            Bruno Okafor (#3)               0                1         0          1  1 yours (1 overdue)       -2
            Ana Silva (#2)                  1                0         0          0                            +1
            Carla Novak (#4)                1                0         0          0                            +1

            """)
        let bruno = try #require((try kith.json("ledger", "Bruno") as? [[String: Any]])?.first)
        #expect(bruno["balance"] as? Int == -2)
        #expect(bruno["overdue_by_me"] as? Int == 1)
        for key in ["person", "introductions_given", "introductions_received", "introductions_asked", "kept_by_me",
                    "kept_by_them", "open_by_me", "open_by_them"] {
            #expect(bruno[key] != nil, "ledger --json lacks \(key)")
        }
        #expect(try kith.ok("show", "Bruno").contains(
            "ledger    you introduced them 0×, they introduced you 1×; you kept 0, they kept 1; open: 1 yours (1 overdue); balance -2 (you owe them)"))
        let show = try #require(try kith.json("show", "Bruno") as? [String: Any])
        #expect((show["ledger"] as? [String: Any])?["balance"] as? Int == -2)
        #expect(try kith.run("ledger", "me").status == 1)
    }
}
