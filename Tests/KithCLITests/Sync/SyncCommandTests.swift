import Foundation
import Testing

/// `kith sync` end to end on the built binary: folders named or configured, text and JSON,
/// the calendar's UIDs the same as `kith week --format ics`, and bad input refused in one line.
@Suite struct SyncCommandTests {
    let kith: KithProcess
    let contacts: String
    let calendar: String

    init() throws {
        kith = try KithProcess()
        try kith.ok("add", "Ann Lake", "--org", "Acme", "--email", "ann@acme.example")
        try kith.ok("owe", "Ann", "send the deck", "--due", "2026-11-23")
        contacts = kith.folder.appendingPathComponent("contacts").path
        calendar = kith.folder.appendingPathComponent("calendar").path
        for folder in [contacts, calendar] { try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true) }
    }

    func files(_ folder: String) -> [String] { ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).sorted() }

    @Test func contactsSyncSaysWhatItDidOnEachSide() throws {
        let dry = try kith.ok("sync", "contacts", contacts, "--dry-run")
        #expect(dry.hasPrefix("Would sync contacts with \(contacts): 0 in Kith, 1 in the folder, 0 unchanged\n"))
        #expect(dry.contains("folder  would be written    Ann Lake"))
        #expect(files(contacts).isEmpty)
        let done = try kith.ok("sync", "contacts", contacts)
        #expect(done.hasPrefix("Synced contacts with \(contacts): 0 in Kith, 1 in the folder, 0 unchanged\n"))
        #expect(files(contacts).count == 1)
        #expect(try kith.ok("sync", "contacts", contacts) == "Synced contacts with \(contacts): 0 in Kith, 0 in the folder, 1 unchanged\n")
        // The sync is a command like any other: undo takes back what it did to the database.
        #expect(try kith.ok("undo", "--list").contains("sync contacts"))
    }

    @Test func theJSONShapeIsAListOfReports() throws {
        let reports = try #require(try kith.json("sync", "contacts", contacts) as? [[String: Any]])
        #expect(reports.count == 1)
        let report = reports[0]
        #expect(Set(report.keys) == ["kind", "folder", "dry_run", "changes", "conflicts", "waiting", "unchanged"])
        let change = try #require((report["changes"] as? [[String: Any]])?.first)
        #expect(change["side"] as? String == "folder" && change["action"] as? String == "written")
        #expect(change["name"] as? String == "Ann Lake" && change["person"] as? Int == 2)
        #expect((change["file"] as? String)?.hasSuffix(".vcf") == true)
    }

    @Test func foldersComeFromTheConfigFile() throws {
        let config = kith.folder.appendingPathComponent("config/kith")
        try FileManager.default.createDirectory(at: config, withIntermediateDirectories: true)
        try "# kith sync's folders\ncontacts = \(contacts)\ncalendar = ~/calendar\n"
            .write(to: config.appendingPathComponent("config"), atomically: true, encoding: .utf8)
        let environment = ["XDG_CONFIG_HOME": kith.folder.appendingPathComponent("config").path]
        let both = try kith.run(["sync"], environment: environment)
        #expect(both.status == 0, "\(both.stderr)")
        #expect(both.stdout.contains("Synced contacts with \(contacts)") && both.stdout.contains("Synced calendar with \(calendar)"))
        #expect(files(contacts).count == 1 && files(calendar).count == 1)
        let one = try kith.run(["sync", "calendar"], environment: environment)
        #expect(one.stdout == "Synced calendar with \(calendar): 0 in Kith, 0 in the folder, 1 unchanged\n")
        try "contacts = \(contacts)\nphotos = ~/x\n".write(to: config.appendingPathComponent("config"), atomically: true, encoding: .utf8)
        let bad = try kith.run(["sync"], environment: environment)
        #expect(bad.status == 1 && bad.stderr.contains("line 2: no setting 'photos'; kith knows contacts and calendar"))
    }

    @Test func theCalendarsItemsHaveTheUIDsOfTheWeeksCalendar() throws {
        try kith.ok("sync", "calendar", calendar)
        let week = try ICalendarParser.parse(try kith.ok("week", "--format", "ics"))
        let synced = try files(calendar).map { file in
            try ICalendarParser.parse(String(contentsOfFile: calendar + "/" + file, encoding: .utf8))
        }
        #expect(Set(synced.flatMap { $0.children.compactMap { $0.value("UID") } })
                == Set(week.children.compactMap { $0.value("UID") }))
        #expect(synced.allSatisfy { $0.children.first?.value("DESCRIPTION")?.contains("kith done 1") == true })
    }

    @Test func badFoldersAndFilesAreRefusedInOneLine() throws {
        try kith.refuses(["sync", "contacts"], "kith: error: name the folder (kith sync contacts DIR) or set 'contacts = DIR' in "
                         + kith.folder.path + "/.config/kith/config\n")
        try kith.refuses(["sync", "contacts", contacts + "/none"],
                         "kith: error: \(contacts)/none does not exist; make the folder, or name the vdir vdirsyncer syncs\n")
        try kith.ok("sync", "contacts", contacts)
        try "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:A\r\nEND:VCARD\r\nBEGIN:VCARD\r\nVERSION:3.0\r\nFN:B\r\nEND:VCARD\r\n"
            .write(toFile: contacts + "/two.vcf", atomically: true, encoding: .utf8)
        try kith.refuses(["sync", "contacts", contacts], "kith: error: \(contacts)/two.vcf holds 2 cards, and a vdir one per "
                         + "file; split it or move it out, nothing was synced\n")
        #expect(files(contacts).count == 2)
    }
}
