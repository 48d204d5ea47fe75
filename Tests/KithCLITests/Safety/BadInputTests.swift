import Foundation
import Testing

/// A hundred and more ways to get it wrong, each on a database with people, ties, promises and
/// introductions in it: exit 1 (the user's mistake) or 3 (the file's), one line on stderr that
/// says what to do, nothing on stdout, and the database byte for byte as it was.
@Suite(.serialized) struct BadInputTests {
    static let kith: KithProcess = {
        let kith = try! KithProcess()
        for arguments in [
            ["add", "Ana Silva", "--org", "Stripe", "--email", "ana@stripe.example", "--phone", "+351 912 345 678"],
            ["add", "Anabel Ruiz"], ["add", "Bruno Okafor", "--tag", "investor"], ["tie", "Ana", "Bruno", "--strength", "3"],
            ["owe", "Ana", "send the deck", "--due", "fri"], ["expect", "Bruno", "an intro"], ["drop", "2"],
            ["intro", "Ana", "Bruno", "--purpose", "seed round"], ["met", "Demo Day", "Ana"],
            ["need", "Ana", "a fintech investor"], ["offer", "Bruno", "seed investing"], ["need-status", "1", "--dropped"],
        ] {
            let result = try! kith.run(arguments)
            precondition(result.status == 0, "setup: kith \(arguments) failed: \(result.stderr)")
        }
        let files: [(String, String)] = [
            ("notes.txt", "Shopping: milk, eggs\n"),
            ("empty.vcf", ""),
            ("truncated.vcf", "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Half A Card\r\n"),
            ("noname.vcf", "BEGIN:VCARD\r\nVERSION:3.0\r\nNOTE:nobody\r\nEND:VCARD\r\n"),
            ("nul.vcf", "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Nul\u{0}Person\r\nEND:VCARD\r\n"),
            ("endonly.vcf", "END:VCARD\r\n"),
            ("headerless.csv", "a,b,c\n1,2,3\n"),
            ("quote.csv", "First Name,Last Name,Email Address,Company,Position,Connected On\n\"Ana,Silva,a@x.example,X,Y,01 Jan 2024\n"),
            ("not-kith.json", "{\"people\": []}"),
            ("broken.json", "{\"format\": \"kith\", \"version\": 2, "),
            ("future.json", "{\"format\": \"kith\", \"version\": 99}"),
            ("array.json", "[1, 2, 3]"),
            ("binary.vcf", String(decoding: [0xFF, 0xFE, 0x00, 0x01, 0x42], as: UTF8.self)),
        ]
        for (name, text) in files { _ = try! kith.write(name, text) }
        // Kith's own JSON export, each copy broken in one place.
        let export = try! kith.run(["export", "--format", "json"]).stdout
        let document = try! JSONSerialization.jsonObject(with: Data(export.utf8)) as! [String: Any]
        let breakages: [(String, String, Int, String, Any)] = [
            ("empty-name.json", "people", 1, "name", "  "), ("strength.json", "ties", 0, "strength", 9),
            ("due.json", "commitments", 0, "due", "2026-02-31"), ("year.json", "commitments", 0, "due", "0000-01-01"),
            ("duplicate-id.json", "people", 2, "id", 2), ("self-tie.json", "ties", 0, "person_a", "=person_b"),
            ("nul.json", "people", 1, "notes", "cut\u{0}here"), ("kind.json", "interactions", 0, "kind", "telepathy"),
            ("need-what.json", "needs_and_offers", 0, "what", " "), ("need-event.json", "needs_and_offers", 0, "event_id", 999),
            ("need-status.json", "needs_and_offers", 0, "status", "forgotten"),
        ]
        for (name, table, index, field, value) in breakages {
            var copy = document
            var rows = copy[table] as! [[String: Any]]
            rows[index][field] = value as? String == "=person_b" ? rows[index]["person_b"]! : value
            copy[table] = rows
            try! JSONSerialization.data(withJSONObject: copy).write(to: kith.folder.appendingPathComponent(name))
        }
        return kith
    }()

    static func file(_ name: String) -> String { kith.folder.appendingPathComponent(name).path }

