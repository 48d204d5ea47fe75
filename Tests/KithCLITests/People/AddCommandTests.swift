import Foundation
import Testing

@Suite struct AddCommandTests {
    let kith: KithProcess

    init() throws {
        kith = try KithProcess()
        try kith.ok("add", "Ana Silva", "--org", "Stripe")
        try kith.ok("add", "Bruno Okafor")
        try kith.ok("add", "Anabel Ruiz")
    }

    @Test func recordsAPersonMetAtAnEventInOneCommand() throws {
        let output = try kith.ok(
            "add", "Maya Chen", "--org", "Tidal", "--title", "Founder", "--email", "maya@tidal.example",
            "--phone", "+49 30 123456", "--tag", "climate", "--tag", "founder", "--location", "Berlin",
            "--note", "Raising a seed round", "--met", "Climate Breakfast", "--on", "yesterday", "--via", "Ana",
            "--knows", "Bruno", "--strength", "3", "--cadence", "30d", "--follow-up", "send her the deck",
            "--due", "fri", "--birthday", "05-17")
        #expect(output.contains("Added Maya Chen (#5), Tidal"))
        #expect(output.contains("met       at Climate Breakfast, 2026-11-20 (yesterday)"))
        #expect(output.contains("tie       you ↔ Maya Chen, strength 3/5"))
        #expect(output.contains("via       Ana Silva (#2) introduced you"))
        #expect(output.contains("knows     Bruno Okafor (#3)"))
        #expect(output.contains("you owe   send her the deck, due 2026-11-27 (in 6 days)"))
        #expect(try kith.count("person", "name = 'Maya Chen' AND cadence_days = 30 AND birthday = '--05-17'") == 1)
        #expect(try kith.count("commitment", "what = 'send her the deck' AND due = '2026-11-27'") == 1)
        #expect(try kith.count("introduction", "introducer_id = 2") == 1)
        #expect(try kith.count("event", "name = 'Climate Breakfast' AND date = '2026-11-20'") == 1)
        // me–Ana, me–Bruno, me–Anabel, me–Maya, Maya–Bruno (stated), Maya–Ana (introduction)
        #expect(try kith.count("tie") == 6)
        #expect(try kith.count("tie", "person_a = 2 AND person_b = 5 AND source = 'introduction'") == 1)
    }

    @Test func printsJSON() throws {
        let added = try #require(try kith.json("add", "Maya Chen", "--tag", "climate") as? [String: Any])
        let person = try #require(added["person"] as? [String: Any])
        #expect(person["name"] as? String == "Maya Chen")
        #expect(person["id"] as? Int == 5)
        #expect(added["tags"] as? [String] == ["climate"])
        #expect(added["strength"] as? Int == 2)
    }

    @Test(arguments: [
        (["add", ""], "kith: error: a person's name cannot be empty"),
        (["add", "X", "--email", "x-at-example"], "kith: error: 'x-at-example' is not an email address"),
        (["add", "X", "--strength", "7"], "kith: error: strength must be from 1 (acquaintance) to 5 (closest), not 7"),
        (["add", "X", "--on", "someday"], "kith: error: 'someday' is not a date"),
        (["add", "X", "--via", "Nobody"], "kith: error: no person matches 'Nobody'"),
        (["add", "X", "--knows", "an"], "kith: error: 'an' matches 2 people: #2 Ana Silva (Stripe, nothing logged), #4 Anabel Ruiz (nothing logged); name one by #ID"),
        (["add", "X", "--knows", "#99"], "kith: error: no person matches '#99'"),
        (["add", "X", "--cadence", "often"], "kith: error: 'often' is not a cadence"),
        (["add", "X", "--due", "fri"], "kith: error: --due needs --follow-up"),
        (["add", "X", "--birthday", "17/05"], "kith: error: '17/05' is not a birthday"),
    ])
    func rejectsBadInputAndChangesNothing(_ arguments: [String], _ message: String) throws {
        let before = try kith.fingerprint()
        let result = try kith.run(arguments)
        #expect(result.status == 1)
        #expect(result.stderr.hasPrefix(message), "\(result.stderr)")
        #expect(result.stderr.split(separator: "\n").count == 1)
        #expect(result.stdout.isEmpty)
        #expect(try kith.fingerprint() == before)
    }

    @Test func aMalformedCommandLineExits64() throws {
        let result = try kith.run("add")
        #expect(result.status == 64)
        #expect(result.stderr.hasPrefix("kith: error: Missing expected argument '<name>'"))
        let unknown = try kith.run("add", "X", "--colour", "red")
        #expect(unknown.status == 64)
        #expect(try kith.count("person", "name = 'X'") == 0)
    }
}
