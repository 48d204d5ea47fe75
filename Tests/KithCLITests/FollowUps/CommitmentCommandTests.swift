import Foundation
import Testing

@Suite struct CommitmentCommandTests {
    let kith: KithProcess

    init() throws {
        kith = try KithProcess()
        try kith.ok("add", "Ana Silva")
        try kith.ok("add", "Bruno Okafor")
    }

    @Test func oweAndExpectRecordPromisesBothWays() throws {
        #expect(try kith.ok("owe", "Ana", "send", "the", "deck", "--due", "fri")
                == "Commitment #1: you owe Ana Silva (#2): send the deck, due 2026-11-27 (in 6 days)\n")
        #expect(try kith.ok("expect", "Bruno", "his investor list", "--due", "2026-11-18")
                == "Commitment #2: Bruno Okafor (#3) owes you: his investor list, due 2026-11-18 (3 days ago)\n")
        let coffee = try #require(try kith.json("owe", "Ana", "coffee") as? [String: Any])
        #expect(coffee["owed_by_me"] as? Bool == true)
        #expect(coffee["status"] as? String == "open")
        #expect(coffee["due"] == nil)
        #expect(try kith.count("commitment", "owed_by_me = 0 AND person_id = 3") == 1)
    }

    @Test func doneDropSnoozeAndTheList() throws {
        try kith.ok("owe", "Ana", "send the deck", "--due", "2026-11-14")
        try kith.ok("owe", "Ana", "coffee")
        try kith.ok("expect", "Bruno", "his list", "--due", "2026-11-25")
        #expect(try kith.ok("snooze", "1", "--to", "next week")
                == "Snoozed #1 to 2026-11-28 (in 7 days): you owe Ana Silva (#2): send the deck.\n")
        #expect(try kith.ok("done", "#1") == "Done #1: you owe Ana Silva (#2): send the deck.\n")
        #expect(try kith.ok("drop", "2") == "Dropped #2: you owe Ana Silva (#2): coffee.\n")
        #expect(try kith.query("SELECT status FROM commitment WHERE id = 1") == "done")
        #expect(try kith.query("SELECT done_at IS NOT NULL FROM commitment WHERE id = 1") == true)
        #expect(try kith.ok("commitments") == """
            ID  WHO                         WHAT           DUE                     STATUS
            #3  Bruno Okafor (#3) owes you  his list       2026-11-25 (in 4 days)  open
            #1  you owe Ana Silva (#2)      send the deck  2026-11-28 (in 7 days)  done
            #2  you owe Ana Silva (#2)      coffee                                 dropped

            """)
        let open = try #require(try kith.json("commitments", "--open") as? [[String: Any]])
        #expect(open.map { $0["id"] as? Int } == [3])
        let mine = try #require(try kith.json("commitments", "--mine") as? [[String: Any]])
        #expect(Set(mine.compactMap { $0["id"] as? Int }) == [1, 2])
        let theirs = try #require(try kith.json("commitments", "--theirs", "Bruno") as? [[String: Any]])
        #expect(theirs.map { $0["id"] as? Int } == [3])
        for key in ["id", "person", "owed_by_me", "what", "status"] { #expect(open[0][key] != nil) }
    }

    @Test(arguments: [
        (["done", "2"], "kith: error: commitment #2 is already dropped; only an open one can be marked done\n"),
        (["drop", "2"], "kith: error: commitment #2 is already dropped; only an open one can be dropped\n"),
        (["snooze", "2", "--to", "fri"], "kith: error: commitment #2 is dropped; only an open one can be snoozed\n"),
        (["snooze", "1", "--to", "2026-11-01"], "kith: error: 2026-11-01 is in the past; snooze to today or a later date\n"),
        (["done", "42"], "kith: error: there is no commitment #42; 'kith commitments --open' lists them\n"),
        (["owe", "me", "a nap"], "kith: error: a commitment is between you and someone else; name them\n"),
        (["owe", "Zed", "x"], "kith: error: no person matches 'Zed' (try 'kith find Zed', or add them with 'kith add')\n"),
        (["owe", "Ana", "x", "--due", "whenever"], nil),
    ])
    func refusesAndChangesNothing(_ arguments: [String], _ message: String?) throws {
        try kith.ok("owe", "Ana", "send the deck")
        try kith.ok("owe", "Ana", "coffee")
        try kith.ok("drop", "2")
        try kith.refuses(arguments, message)
    }

    @Test func malformedIdsAreCommandLineErrors() throws {
        #expect(try kith.run("done", "twelve").status == 64)
        #expect(try kith.run("snooze", "1").status == 64)
        #expect(try kith.run("commitments", "--mine", "--theirs").status == 64)
    }
}
