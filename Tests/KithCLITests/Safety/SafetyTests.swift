import Foundation
import GRDB
import Testing

/// What went wrong when Kith was given what nobody imagined (issue 11): each defect, end to end.
@Suite struct SafetyTests {
    let kith: KithProcess

    init() throws {
        kith = try KithProcess()
        try kith.ok("add", "Bob Stone")
    }

    /// The bytes of the database and its log, to prove that nothing at all was written.
    static func bytes(_ path: String) -> [Data?] {
        [path, path + "-wal"].map { FileManager.default.contents(atPath: $0) }
    }

    @Test(arguments: [
        ["owe", "Bob", "call", "--due", "in 8000y"], ["owe", "Bob", "call", "--due", "100000y ago"],
        ["expect", "Bob", "call", "--due", "in 100000m"], ["add", "Zed", "--on", "9000 years ago"],
    ])
    func aDateKithCannotKeepIsRefused(_ arguments: [String]) throws {
        try kith.refuses(arguments)
        let result = try kith.run(arguments)
        #expect(result.stderr.contains("kith keeps dates from 0001-01-01 to 9999-12-31"), "\(result.stderr)")
        #expect(try kith.ok("week").contains("Kith follow-ups"))
    }

    @Test func snoozingTooFarIsRefused() throws {
        try kith.ok("owe", "Bob", "call", "--due", "fri")
        try kith.refuses(["snooze", "1", "--to", "in 100000m"])
    }

