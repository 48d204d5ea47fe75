import Foundation
import Testing

/// What each fixture's quirk must become: names decoded from their charsets, line ends and
/// soft breaks undone, labels and parts kept, people told apart or together as they are.
@Suite struct FixtureContentTests {
    let kith: KithProcess

    init() throws { kith = try KithProcess() }

    func load(_ name: String) throws -> [String: Any] {
        try #require(try kith.json("import", FixtureCorpusTests.folder.appendingPathComponent(name).path) as? [String: Any])
    }

    func person(_ reference: String) throws -> [String: Any] {
        try #require(try kith.json("show", reference) as? [String: Any])
    }

    func kept(_ name: String, of person: String) throws -> String? {
        try kith.query("SELECT value FROM person_property WHERE upper(name) LIKE '%\(name)' AND person_id = (SELECT id FROM person WHERE name = '\(person)')")
    }

    @Test func appleKeepsTheNameInPartsTheUnitsThePhotoAndTheProfiles() throws {
        _ = try load("apple.vcf")
        let john = try person("John")
        #expect(john["name"] as? String == "Dr. John Q. Public III")
        #expect(john["organization"] as? String == "Acme Corporation")
        #expect(john["birthday"] as? String == "--03-14")
        #expect(john["notes"] as? String == "Met at the APS meeting, Denver.\nAsked about our \\spectrometer\\ grant.")
        #expect((john["phones"] as? [[String: Any]])?.compactMap { $0["label"] as? String } == ["cell", "work,fax", "Lab Line"])
        #expect(try kept("N", of: "Dr. John Q. Public III") == "Public;John;Quinlan\\, Jr;Dr.;III")
        #expect(try kept("ORG", of: "Dr. John Q. Public III") == "Acme Corporation;Research & Development;Applied Physics")
        #expect(try kept("PHOTO", of: "Dr. John Q. Public III")?.hasPrefix("data:image/jpeg;base64,AAECAwQF") == true)
        let cards = try kith.ok("export")
        #expect(cards.contains("N:Public;John;Quinlan\\, Jr;Dr.;III\r\n"))
        #expect(cards.contains("PHOTO:data:image/jpeg;base64,AAECAwQF"))
        let three = try kith.ok("export", "--vcard-version", "3")
        #expect(three.contains("PHOTO;ENCODING=b;TYPE=JPEG:AAECAwQF"))
        // LinkedIn's export of the same man finds him through Apple's social profile.
        let linkedin = try load("linkedin-connections.csv")
        #expect(linkedin["created"] as? Int == 2 && linkedin["updated"] as? Int == 1 && linkedin["hidden"] as? Int == 2)
        #expect(try kith.count("person", "name LIKE '%Public%'") == 1)
    }

    @Test func oddLineEndsRawBreaksAndGoogleGroupsAreRead() throws {
        _ = try load("ios6-crcrlf.vcf")
        #expect(try person("Bruno")["notes"] as? String == "Seed investor. Likes climate and fintech deals.")
        _ = try load("google.vcf")
        let gabor = try person("Gábor")
        #expect(gabor["name"] as? String == "Gábor Béla Szabó-Gyöngyösi")
        #expect(gabor["tags"] as? [String] == ["Budapest Friends", "myContacts"])
        #expect((gabor["emails"] as? [[String: Any]])?.compactMap { $0["label"] as? String } == ["home", "Office"])
    }

    @Test func oldPhonesCharsetsAndQuotedPrintableComeOutAsText() throws {
        for file in ["outlook-21.vcf", "android-21.vcf", "japanese-sjis.vcf", "russian-cp1251.vcf", "chinese-gb2312.vcf"] {
            _ = try load(file)
        }
        let maria = try person("García")
        #expect(maria["name"] as? String == "María José García")
        #expect(maria["notes"] as? String == "Keeps files in C:\\Users\\maria\\Contacts; café at 10€")
        #expect(try kept("LABEL", of: "María José García") == "Calle Mayor 5\\n28013 Madrid\\nEspaña")
        #expect(try kith.ok("export").contains("X-LABEL;TYPE=WORK;TYPE=PREF:Calle Mayor 5\\n28013 Madrid\\nEspaña"))
        #expect(try person("Khai")["name"] as? String == "Nguyễn Thị Minh Khai")
        #expect(try person("Khai")["notes"] as? String == "Two words apart, kept apart")
        #expect(try person("山田")["name"] as? String == "山田 太郎")
        #expect(try person("山田")["notes"] as? String == "東京の展示会で会った")
        #expect(try person("Мария")["organization"] as? String == "Яндекс")
        #expect(try person("王小明")["organization"] as? String == "阿里巴巴")
    }

