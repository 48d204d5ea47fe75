import Foundation
import Testing

@Suite struct TieCommandTests {
    let kith: KithProcess

    init() throws {
        kith = try KithProcess()
        try kith.ok("add", "Ana Silva", "--org", "Stripe")
        try kith.ok("add", "Bruno Okafor")
    }

    @Test func tieRecordsUpdatesAndUntieForgets() throws {
        #expect(try kith.ok("tie", "Ana", "Bruno", "--strength", "3", "--context", "worked together at Stripe",
                            "--since", "2021-03-01")
                == "Tie #3: Ana Silva (#2) ↔ Bruno Okafor (#3), strength 3/5, worked together at Stripe, since 2021-03-01 (stated)\n")
        let updated = try #require(try kith.json("tie", "Bruno", "Ana", "--strength", "4") as? [String: Any])
        #expect(updated["strength"] as? Int == 4)
        #expect(updated["context"] as? String == "worked together at Stripe")
        #expect((updated["person_a"] as? [String: Any])?["name"] as? String == "Bruno Okafor")
        #expect(try kith.count("tie", "person_a = 2 AND person_b = 3 AND strength = 4") == 1)

        #expect(try kith.ok("untie", "Ana", "Bruno").hasPrefix("Removed tie #3: Ana Silva (#2) ↔ Bruno Okafor (#3)"))
        #expect(try kith.count("tie", "person_a = 2 AND person_b = 3") == 0)
    }

    @Test(arguments: [
        (["tie", "Ana", "ana silva"], "kith: error: 'Ana' and 'ana silva' are both Ana Silva (#2); a tie joins two different people\n"),
        (["tie", "me", "me"], "kith: error: 'me' and 'me' are both Me (#1); a tie joins two different people\n"),
        (["tie", "Ana", "Zed"], "kith: error: no person matches 'Zed' (try 'kith find Zed', or add them with 'kith add')\n"),
        (["tie", "Ana", "Bruno", "--strength", "9"], "kith: error: strength must be from 1 (acquaintance) to 5 (closest), not 9\n"),
        (["untie", "Ana", "Bruno"], "kith: error: Ana Silva and Bruno Okafor have no tie to remove\n"),
        (["tie", "Ana", "Bruno", "--since", "someday"], nil),
    ])
    func refusesBadTiesAndChangesNothing(_ arguments: [String], _ message: String?) throws {
        try kith.refuses(arguments, message)
    }

    @Test func tiesListsOnePersonOrEveryone() throws {
        try kith.ok("tie", "Ana", "Bruno", "--strength", "3", "--context", "Stripe")
        #expect(try kith.ok("ties", "Ana") == """
            ID  STRENGTH  PERSON             CONTEXT  SINCE       SOURCE
            #3  ●●●○○     Bruno Okafor (#3)  Stripe               stated
            #1  ●●○○○     Me (#1)                     2026-11-21  stated

            """)
        let all = try #require(try kith.json("ties") as? [[String: Any]])
        #expect(all.count == 3)
        for key in ["id", "person_a", "person_b", "strength", "source"] { #expect(all[0][key] != nil, "ties --json lacks \(key)") }
        let limited = try #require(try kith.json("ties", "--limit", "1", "--source", "stated") as? [[String: Any]])
        #expect(limited.count == 1)
        #expect(try kith.run("ties", "--source", "gossip").status == 64)
        #expect(try kith.ok("show", "Bruno").contains("●●●○○     Ana Silva (#2)  Stripe"))
    }
}
