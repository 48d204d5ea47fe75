import Foundation
import Testing

@Suite struct LinkedInImportTests {
    /// As LinkedIn writes it: a byte-order mark, notes before the header, quoted commas.
    static let export = "\u{FEFF}Notes:\n\"When exporting your connection data, you may notice that some of the email "
        + "addresses are missing, which is expected.\"\n\nFirst Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
        + "Ana,Silva,https://www.linkedin.com/in/ana-silva,ana@stripe.example,\"Stripe, Inc.\",Partner,12 Mar 2024\n"
        + "Bruno,Okafor,https://www.linkedin.com/in/bruno,,Northstar Ventures,\"Principal, Seed\",01 Jan 2023\n"

    let kith: KithProcess

    init() throws { kith = try KithProcess() }


    @Test func importsConnectionsWithTheDayWeConnected() throws {
        let path = try kith.write("Connections.csv", Self.export)
        #expect(try kith.ok("import", path, "--tag", "linkedin") == "Imported \(path): 2 created, 0 updated.\n")
        let ana = try #require(try kith.json("show", "Ana") as? [String: Any])
        #expect(ana["organization"] as? String == "Stripe, Inc.")
        #expect(ana["title"] as? String == "Partner")
        #expect(ana["tags"] as? [String] == ["linkedin"])
        #expect((ana["links"] as? [[String: Any]])?.first?["value"] as? String == "https://www.linkedin.com/in/ana-silva")
        #expect((ana["ties"] as? [[String: Any]])?.first?["since"] as? String == "2024-03-12")
        #expect(try kith.query("SELECT title FROM person WHERE name = 'Bruno Okafor'") == "Principal, Seed")
        #expect(try kith.count("person_source", "kind = 'linkedin' AND external_id = 'linkedin.com/in/bruno'") == 1)
        // Again: the same profiles are recognised, not doubled, and left exactly as they were.
        let before = try kith.fingerprint()
        #expect(try kith.ok("import", path) == "Imported \(path): 0 created, 0 updated, 2 unchanged.\n")
        #expect(try kith.fingerprint() == before)
        #expect(try kith.count("person") == 3)
    }

    @Test func findsColumnsByNameAndReportsBadRowsWithTheirLine() throws {
        let reordered = "Connected On,Company,Last Name,First Name,URL\n05 Feb 2025,Tidal,Chen,Maya,https://linkedin.com/in/maya\n"
            + "someday,Acme,Doe,Jane,https://linkedin.com/in/jane\n"
        let path = try kith.write("reordered.csv", reordered)
        try kith.ok("me", "--name", "Alex Rivera")
        // Strict: the bad row stops everything. By default it is left out and named.
        try kith.refuses(["import", path, "--strict"], "kith: error: \(path), line 3: 'someday' is not a date (Connected On); "
                         + "nothing was imported (without --strict, the rest would be)\n")
        #expect(try kith.ok("import", path)
                == "Imported \(path): 1 created, 0 updated, 1 skipped.\n  skipped line 3: 'someday' is not a date (Connected On)\n")
        #expect(try kith.query("SELECT organization FROM person WHERE name = 'Maya Chen'") == "Tidal")
        let other = try kith.write("other.csv", "Name,Phone\nAna,123\n")
        try kith.refuses(["import", other, "--format", "linkedin"],
                         "kith: error: \(other), line 1: no header with First Name and Last Name; is this LinkedIn's Connections.csv?\n")
    }
}