    /// A value another program wrote is named with its fix, and the fix works; never a crash.
    @Test func aDamagedDateIsNamedAndMended() throws {
        try kith.ok("owe", "Bob", "call", "--due", "fri")
        let queue = try DatabaseQueue(path: kith.db)
        try queue.write { db in
            try db.execute(sql: "UPDATE commitment SET due = '10026-11-22' WHERE id = 1")
            try db.execute(sql: "UPDATE person SET birthday = '02-31' WHERE name = 'Bob Stone'")
        }
        try queue.close()
        let week = try kith.run("week")
        #expect(week.status == 3)
        #expect(week.stderr == "kith: error: commitment #1 has an unreadable due date '10026-11-22'; fix it with "
                + "'kith snooze 1 --to DATE' (2 unreadable values in all; 'kith check' lists them)\n")
        #expect(week.stdout.isEmpty)
        let check = try kith.run("check")
        #expect(check.status == 1)
        #expect(check.stdout.contains("unreadable: person #2 has an unreadable birthday '02-31'"))
        try kith.ok("snooze", "1", "--to", "fri")
        let show = try kith.run("show", "Bob")
        #expect(show.stderr == "kith: error: person #2 has an unreadable birthday '02-31'; fix it with 'kith edit '#2' --birthday MM-DD'\n")
        try kith.ok("edit", "Bob", "--birthday", "05-17")
        #expect(try kith.ok("week").contains("call"))
        #expect(try kith.ok("check").contains("is sound"))
    }

    /// Another program's SQLite file: refused for reads and writes, left byte for byte.
    @Test func anotherProgramsDatabaseIsLeftAlone() throws {
        let other = kith.folder.appendingPathComponent("places.sqlite").path
        try DatabaseQueue(path: other).write { db in
            try db.execute(sql: "CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT); INSERT INTO moz_places (url) VALUES ('x')")
        }
        let before = Self.bytes(other)
        for arguments in [["list"], ["show", "Ana"], ["add", "Ana"], ["week"], ["check"], ["backup", other + ".copy"]] {
            let result = try kith.run(arguments + ["--db", other], useDB: false)
            #expect(result.status == 3, "\(arguments)")
            #expect(result.stderr == "kith: error: \(other) is another program's SQLite database (tables: moz_places); "
                    + "kith leaves it alone: give --db a kith database or a new file\n")
        }
        #expect(Self.bytes(other) == before)
    }

    /// A read opens the file read-only: a database in rollback mode stays so, an older schema
    /// stays older, until the first write.
    @Test func aReadNeverMigratesOrSwitchesTheJournal() throws {
        let queue = try DatabaseQueue(path: kith.db)
        try queue.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA journal_mode = DELETE") }
        try queue.close()
        let before = Self.bytes(kith.db)
        for command in [["list"], ["show", "Bob"], ["week"], ["reach", "Bob"], ["check"], ["export"]] { try kith.ok(command) }
        #expect(Self.bytes(kith.db) == before)
        let old = kith.folder.appendingPathComponent("old.db").path
        try FileManager.default.copyItem(at: MigrationFixture.url, to: URL(fileURLWithPath: old))
        // (A reader of a WAL file may leave SQLite's empty -wal and -shm beside it; the file itself is untouched.)
        let oldBytes = FileManager.default.contents(atPath: old)
        #expect(try kith.run(["show", "Ana Silva", "--db", old], useDB: false).stdout.contains("Ana Silva"))
        #expect(FileManager.default.contents(atPath: old) == oldBytes)
        let migrated = try kith.run(["migrate", "--db", old], useDB: false)
        #expect(migrated.stdout.hasPrefix("Migrated \(old) from schema 0003_import to "))
        #expect(try kith.run(["migrate", "--db", old], useDB: false).stdout.contains("is up to date"))
    }

    @Test func anEmptyDatabasePathIsAnError() throws {
        for (arguments, environment) in [(["list", "--db", ""], [String: String]()), (["add", "Ana"], ["KITH_DB": ""])] {
            let result = try kith.run(arguments, useDB: false, environment: environment)
            #expect(result.status == 1)
            #expect(result.stderr == "kith: error: the database path is empty; give --db a file, or unset KITH_DB to use the default\n")
        }
        #expect(!FileManager.default.fileExists(atPath: kith.folder.appendingPathComponent(".local").path))
    }

    /// Files kith writes are private from their first byte, whatever the umask.
    @Test func exportsAndBackupsArePrivate() throws {
        let out = kith.folder.appendingPathComponent("everyone.vcf").path
        let backup = kith.folder.appendingPathComponent("copy.db").path
        let shell = Process()
        shell.executableURL = URL(fileURLWithPath: "/bin/sh")
        shell.arguments = ["-c", "umask 000 && '\(KithProcess.binary.path)' export --out '\(out)' --db '\(kith.db)' "
                           + "&& '\(KithProcess.binary.path)' backup '\(backup)' --db '\(kith.db)'"]
        try shell.run()
        shell.waitUntilExit()
        #expect(shell.terminationStatus == 0)
        for file in [out, backup] {
            #expect((try FileManager.default.attributesOfItem(atPath: file)[.posixPermissions] as? Int) == 0o600, "\(file)")
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: kith.folder.path).filter { $0.hasSuffix(".tmp") }.isEmpty)
        #expect(try String(contentsOfFile: out, encoding: .utf8).contains("FN:Bob Stone"))
        let copy = try kith.run(["list", "--db", backup], useDB: false)
        #expect(copy.stdout.contains("Bob Stone"))
        try kith.refuses(["backup", backup], "kith: error: \(backup) already exists; kith will not overwrite it: give a new file name\n")
    }

    /// Forgetting, and removing once the undo history is cleared, leave none of the person's words
    /// in the file or its log.
    @Test(arguments: ["rm", "forget"])
    func aRemovedPersonLeavesNoWordsBehind(_ command: String) throws {
        try kith.ok("add", "Quentin Zyxwvut", "--email", "quentin@zyxwvut.example", "--phone", "+44 20 7946 0958",
                    "--note", "Plays the theremin at Blorptastic", "--tag", "vexillology")
        try kith.ok("add", "Ana Silva", "--note", "Met through Quentin Zyxwvut at the fair")
        try kith.ok("log", "Quentin", "Ana", "--kind", "meal", "--note", "Quentin Zyxwvut paid")
        try kith.ok("offer", "Quentin", "glorpwhistle lessons")
        try kith.ok("need", "Ana", "a teacher like Quentin Zyxwvut")
        let words = ["Zyxwvut", "zyxwvut", "Blorptastic", "blorptastic", "7946 0958", "quentin@", "glorpwhistle"]
        let file = { Self.bytes(kith.db).compactMap { $0 }.reduce(Data(), +) }
        for word in words { #expect(file().range(of: Data(word.utf8)) != nil, "\(word) not found before") }
        try kith.ok(command, "Quentin", "--yes")
        // A removal can be undone, so the undo history keeps what it removed until it is cleared;
        // forgetting cannot, and empties it.
        if command == "rm" { try kith.ok("undo", "--clear") }
        let after = file()
        let forgotten = command == "forget" ? words : words.filter { $0.lowercased() != "zyxwvut" }
        for word in forgotten { #expect(after.range(of: Data(word.utf8)) == nil, "\(word) is still in the file after \(command)") }
        if command == "forget" {
            #expect(try kith.query("SELECT notes FROM person WHERE name = 'Ana Silva'") == "Met through [forgotten] at the fair")
            #expect(try kith.query("SELECT what FROM need_offer WHERE kind = 'need'") == "a teacher like [forgotten]")
        }
        #expect(try kith.ok("check").contains("is sound"))
    }

    /// Control characters from a card are shown, not obeyed; JSON escapes them.
    @Test func terminalEscapesInNamesAreShownNotObeyed() throws {
        let card = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Eve\u{1B}]0;pwned\u{07}\u{1B}[2J Mallory\r\nORG:Evil\u{1B}[31m Corp\r\nEND:VCARD\r\n"
        try kith.ok("import", try kith.write("evil.vcf", card))
        for command in [["list"], ["show", "Mallory"], ["find", "Mallory"]] {
            let output = try kith.ok(command)
            #expect(!output.unicodeScalars.contains("\u{1B}") && !output.unicodeScalars.contains("\u{07}"), "\(command)")
            #expect(output.contains("Eve^[]0;pwned^G^[[2J Mallory"), "\(command): \(output)")
        }
        let json = try kith.run("show", "Mallory", "--json")
        #expect(json.stdout.contains("Eve\\u001b]0;pwned\\u0007\\u001b[2J Mallory"))
    }

    /// Mistakes on the command line: one line and a pointer to the help; negative numbers are
    /// numbers; input with a line break is quoted on one line.
    @Test func commandLineMistakesAreShort() throws {
        for arguments in [["add"], ["list", "--bogus"], ["week", "--days", "x"], ["tie", "Bob"]] {
            let result = try kith.run(arguments)
            #expect(result.status == 64)
            let lines = result.stderr.split(separator: "\n")
            #expect(lines.count == 2 && lines[0].hasPrefix("kith: error: ") && lines[1].hasPrefix("See 'kith "), "\(result.stderr)")
        }
        try kith.refuses(["add", "X", "--strength", "-1"], "kith: error: strength must be from 1 (acquaintance) to 5 (closest), not -1\n")
        try kith.refuses(["list", "--limit", "-3"], "kith: error: --limit must be 1 or more, not -3\n")
        try kith.refuses(["show", "Zed\nQ"], "kith: error: no person matches 'Zed\\nQ' (try 'kith find Zed\\nQ', or add them with 'kith add')\n")
    }
}

/// Imports that meet odd records read the rest, name what they left out or kept differently,
/// and never merge rows or cut text.
@Suite struct OddRecordTests {
    let kith: KithProcess

    init() throws { kith = try KithProcess() }

    @Test func aQuoteThatNeverEndsLeavesOutOnlyWhatFollowsIt() throws {
        let csv = "First Name,Last Name,Email Address,Company,Position,Connected On\n"
            + "Ana,Silva,ana@x.example,Stripe,CTO,01 Jan 2024\n"
            + "Bo,\"Broken,bo@x.example,Acme,CEO,02 Jan 2024\n"
            + "Cy,Tan,cy@x.example,Acme,CEO,02 Jan 2024\n"
        let file = try kith.write("quote.csv", csv)
        let summary = try #require(try kith.json("import", file) as? [String: Any])
        #expect(summary["created"] as? Int == 1 && summary["skipped"] as? Int == 1)
        #expect(summary["problems"] as? [String] == ["line 3: a quoted field that never ends (a missing \"): this row and the 1 line after it were left out"])
        #expect(try kith.count("person", "name LIKE '%Broken%' OR name LIKE '%Cy%'") == 0)
        try kith.refuses(["import", file, "--strict"])
    }

    @Test func aNulCharacterRefusesItsCardAndNoOther() throws {
        let cards = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Nul\u{0}Person\r\nEND:VCARD\r\n"
            + "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Whole Person\r\nNOTE:fine\r\nEND:VCARD\r\n"
        let summary = try #require(try kith.json("import", try kith.write("nul.vcf", cards)) as? [String: Any])
        #expect(summary["created"] as? Int == 1)
        #expect(summary["problems"] as? [String] == ["line 1: a NUL character in the name"])
        #expect(try kith.count("person", "name LIKE 'Nul%'") == 0)
    }

    @Test func anEmailThatIsNoAddressIsKeptAsWrittenNotAsAnEmail() throws {
        let csv = "First Name,Last Name,E-mail 1 - Label,E-mail 1 - Value\nAna,Silva,* Work,not an email\n"
        let summary = try #require(try kith.json("import", try kith.write("google.csv", csv)) as? [String: Any])
        #expect(summary["created"] as? Int == 1)
        #expect(summary["notices"] as? [String] == ["line 2: 'not an email' is not an email address; kept as written, not as an email"])
        #expect(try kith.count("email") == 0)
        #expect(try kith.query("SELECT value FROM person_property WHERE name = 'EMAIL'") == "not an email")
        #expect(try kith.ok("export").contains("EMAIL;TYPE=work:not an email\r\n"))
    }

    @Test func checkAndMigrateSpeakJSON() throws {
        try kith.ok("add", "Ana")
        let health = try #require(try kith.json("check") as? [String: Any])
        #expect(health["sound"] as? Bool == true && (health["unreadable"] as? [Any])?.isEmpty == true)
        let upgrade = try #require(try kith.json("migrate") as? [String: Any])
        #expect(upgrade["from"] as? String == upgrade["to"] as? String)
        let none = kith.folder.appendingPathComponent("none.db").path
        let missing = try kith.run(["check", "--db", none], useDB: false)
        #expect(missing.status == 3 && missing.stderr == "kith: error: there is no database at \(none)\n")
        #expect(!FileManager.default.fileExists(atPath: none))
    }
}

/// Where the migration tests' fixture is, for the command-line tests.
enum MigrationFixture {
    static let url: URL = {
        var folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        while !FileManager.default.fileExists(atPath: folder.appendingPathComponent("Fixtures").path) { folder.deleteLastPathComponent() }
        return folder.appendingPathComponent("Fixtures/release-0.1.db")
    }()
}
