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

    /// A card deleted on the phone waits until --deletions; a card changed on both sides is a
    /// conflict, listed, with the card's value kept in the notes.
    @Test func deletionsWaitAndConflictsAreListed() throws {
        try kith.ok("add", "Bo Chen", "--org", "Globex")
        try kith.ok("sync", "contacts", contacts)
        let bo = try #require(files(contacts).first { (try? String(contentsOfFile: contacts + "/" + $0, encoding: .utf8))?.contains("FN:Bo Chen") == true })
        try FileManager.default.removeItem(atPath: contacts + "/" + bo)
        let ann = try #require(files(contacts).first)
        let card = try String(contentsOfFile: contacts + "/" + ann, encoding: .utf8)
        try card.replacingOccurrences(of: "ORG:Acme", with: "ORG:Initech").write(toFile: contacts + "/" + ann, atomically: true, encoding: .utf8)
        try kith.ok("edit", "Ann", "--org", "Umbrella")
        let text = try kith.ok("sync", "contacts", contacts)
        #expect(text.contains("1 conflict, 1 waiting"))
        #expect(text.contains("  conflict: Ann Lake: changed in Kith and in the folder: kept Kith's organization"))
        #expect(text.contains("  waiting: Bo Chen: their card was deleted in the folder; kith keeps them until a sync with --deletions removes them"))
        #expect(try kith.count("person", "name = 'Ann Lake' AND organization = 'Umbrella' AND notes LIKE '%organization ''Initech''%'") == 1)
        #expect(try kith.count("person", "name = 'Bo Chen'") == 1)
        let removed = try kith.ok("sync", "contacts", contacts, "--deletions")
        #expect(removed.contains("  kith    removed    Bo Chen (their card was deleted in the folder)"))
        #expect(try kith.count("person", "name = 'Bo Chen'") == 0)
    }

    /// Completed on the phone (STATUS:COMPLETED in the file), the promise is done in Kith.
    @Test func aToDoCompletedInTheCalendarIsDoneInKith() throws {
        try kith.ok("sync", "calendar", calendar)
        let file = try #require(files(calendar).first)
        let item = try String(contentsOfFile: calendar + "/" + file, encoding: .utf8)
        try item.replacingOccurrences(of: "STATUS:NEEDS-ACTION", with: "STATUS:COMPLETED\r\nCOMPLETED:20261120T093000Z")
            .write(toFile: calendar + "/" + file, atomically: true, encoding: .utf8)
        let text = try kith.ok("sync", "calendar", calendar)
        #expect(text.contains("  kith    done       #1 send the deck (completed in the folder)"))
        #expect(try kith.count("commitment", "id = 1 AND status = 'done' AND done_at = '2026-11-20T12:00:00Z'") == 1)
    }

    @Test func aConfigFileOrCommandLineKithCannotReadIsRefused() throws {
        let config = kith.folder.appendingPathComponent("config/kith")
        try FileManager.default.createDirectory(at: config, withIntermediateDirectories: true)
        let environment = ["XDG_CONFIG_HOME": kith.folder.appendingPathComponent("config").path]
        try "contacts \(contacts)\n".write(to: config.appendingPathComponent("config"), atomically: true, encoding: .utf8)
        let malformed = try kith.run(["sync"], environment: environment)
        #expect(malformed.status == 1 && malformed.stdout.isEmpty)
        #expect(malformed.stderr == "kith: error: \(config.path)/config, line 1: write a setting as 'contacts = DIR'\n")
        // A folder without saying what it holds, and --deletions where it means nothing: the
        // command line is refused (argument-parser's exit 64) and nothing is written.
        let folderAlone = try kith.run(["sync", contacts])
        #expect(folderAlone.status == 64 && folderAlone.stderr.hasPrefix("kith: error: "))
        #expect(folderAlone.stderr.contains("contacts") && folderAlone.stderr.contains("calendar"))
        let calendarDeletions = try kith.run(["sync", "calendar", calendar, "--deletions"])
        #expect(calendarDeletions.status == 64)
        #expect(calendarDeletions.stderr.hasPrefix("kith: error: --deletions is for contacts: a calendar sync removes what left"))
        #expect(files(contacts).isEmpty && files(calendar).isEmpty)
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
