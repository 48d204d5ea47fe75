import Foundation
import Testing

/// vCards as Apple, Google and old phones write them, imported end to end.
@Suite struct VCardImportTests {
    static let apple = """
        BEGIN:VCARD\r
        VERSION:3.0\r
        PRODID:-//Apple Inc.//macOS 14.0//EN\r
        N:Silva;Ana;Maria;;\r
        FN:Ana Maria Silva\r
        NICKNAME:Aninha\r
        ORG:Stripe;Payments;\r
        TITLE:Partner\r
        item1.EMAIL;type=INTERNET;type=pref:ana@stripe.example\r
        item1.X-ABLabel:_$!<Work>!$_\r
        TEL;type=CELL;type=VOICE;type=pref:+351 912 345 678\r
        item2.URL;type=pref:https://www.linkedin.com/in/ana-silva\r
        item2.X-ABLabel:LinkedIn\r
        item3.X-ABDATE;type=pref:2015-06-20\r
        item3.X-ABLabel:_$!<Anniversary>!$_\r
        ADR;type=WORK;type=pref:;;Rua Augusta 1;Lisbon;;1100-048;Portugal\r
        NOTE:Knows every seed investor in Lisbon\\, really.\\nAsk about the fund.\r
        BDAY;value=date:1604-05-17\r
        CATEGORIES:fintech,investor\r
        X-ABRELATEDNAMES;type=pref:Bruno Okafor\r
        UID:0A1B2C3D-APPLE\r
        END:VCARD\r

        """
    static let google = """
        BEGIN:VCARD\r
        VERSION:3.0\r
        FN:Bruno Okafor\r
        N:Okafor;Bruno;;;\r
        EMAIL;TYPE=INTERNET;TYPE=HOME:bruno@home.example\r
        item1.TEL:+44 20 7946 0000\r
        item1.X-ABLabel:Office\r
        ORG:Northstar Ventures\r
        BDAY:1985-12-01\r
        CATEGORIES:myContacts,Investors\r
        END:VCARD\r

        """
    /// 2.1 with quoted-printable, a charset, a soft line break and a character folded in two.
    static let old = "BEGIN:VCARD\r\nVERSION:2.1\r\nN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=C3=96zt=C3=BCrk;Jos=C3=A9;;;\r\n"
        + "FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:Jos=C3=A9 =C3=96zt=C3=BCrk\r\n"
        + "NOTE;ENCODING=QUOTED-PRINTABLE:A note that goes =\r\non and on\r\n"
        + "TEL;HOME;VOICE:+90 212 555 0101\r\nEND:VCARD\r\n"
    /// 4.0 with RELATED by UID, and a name folded in the middle of a two-byte character.
    static let modern = "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Carla D".utf8Bytes() + [0xC3, 0x0D, 0x0A, 0x20, 0xAD]
        + "az\r\nUID:urn:uuid:carla\r\nRELATED;TYPE=colleague:urn:uuid:0A1B2C3D-APPLE\r\nANNIVERSARY:20100101\r\nEND:VCARD\r\n".utf8Bytes()

    let kith: KithProcess

    init() throws { kith = try KithProcess() }


