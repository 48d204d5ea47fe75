import Foundation
import Testing

@Suite struct ExportImportCommandTests {
    let kith: KithProcess

    init() throws {
        kith = try KithProcess()
        try kith.ok("sample", "--people", "300", "--seed", "5")
        try kith.ok("me", "--name", "Alex Rivera")
        try kith.ok("add", "Maya Chen", "--email", "maya@tidal.example", "--tag", "climate", "--follow-up", "send the deck")
    }

    @Test func jsonRoundTripsByteForByte() throws {
        let file = kith.folder.appendingPathComponent("kith.json").path
        try kith.ok("export", "--format", "json", "--out", file)
        let mode = try FileManager.default.attributesOfItem(atPath: file)[.posixPermissions] as? Int
        #expect(mode == 0o600)
        let copy = try KithProcess()
        #expect(try copy.ok("import", file).hasPrefix("Imported \(file): 301 created, 0 updated, "))
        let again = try copy.ok("export", "--format", "json")
        #expect(again == (try String(contentsOfFile: file, encoding: .utf8)))
        #expect(try copy.count("person_fts") == 302)
        #expect(try copy.query("SELECT name FROM person WHERE is_self = 1") == "Alex Rivera")
        let document = try #require(try JSONSerialization.jsonObject(with: Data(again.utf8)) as? [String: Any])
        #expect(document["version"] as? Int == 2)
        for key in ["people", "emails", "phones", "links", "tags", "person_tags", "events", "interactions", "person_properties", "person_sources",
                    "interaction_people", "ties", "introductions", "commitments"] {
            #expect(document[key] is [Any], "the export lacks \(key)")
        }
    }

    @Test func tagExportsOnlyThosePeopleAndWhatLiesBetweenThem() throws {
        let output = try kith.ok("export", "--format", "json", "--tag", "climate")
        let document = try #require(try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any])
        let people = try #require(document["people"] as? [[String: Any]])
        let tagged: Int = try kith.query("""
            SELECT count(*) FROM person_tag pt JOIN tag t ON t.id = pt.tag_id WHERE t.name = 'climate'
            """) ?? 0
        #expect(people.count == tagged + 1)
        let ids = Set(people.compactMap { $0["id"] as? Int })
        for tie in try #require(document["ties"] as? [[String: Any]]) {
            #expect(ids.contains(tie["person_a"] as? Int ?? -1) && ids.contains(tie["person_b"] as? Int ?? -1))
        }
        let copy = try KithProcess()
        let file = copy.folder.appendingPathComponent("climate.json")
        try Data(output.utf8).write(to: file)
        try copy.ok("import", file.path)
        #expect(try copy.count("person") == tagged + 1)
    }

    @Test func dryRunChangesNothingAndAFullDatabaseIsRefused() throws {
        let file = kith.folder.appendingPathComponent("kith.json").path
        try kith.ok("export", "--format", "json", "--out", file)
        let copy = try KithProcess()
        let dryRun = try copy.ok("import", file, "--dry-run")
        #expect(dryRun.hasPrefix("Would import \(file): 301 created, 0 updated, ") && dryRun.contains("(nothing changed).\n  would create: "))
        let vcards = try kith.write("all.vcf", try kith.ok("export"))
        let fresh = try KithProcess()
        let rehearsal = try fresh.ok("import", vcards, "--dry-run")
        #expect(rehearsal.hasPrefix("Would import \(vcards): 301 created, 0 updated (nothing changed).\n  would create: "))
        #expect(rehearsal.hasSuffix(", and 281 more\n"))
        #expect(!FileManager.default.fileExists(atPath: fresh.db))
        #expect(!FileManager.default.fileExists(atPath: copy.db))
        try kith.refuses(["import", file], "kith: error: this database already holds 301 people; import a Kith JSON export into a new one (--db NEW.db)\n")
    }

    @Test func aBrokenFileSaysWhereAndChangesNothing() throws {
        let copy = try KithProcess()
        try copy.ok("add", "Placeholder")
        try copy.ok("rm", "Placeholder", "--yes")
        let cases: [(String, String)] = [
            (#"{"format": "kith", "version": 1}"#, "kith: error: not a Kith JSON export: people is missing\n"),
            (#"{"format": "kith", "version": 9, "people": []}"#, "kith: error: this file was exported by a newer kith (version 9); upgrade kith to import it\n"),
            (#"{"format": "vcard"}"#, "kith: error: not a Kith JSON export (no \"format\": \"kith\")\n"),
        ]
        for (index, (text, message)) in cases.enumerated() {
            let file = copy.folder.appendingPathComponent("broken-\(index).json")
            try Data(text.utf8).write(to: file)
            try copy.refuses(["import", file.path], message)
        }
        // A tie naming someone who is not in the file.
        let good = kith.folder.appendingPathComponent("good.json").path
        try kith.ok("export", "--format", "json", "--out", good)
        var document = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: good))) as? [String: Any])
        var ties = try #require(document["ties"] as? [[String: Any]])
        ties[0]["person_b"] = 99_999
        document["ties"] = ties
        let broken = copy.folder.appendingPathComponent("tie.json")
        try JSONSerialization.data(withJSONObject: document).write(to: broken)
        try copy.refuses(["import", broken.path], "kith: error: not a valid Kith JSON export: ties[0].person_b names person #99999, who is not in the file\n")
        try copy.refuses(["import", copy.folder.appendingPathComponent("missing.json").path])
    }
}
