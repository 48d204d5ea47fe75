import Foundation
import Testing

/// Every file of `Tests/Fixtures/contacts` (written to reproduce what phones, Apple, Google,
/// Outlook, Android, Japanese and Russian phones and LinkedIn write) goes in and comes out
/// without doubling anyone or changing anything (README "One person, one row").
@Suite struct FixtureCorpusTests {
    static let folder: URL = {
        var folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        while !FileManager.default.fileExists(atPath: folder.appendingPathComponent("Fixtures").path) {
            folder.deleteLastPathComponent()
        }
        return folder.appendingPathComponent("Fixtures/contacts")
    }()

    static let contactFiles: [String] = {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".vcf") || $0.hasSuffix(".csv") }.sorted()
    }()

    static func summary(_ kith: KithProcess, _ arguments: String...) throws -> [String: Any] {
        try #require(try kith.json(arguments) as? [String: Any])
    }

    /// A file's cards without their REV lines (the time of writing), for comparing two exports.
    static func withoutRevisions(_ text: String) -> String {
        text.components(separatedBy: "\r\n").filter { !$0.hasPrefix("REV:") }.joined(separator: "\r\n")
    }

    @Test func theCorpusIsThere() {
        #expect(Self.contactFiles.count >= 13, "\(Self.contactFiles)")
    }

    @Test(arguments: contactFiles)
    func goesInOnceAndComesBackUnchanged(_ name: String) throws {
        let kith = try KithProcess()
        let path = Self.folder.appendingPathComponent(name).path
        let first = try Self.summary(kith, "import", path)
        let created = try #require(first["created"] as? Int)
        #expect(created > 0)
        #expect((first["problems"] as? [Any])?.isEmpty == true, "\(name): \(first["problems"] ?? "")")
        // The same file again: everyone is recognised, nothing is written.
        let before = try kith.fingerprint()
        let again = try Self.summary(kith, "import", path)
        #expect(again["created"] as? Int == 0 && again["updated"] as? Int == 0, "\(name) again: \(again)")
        #expect(try kith.fingerprint() == before, "\(name): importing it again changed the database")
        // What kith exports, in either version, comes back to the same database as nothing new.
        for version in ["4", "3"] {
            let exported = kith.folder.appendingPathComponent("export-\(version).vcf").path
            try kith.ok("export", "--vcard-version", version, "--out", exported)
            let back = try Self.summary(kith, "import", exported)
            #expect(back["created"] as? Int == 0 && back["updated"] as? Int == 0, "\(name), vCard \(version): \(back)")
            #expect(try kith.fingerprint() == before, "\(name): its vCard \(version) export changed the database")
        }
        // Into a new database and out again: the same cards.
        let cards = try kith.ok("export")
        let copy = try KithProcess()
        let moved = try copy.write("moved.vcf", cards)
        #expect(try Self.summary(copy, "import", moved)["created"] as? Int == (try kith.count("person", "is_self = 0")))
        #expect(Self.withoutRevisions(try copy.ok("export")) == Self.withoutRevisions(cards), "\(name) changed on its way")
    }

    /// A network made in Kith (kith 0.1's JSON, the sample) exports to cards that come back to
    /// the same database as nothing new: a place, tags, notes and the rest are read as written.
    @Test(arguments: ["kith-0.1.json", "sample"])
    func aNetworkMadeInKithComesBackUnchanged(_ source: String) throws {
        let kith = try KithProcess()
        if source == "sample" {
            try kith.ok("sample", "--people", "300")
        } else {
            try kith.ok("import", Self.folder.appendingPathComponent(source).path)
        }
        let before = try kith.fingerprint()
        for version in ["4", "3"] {
            let exported = kith.folder.appendingPathComponent("export-\(version).vcf").path
            try kith.ok("export", "--vcard-version", version, "--out", exported)
            let back = try Self.summary(kith, "import", exported)
            #expect(back["created"] as? Int == 0 && back["updated"] as? Int == 0, "\(source), vCard \(version): \(back)")
            #expect(try kith.fingerprint() == before, "\(source): its vCard \(version) export changed the database")
        }
    }
}