    @Test func vCard4KeepsWhatOnly4HasAndWritesIt3Validly() throws {
        _ = try load("vcard4.vcf")
        let ana = try person("Ana Sofía")
        #expect(ana["birthday"] == nil)
        #expect((ana["phones"] as? [[String: Any]])?.first?["value"] as? String == "+34-600-555-020")
        #expect(try kith.count("tie", "context = 'colleague'") == 1)
        let three = try kith.ok("export", "--vcard-version", "3")
        for line in ["X-KIND:individual", "X-GENDER:F", "X-ANNIVERSARY:20150620", "BDAY;VALUE=text:circa 1990", "PHOTO;ENCODING=b;TYPE=PNG:"] {
            #expect(three.contains(line), "the 3.0 export lacks \(line)")
        }
        let four = try kith.ok("export")
        #expect(four.contains("KIND:individual\r\n") && four.contains("ANNIVERSARY:20150620\r\n") && !four.contains("X-KIND"))
    }

    @Test func sharedLinesAndFamilyAddressesStayApartWhenNamesDiffer() throws {
        let summary = try load("shared-lines.vcf")
        #expect(summary["created"] as? Int == 4 && summary["updated"] as? Int == 1)
        let apart = try #require(summary["kept_apart"] as? [[String: Any]])
        #expect(apart.compactMap { $0["name"] as? String } == ["Hank Scorpio", "Marge Simpson"])
        #expect(try person("Marge")["notes"] as? String == "Marge again")
        #expect(try person("Hank")["organization"] as? String == "Globex")
    }

    @Test func googleCSVKeepsAddressesDepartmentsRelationsAndHandles() throws {
        _ = try load("google-contacts.csv")
        let priya = try person("Priya")
        #expect(priya["tags"] as? [String] == ["Investors"])
        #expect(try kept("ORG", of: "Priya Natarajan") == "Seed Fund LP;Early Stage")
        #expect(try kept("ADR", of: "Priya Natarajan") == ";Floor 3;12 MG Road;Bengaluru;Karnataka;560001;India")
        #expect(try kept("IMPP", of: "Priya Natarajan") == "skype:priya.natarajan")
        let linkedin = try load("linkedin-connections.csv")
        // Google's in.linkedin.com link and LinkedIn's www.linkedin.com one are the same profile.
        #expect(try kith.count("person", "name LIKE 'Priya%'") == 1)
        #expect(linkedin["updated"] as? Int == 1)
        _ = try load("google-phone-only.csv")
        #expect(try kith.count("person", "name = '+233 20 555 0456'") == 1)
    }

    @Test func whatKith01ExportedIsRecognised() throws {
        let kith = try KithProcess()
        try FileManager.default.copyItem(atPath: FixtureCorpusTests.folder.deletingLastPathComponent()
            .appendingPathComponent("release-0.1.db").path, toPath: kith.db)
        let summary = try #require(try kith.json("import", FixtureCorpusTests.folder.appendingPathComponent("kith-0.1-export.vcf").path)
                                   as? [String: Any])
        #expect(summary["created"] as? Int == 0)
        let json = try KithProcess()
        let document = try #require(try json.json("import", FixtureCorpusTests.folder.appendingPathComponent("kith-0.1.json").path)
                                    as? [String: Any])
        #expect(document["created"] as? Int == 43)
        #expect((document["created_names"] as? [String])?.contains("Ana Silva") == true)
        #expect(try json.count("person", "length(uid) = 36") == 44)
    }
}

/// Files that are not what they claim: one line naming the file and the line, exit 1, nothing changed.
@Suite struct ImportBadInputTests {
    let kith: KithProcess

    init() throws {
        kith = try KithProcess()
        try kith.ok("add", "Ana Silva")
    }

    @Test func aFileThatIsNotContactsIsRefused() throws {
        let notes = try kith.write("notes.txt", "Shopping: milk, eggs\n")
        try kith.refuses(["import", notes], "kith: error: cannot tell what kind of file \(notes) is; give --format vcard, linkedin, google or json\n")
        try kith.refuses(["import", notes, "--format", "vcard"], "kith: error: \(notes), line 1: no vCard in it (no BEGIN:VCARD line)\n")
        try kith.refuses(["import", notes, "--format", "google"],
                         "kith: error: \(notes), line 1: no header with First Name or Given Name; is this a Google Contacts CSV?\n")
        let empty = try kith.write("empty.vcf", "")
        try kith.refuses(["import", empty])
        let binary = try kith.write("photo.jpg", Data([0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, 0x4A, 0x46, 0x49, 0x46]))
        try kith.refuses(["import", binary])
        try kith.refuses(["import", kith.folder.appendingPathComponent("missing.vcf").path])
    }

    @Test func aTruncatedCardIsRefusedWithItsLine() throws {
        let truncated = try kith.write("cut.vcf", "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Half A Card\r\nEMAIL:half@exa")
        try kith.refuses(["import", truncated], "kith: error: \(truncated), line 1: a card without END:VCARD; nothing in it could be imported\n")
        let csv = try kith.write("other.csv", "Name,Phone\nAna,123\n")
        try kith.refuses(["import", csv, "--format", "linkedin"],
                         "kith: error: \(csv), line 1: no header with First Name and Last Name; is this LinkedIn's Connections.csv?\n")
        let json = try kith.write("other.json", "{\"people\": []}")
        try kith.refuses(["import", json], "kith: error: not a Kith JSON export (no \"format\": \"kith\")\n")
    }
}