    /// Arguments, the exit status, and a piece of the one line that must say what went wrong.
    static let cases: [([String], Int32, String)] = [
        // People: names, addresses, dates, numbers.
        (["add", ""], 1, "a person's name cannot be empty"),
        (["add", "   "], 1, "a person's name cannot be empty"),
        (["add", "Ana Silva"], 1, "already"),
        (["add", "X", "--email", "ana@stripe.example"], 1, "Ana Silva"),
        (["add", "X", "--email", "x-at-example"], 1, "is not an email address"),
        (["add", "X", "--email", "x@y"], 1, "is not an email address"),
        (["add", "X", "--email", "a b@c.example"], 1, "is not an email address"),
        (["add", "X", "--phone", "call me"], 1, "is not a phone number"),
        (["add", "X", "--phone", "12"], 1, "is not a phone number"),
        (["add", "X", "--phone", "+351 912 345 678"], 1, "Ana Silva"),
        (["add", "X", "--strength", "7"], 1, "strength must be from 1 (acquaintance) to 5 (closest), not 7"),
        (["add", "X", "--strength", "0"], 1, "not 0"),
        (["add", "X", "--strength", "-1"], 1, "not -1"),
        (["add", "X", "--on", "someday"], 1, "'someday' is not a date"),
        (["add", "X", "--on", "2026-02-30"], 1, "'2026-02-30' is not a date"),
        (["add", "X", "--on", "0000-01-01"], 1, "is not a date"),
        (["add", "X", "--on", "9000 years ago"], 1, "kith keeps dates from 0001-01-01 to 9999-12-31"),
        (["add", "X", "--via", "Nobody"], 1, "no person matches 'Nobody'"),
        (["add", "X", "--knows", "an"], 1, "matches 2 people"),
        (["add", "X", "--knows", "#99"], 1, "no person matches '#99'"),
        (["add", "X", "--cadence", "often"], 1, "'often' is not a cadence"),
        (["add", "X", "--cadence", "0d"], 1, "cadence"),
        (["add", "X", "--due", "fri"], 1, "--due needs --follow-up"),
        (["add", "X", "--follow-up", "call", "--due", "never"], 1, "'never' is not a date"),
        (["add", "X", "--birthday", "17/05"], 1, "'17/05' is not a birthday"),
        (["add", "X", "--birthday", "02-30"], 1, "is not a birthday"),
        (["add", "X", "--not-met", "--met", "Demo Day"], 1, "--not-met is for someone you have not met"),
        (["add", "X", "--via", "me"], 1, "introduc"),
        (["met", "", "Zed"], 1, "empty"),
        (["met", "Demo Day", "Zed", "--on", "in 9000y"], 1, "after year 9999"),
        (["met", "Demo Day", "Ana Silvia"], 1, "Ana Silva"),
        (["met", "Demo Day", "Zed", "--on", "someday"], 1, "'someday' is not a date"),
        (["log", "Zed"], 1, "no person matches 'Zed'"),
        // Fixing what was recorded.
        (["amend", "1"], 1, "nothing to change; give --what, --due or --no-due"),
        (["amend", "99", "--what", "x"], 1, "there is no commitment #99"),
        (["amend", "1", "--what", " "], 1, "cannot be empty"),
        (["amend", "1", "--due", "whenever"], 1, "'whenever' is not a date"),
        (["done", "1", "--on", "tomorrow"], 1, "is in the future"),
        (["owe", "Ana", "Send the deck"], 1, "already open as commitment #1"),
        (["interaction-edit", "99", "--note", "x"], 1, "there is no interaction #99"),
        (["interaction-edit", "1"], 1, "nothing to change; give --on, --kind or --note"),
        (["interaction-edit", "1", "--on", "in 3 days"], 1, "is in the future"),
        (["interaction-rm", "99"], 1, "there is no interaction #99"),
        (["interactions", "Zed"], 1, "no person matches 'Zed'"),
        (["interactions", "--limit", "0"], 1, "--limit must be 1 or more"),
        (["intro-snooze", "1", "--to", "yesterday"], 1, "is in the past"),
        (["intro-snooze", "99", "--to", "fri"], 1, "there is no introduction #99"),
        (["intro-snooze", "1", "--to", "someday"], 1, "'someday' is not a date"),
        // Needs and offers.
        (["add", "X", "--needs", " "], 1, "what they need cannot be empty"),
        (["met", "Demo Day", "Ana Silva", "--tag", " "], 1, "a tag cannot be empty"),
        (["reach", "need:abc"], 1, "'abc' is not a need's id"),
        (["reach", "need:99"], 1, "there is no need or offer #99"),
        (["reach", "need:2"], 1, "#2 is not a need of yours"),
        (["brief", "Zed"], 1, "no person matches 'Zed'"),
        (["events", "Nowhere"], 1, "no event is named 'Nowhere'"),
        (["undo", "--list", "--limit", "0"], 1, "--limit must be 1 or more, not 0"),
        (["import", file("need-what.json")], 1, "needs_and_offers[0].what is empty"),
        (["import", file("need-event.json")], 1, "needs_and_offers[0].event_id names event #999"),
        (["import", file("need-status.json")], 1, "not a Kith JSON export"),
        (["need", "Ana", "  "], 1, "what they need cannot be empty"),
        (["offer", "Zed", "design"], 1, "no person matches 'Zed'"),
        (["need", "an", "x"], 1, "matches 2 people"),
        (["need", "Ana", "x", "--on", "tomorrow"], 1, "is in the future"),
        (["need", "Ana", "x", "--at", "Nowhere Fest"], 1, "no event is named 'Nowhere Fest'"),
        (["need", "Ana", "x", "--interaction", "99"], 1, "there is no interaction #99"),
        (["need-status", "1", "--dropped"], 1, "need #1 is already dropped"),
        (["need-status", "99", "--met"], 1, "there is no need or offer #99"),
        (["needs", "Zed"], 1, "no person matches 'Zed'"),
        (["matches", "--limit", "0"], 1, "--limit must be 1 or more"),
        (["matches", "Zed"], 1, "no person matches 'Zed'"),
        (["intro", "Ana", "Bruno", "--need", "2"], 1, "#2 is an offer"),
        (["intro", "Ana", "Anabel", "--need", "99"], 1, "there is no need or offer #99"),
        (["log", "an"], 1, "matches 2 people"),
        (["log", "Ana", "--on", "tomorrow-ish"], 1, "is not a date"),
        (["show", "Zed"], 1, "no person matches 'Zed'"),
        (["show", "Bruno Okafr"], 1, "no person matches 'Bruno Okafr'; did you mean Bruno Okafor (#4)?"),
        (["owe", "Brunno", "a call"], 1, "did you mean Bruno Okafor (#4)?"),
        (["show", "an"], 1, "matches 2 people"),
        (["show", "#0"], 1, "'#0' is not a person id; ids are numbers such as #12"),
        (["show", "#abc"], 1, "'#abc' is not a person id"),
        (["show", ""], 1, "name"),
        (["show", "Zed\nQ"], 1, "'Zed\\nQ'"),
        (["list", "--limit", "0"], 1, "--limit must be 1 or more, not 0"),
        (["list", "--limit", "-3"], 1, "--limit must be 1 or more, not -3"),
        (["list", "--tag", "nosuchtag"], 1, "there is no tag 'nosuchtag'"),
        (["find", "\""], 1, "word"),
        (["find", "()"], 1, "word"),
        (["find", "ana", "--limit", "0"], 1, "--limit must be 1 or more"),
        (["edit", "Ana"], 1, "nothing to change"),
        (["edit", "Zed", "--org", "X"], 1, "no person matches 'Zed'"),
        (["edit", "Ana", "--name", ""], 1, "a person's name cannot be empty"),
        (["edit", "Ana", "--add-email", "nope"], 1, "is not an email address"),
        (["edit", "Ana", "--remove-email", "no@such.example"], 1, "there is no email 'no@such.example' to remove"),
        (["edit", "Ana", "--birthday", "13-45"], 1, "is not a birthday"),
        (["edit", "Ana", "--cadence", "sometimes"], 1, "is not a cadence"),
        (["tag", "Ana"], 1, "no tags given"),
        (["tag", "Zed", "+x"], 1, "no person matches 'Zed'"),
        (["tag", "Ana", "+"], 1, "tag"),
        (["rm", "Ana"], 1, "add --yes"),
        (["rm", "me", "--yes"], 1, "yourself"),
        (["rm", "Zed", "--yes"], 1, "no person matches 'Zed'"),
        (["forget", "Ana"], 1, "add --yes"),
        (["forget", "me", "--yes"], 1, "yourself"),
        (["me", "--name", ""], 1, "cannot be empty"),
        // Who knows whom.
        (["reach", "zebra"], 1, "nobody matches 'zebra'"),
        (["reach", "Ana", "--max-hops", "5"], 1, "--max-hops must be from 1 to 4, not 5"),
        (["reach", "Ana", "--max-hops", "0"], 1, "--max-hops must be from 1 to 4, not 0"),
        (["reach", "Ana", "--limit", "0"], 1, "--limit must be 1 or more"),
        (["reach", "Ana", "--alternatives", "-1"], 1, "--alternatives"),
        (["reach", "Ana", "--alternatives", "11"], 1, "--alternatives must be from 0 to 10, not 11"),
        (["reach", "org:***"], 1, "nobody in your network works at '***'"),
        (["reach", "me"], 1, "that is you"),
        (["reach", "org:"], 1, "name the organisation after org:"),
        (["reach", "org:Acme"], 1, "nobody in your network works at 'Acme'"),
        (["reach", "tag:"], 1, "tag:"),
        (["path", "Ana", "Ana Silva"], 1, "are both Ana Silva (#2)"),
        (["path", "Ana", "Zed"], 1, "no person matches 'Zed'"),
        (["path", "Ana", "Bruno", "--max-hops", "9"], 1, "--max-hops must be from 1 to 4, not 9"),
        (["tie", "Ana", "ana silva"], 1, "a tie joins two different people"),
        (["tie", "me", "me"], 1, "a tie joins two different people"),
        (["tie", "Ana", "Zed"], 1, "no person matches 'Zed'"),
        (["tie", "Ana", "Bruno", "--strength", "9"], 1, "not 9"),
        (["tie", "Ana", "Bruno", "--since", "whenever"], 1, "is not a date"),
        (["untie", "Ana", "Anabel"], 1, "have no tie to remove"),
        (["untie", "Ana", "Ana"], 1, "two different people"),
        (["ties", "Zed"], 1, "no person matches 'Zed'"),
        (["ties", "--limit", "0"], 1, "--limit must be 1 or more"),
        (["intro", "me", "Ana"], 1, "you cannot introduce yourself"),
        (["intro", "Ana", "Bruno", "--by", "Ana"], 1, "cannot introduce themself"),
        (["intro", "Ana", "Ana"], 1, "two different people"),
        (["intro", "Ana", "Zed"], 1, "no person matches 'Zed'"),
        (["intro", "Ana", "Bruno", "--on", "later"], 1, "is not a date"),
        (["intro-status", "9", "--status", "made"], 1, "there is no introduction #9"),
        (["intro-status", "1"], 1, "nothing to change"),
        (["intros", "Zed"], 1, "no person matches 'Zed'"),
        (["ledger", "Zed"], 1, "no person matches 'Zed'"),
        // Follow-ups.
        (["owe", "Zed", "call"], 1, "no person matches 'Zed'"),
        (["owe", "Ana", ""], 1, "empty"),
        (["owe", "me", "call"], 1, "a commitment is between you and someone else"),
        (["owe", "Ana", "call", "--due", "in 8000y"], 1, "after year 9999"),
        (["owe", "Ana", "call", "--due", "100000y ago"], 1, "kith keeps dates"),
        (["expect", "Bruno", "x", "--due", "in 100000m"], 1, "after year 9999"),
        (["expect", "an", "x"], 1, "matches 2 people"),
        (["done", "9"], 1, "there is no commitment #9"),
        (["done", "2"], 1, "commitment #2 is already dropped"),
        (["drop", "2"], 1, "commitment #2 is already dropped"),
        (["snooze", "2", "--to", "fri"], 1, "commitment #2 is dropped"),
        (["snooze", "1", "--to", "yesterday"], 1, "is in the past"),
        (["snooze", "1", "--to", "in 100000m"], 1, "after year 9999"),
        (["snooze", "9", "--to", "fri"], 1, "there is no commitment #9"),
        (["commitments", "Zed"], 1, "no person matches 'Zed'"),
        (["week", "--days", "0"], 1, "--days must be"),
        (["week", "--days", "-7"], 1, "--days must be"),
        (["week", "--limit", "0"], 1, "--limit must be 1 or more"),
        (["cadence", "nosuchtag", "30d"], 1, "there is no tag 'nosuchtag'"),
        (["cadence", "investor", "whenever"], 1, "is not a cadence"),
        // Your data.
        (["import", file("notes.txt")], 1, "cannot tell what kind of file"),
        (["import", file("notes.txt"), "--format", "vcard"], 1, "line 1: no vCard in it"),
        (["import", file("empty.vcf")], 1, "empty.vcf"),
        (["import", file("truncated.vcf")], 1, "a card without END:VCARD"),
        (["import", file("noname.vcf")], 1, "a card with no name"),
        (["import", file("nul.vcf")], 1, "a NUL character in the name"),
        (["import", file("endonly.vcf"), "--format", "vcard"], 1, "no vCard in it (no BEGIN:VCARD line)"),
        (["import", file("binary.vcf")], 1, "binary.vcf"),
        (["import", file("headerless.csv"), "--format", "google"], 1, "line 1: no header with First Name or Given Name"),
        (["import", file("headerless.csv"), "--format", "linkedin"], 1, "line 1: no header with First Name and Last Name"),
        (["import", file("quote.csv")], 1, "line 2: a quoted field that never ends"),
        (["import", file("not-kith.json")], 1, "not a Kith JSON export"),
        (["import", file("broken.json")], 1, "not a Kith JSON export"),
        (["import", file("future.json")], 1, "newer kith"),
        (["import", file("array.json"), "--format", "json"], 1, "not a Kith JSON export"),
        (["import", file("missing.vcf")], 1, "missing.vcf"),
        (["import", file("empty-name.json")], 1, "people[1].name is empty"),
        (["import", file("strength.json")], 1, "ties[0].strength is 9, not 1 to 5"),
        (["import", file("year.json")], 1, "commitments[0].due"),
        (["import", file("duplicate-id.json")], 1, "people[2].id repeats id 2"),
        (["import", file("self-tie.json")], 1, "ties[0] joins person #"),
        (["import", file("nul.json")], 1, "people[1].notes holds a NUL character"),
        (["import", file("kind.json")], 1, "interactions[0].kind"),
        (["import", file("truncated.vcf"), "--strict"], 1, "a card without END:VCARD"),
        (["export", "--format", "csv", "--tag", "nosuchtag"], 1, "there is no tag 'nosuchtag'"),
        (["export", "--vcard-version", "2"], 1, "must be 3 or 4, not 2"),
        (["export", "--out", file("no/such/folder/x.vcf")], 3, "x.vcf"),
        (["merge", "Ana", "Ana Silva"], 1, "name two different people"),
        (["merge", "Ana", "Zed"], 1, "no person matches 'Zed'"),
        (["merge", "me", "Ana"], 1, "you"),
        (["backup", file("notes.txt")], 1, "already exists"),
        (["sample", "--people", "10"], 1, "already"),
        (["sample", "--people", "0"], 1, "--people must be"),
    ]