    @Test func importsAppleGoogleOldAndNewCards() throws {
        let path = try kith.write("all.vcf", Data((Self.apple + Self.google + Self.old).utf8) + Data(Self.modern))
        #expect(try kith.ok("import", path, "--tag", "imported")
                == "Imported \(path): 4 created, 0 updated, 2 ties from related names.\n")
        let ana = try #require(try kith.json("show", "Ana") as? [String: Any])
        #expect(ana["name"] as? String == "Ana Maria Silva")
        #expect(ana["organization"] as? String == "Stripe")
        #expect(ana["title"] as? String == "Partner")
        #expect(ana["location"] as? String == "Lisbon, Portugal")
        #expect(ana["birthday"] as? String == "--05-17")
        #expect(ana["notes"] as? String == "Knows every seed investor in Lisbon, really.\nAsk about the fund.")
        #expect(ana["tags"] as? [String] == ["fintech", "imported", "investor"])
        let emails = try #require(ana["emails"] as? [[String: Any]])
        #expect(emails.first?["value"] as? String == "ana@stripe.example")
        #expect(emails.first?["label"] as? String == "work")
        let links = try #require(ana["links"] as? [[String: Any]])
        #expect(links.first?["label"] as? String == "LinkedIn")
        let bruno = try #require(try kith.json("show", "Bruno") as? [String: Any])
        #expect(bruno["birthday"] as? String == "1985-12-01")
        #expect((bruno["phones"] as? [[String: Any]])?.first?["label"] as? String == "Office")
        #expect(try kith.query("SELECT name FROM person WHERE name LIKE 'Jos%'") == "José Öztürk")
        #expect(try kith.query("SELECT notes FROM person WHERE name LIKE 'Jos%'") == "A note that goes on and on")
        #expect(try kith.query("SELECT name FROM person WHERE name LIKE 'Carla%'") == "Carla Díaz")
        // Related names become ties: Ana ↔ Bruno by name, Carla ↔ Ana by UID.
        #expect(try kith.count("tie", "person_a = 2 AND person_b = 3 AND source = 'imported'") == 1)
        #expect(try kith.count("tie", "(person_a = 2 AND person_b = 5) AND context = 'colleague'") == 1)
        #expect(try kith.count("person_property", "name = 'NICKNAME' AND value = 'Aninha'") == 1)
        #expect(try kith.count("person_source", "kind = 'vcard' AND external_id = '0A1B2C3D-APPLE'") == 1)
    }

    @Test func whatWasImportedComesBackOnExportAndRoundTripsStably() throws {
        let path = try kith.write("apple.vcf", Self.apple + Self.google)
        try kith.ok("import", path)
        let exported = try kith.ok("export")
        for line in ["NICKNAME:Aninha", "item3.X-ABDATE;type=pref:2015-06-20", "item3.X-ABLabel:_$!<Anniversary>!$_",
                     "ADR;type=WORK;type=pref:;;Rua Augusta 1;Lisbon;;1100-048;Portugal", "UID:0A1B2C3D-APPLE",
                     "EMAIL;TYPE=work;PREF=1:ana@stripe.example", "X-ABLabel:LinkedIn", "X-ABLabel:Office",
                     "N:Silva;Ana;Maria;;", "ORG:Stripe;Payments;"] {
            #expect(exported.contains(line + "\r\n"), "the export lacks \(line)")
        }
        // Import the export into a new database: the same cards come out again.
        let copy = try KithProcess()
        let again = copy.folder.appendingPathComponent("again.vcf")
        try Data(exported.utf8).write(to: again)
        #expect(try copy.ok("import", again.path).hasPrefix("Imported \(again.path): 2 created, 0 updated"))
        func withoutRevisions(_ text: String) -> String {
            text.components(separatedBy: "\r\n").filter { !$0.hasPrefix("REV:") }.joined(separator: "\r\n")
        }
        #expect(withoutRevisions(try copy.ok("export")) == withoutRevisions(exported))
        // And importing the same file again finds everyone, and changes nothing.
        let before = try kith.fingerprint()
        #expect(try kith.ok("import", path).hasPrefix("Imported \(path): 0 created, 0 updated, 2 unchanged"))
        #expect(try kith.fingerprint() == before)
        #expect(try kith.count("person") == 3)
    }

    @Test func matchesPeopleAlreadyKnown() throws {
        try kith.ok("add", "Ana S.", "--email", "ANA@stripe.example", "--note", "met at Web Summit")
        try kith.ok("add", "B. Okafor", "--phone", "+44 (0)20 7946 0000")
        let path = try kith.write("both.vcf", Self.apple + Self.google)
        #expect(try kith.ok("import", path, "--dry-run")
                == "Would import \(path): 0 created, 2 updated (nothing changed).\n  would update: Ana Maria Silva, Bruno Okafor\n")
        #expect(try kith.count("person_source") == 0)
        try kith.ok("import", path)
        #expect(try kith.count("person") == 3)
        #expect(try kith.query("SELECT organization FROM person WHERE name = 'Ana S.'") == "Stripe")
        #expect(try kith.query("SELECT notes FROM person WHERE name = 'Ana S.'")
                == "met at Web Summit\nKnows every seed investor in Lisbon, really.\nAsk about the fund.")
    }

    @Test func aLargeImportShowsProgressOnATerminalOnly() throws {
        let cards = (1...1500).map { "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Person \($0)\r\nEMAIL:p\($0)@example.com\r\nEND:VCARD\r\n" }
        let path = try kith.write("many.vcf", cards.joined())
        let piped = try kith.run(["import", path, "--dry-run"])
        #expect(piped.status == 0)
        #expect(piped.stderr.isEmpty)
        let terminal = try kith.runOnTerminal(["import", path, "--dry-run"], input: "")
        #expect(terminal.stdout.contains("Importing 1500 of 1500 contacts (100 %)"))
        #expect(terminal.stdout.contains("Would import \(path): 1500 created, 0 updated (nothing changed)."))
    }

    @Test func aMalformedCardIsReportedWithItsLine() throws {
        try kith.ok("me", "--name", "Alex Rivera")
        let broken = Self.google + "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:No End\r\n" + Self.apple
        let path = try kith.write("broken.vcf", broken)
        try kith.refuses(["import", path, "--strict"], "kith: error: \(path), line 12: a card without END:VCARD; "
                         + "nothing was imported (without --strict, the rest would be)\n")
        let skipped = try kith.ok("import", path)
        #expect(skipped == "Imported \(path): 2 created, 0 updated, 1 skipped, 1 tie from related names.\n  skipped line 12: a card without END:VCARD\n")
        // A file with nothing readable in it is an error, and changes nothing.
        let nameless = try kith.write("nameless.vcf", "BEGIN:VCARD\r\nVERSION:4.0\r\nNOTE:who?\r\nEND:VCARD\r\n")
        try kith.refuses(["import", nameless], "kith: error: \(nameless), line 1: a card with no name (no FN, N, nickname, ORG, "
                         + "EMAIL or TEL); nothing in it could be imported\n")
        let text = try kith.write("notes.txt", "hello")
        try kith.refuses(["import", text], "kith: error: cannot tell what kind of file \(text) is; give --format vcard, linkedin, google or json\n")
    }
}

private extension String {
    func utf8Bytes() -> [UInt8] { Array(utf8) }
}
