import Foundation
import Testing

@Suite struct SampleCommandTests {
    let kith: KithProcess

    init() throws { kith = try KithProcess() }

    @Test func fillsAnEmptyDatabaseReproducibly() throws {
        let summary = try #require(try kith.json("sample", "--people", "400", "--seed", "3") as? [String: Any])
        #expect(summary["people"] as? Int == 400)
        #expect(try kith.count("person") == 401)
        #expect(try kith.count("tie") == summary["ties"] as? Int)
        let names: String? = try kith.query("SELECT group_concat(name) FROM (SELECT name FROM person ORDER BY id)")
        let again = try KithProcess()
        _ = try again.json("sample", "--people", "400", "--seed", "3")
        #expect(try again.query("SELECT group_concat(name) FROM (SELECT name FROM person ORDER BY id)") == names)
        let refused = try kith.run("sample", "--people", "10")
        #expect(refused.status == 1)
        #expect(refused.stderr.hasPrefix("kith: error: this database already has 400 people"))
    }

    @Test func demoWalksThroughTheMainFlow() throws {
        let result = try kith.run(["demo", "--people", "300"])
        #expect(result.status == 0, "\(result.stderr)")
        for line in ["$ kith sample --people 300 --seed 7", "$ kith me --name \"Alex Rivera\"", "$ kith add \"Maya Achterberg\"",
                     "Added Maya Achterberg", "$ kith met \"Climate Founders Breakfast\"", "new    Jonas Vuorinen",
                     "$ kith log Achterberg --kind call", "$ kith show Achterberg", "You both know",
                     "$ kith find grid stor", "$ kith list --tag investor --sort strength --limit 5",
                     "$ kith reach seed investor --limit 3 --alternatives 1", "Who can introduce you to “seed investor”",
                     "1. ", "You ↔ ", "$ kith tie Achterberg", "co-founded a climate meetup (stated)", "$ kith intro Achterberg",
                     "you introduced Maya Achterberg ↔ ", "are now tied", "$ kith expect", "owes you: feedback on Maya's deck",
                     "$ kith cadence mentor 4d", "$ kith undo", "Undid kith cadence mentor 4d (today ",
                     "$ kith cadence mentor 45d", "$ kith ledger", "$ kith week --limit 5", "Kith follow-ups: Sat 21 Nov",
                     "Due this week", "Maya Achterberg  send her the deck"] {
            #expect(result.stdout.contains(line), "demo output lacks \(line)")
        }
        #expect(try kith.count("person", "name = 'Maya Achterberg'") == 1)
        // The closing hint must itself be a command that works.
        let hint = try #require(result.stdout.split(separator: "\n").last { $0.hasPrefix("# Try it yourself: ") })
        let suggested = hint.dropFirst("# Try it yourself: kith ".count).split(separator: "(")[0]
            .split(separator: " ").map(String.init)
        #expect(try kith.run(suggested, useDB: false).status == 0)
        #expect(try kith.count("commitment", "what = 'send her the deck'") == 1)
        #expect(try kith.count("introduction", "purpose = 'seed round' AND status = 'made'") == 1)
        #expect(try kith.count("tag", "name = 'mentor' AND cadence_days = 45") == 1)
    }

    /// The demo's own temporary database (sample people are people-shaped data) is gone when it
    /// ends, unless --keep, which says where it is; only the two pictures it ends with stay, in a
    /// folder of their own that it names.
    @Test func demoLeavesNothingBehindUnlessKept() throws {
        let temporary = kith.folder.appendingPathComponent("tmp")
        try FileManager.default.createDirectory(at: temporary, withIntermediateDirectories: true)
        let environment = ["TMPDIR": temporary.path + "/"]
        let result = try kith.run(["demo", "--people", "300"], useDB: false, environment: environment)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("# The demo database is removed; 'kith demo --keep' keeps it"))
        let left = try FileManager.default.contentsOfDirectory(atPath: temporary.path)
        #expect(left.count == 1 && left[0].hasPrefix("kith-demo-pictures-"), "\(left)")
        let pictures = temporary.appendingPathComponent(left.first ?? "none")
        #expect(try FileManager.default.contentsOfDirectory(atPath: pictures.path).sorted() == ["network.svg", "reach.svg"])
        #expect(result.stdout.contains("# The pictures: \(pictures.path)/network.svg and \(pictures.path)/reach.svg"))
        let kept = try kith.run(["demo", "--people", "300", "--keep"], useDB: false, environment: environment)
        let line = try #require(kept.stdout.split(separator: "\n").first { $0.hasPrefix("# The demo database is kept at ") })
        let path = String(line.dropFirst("# The demo database is kept at ".count).dropLast())
        #expect(FileManager.default.fileExists(atPath: path))
        #expect((try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int) == 0o600)
    }
}