    @Test func thereAreAtLeastAHundredDistinctInputs() {
        #expect(Set(Self.cases.map(\.0)).count == Self.cases.count)
        #expect(Self.cases.count >= 100)
    }

    @Test(arguments: cases)
    func isRefusedInOneLineAndChangesNothing(_ arguments: [String], _ status: Int32, _ fragment: String) throws {
        let kith = Self.kith
        let before = try Self.state(kith)
        let result = try kith.run(arguments)
        #expect(result.status == status, "kith \(arguments) exited \(result.status): \(result.stderr)")
        #expect(result.stderr.hasPrefix("kith: error: ") && result.stderr.hasSuffix("\n"), "\(result.stderr)")
        #expect(result.stderr.dropLast().split(separator: "\n", omittingEmptySubsequences: false).count == 1, "\(result.stderr)")
        #expect(result.stderr.contains(fragment), "kith \(arguments): \(result.stderr)")
        #expect(result.stdout.isEmpty, "\(result.stdout)")
        #expect(try Self.state(kith) == before, "kith \(arguments) changed the database")
    }

    /// The database file and its log, byte for byte (an empty log and none are the same).
    static func state(_ kith: KithProcess) throws -> [Data] {
        [kith.db, kith.db + "-wal"].map { FileManager.default.contents(atPath: $0) ?? Data() }
    }
}
