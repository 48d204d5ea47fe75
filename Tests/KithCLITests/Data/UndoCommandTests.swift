import Foundation
import GRDB
import Testing

/// `kith undo` puts back exactly what the last write command changed, whichever command it was;
/// refuses, changing nothing, when that is no longer safe; and keeps a bounded history that
/// `forget` and `--clear` empty.
@Suite struct UndoCommandTests {
    let kith: KithProcess

    init() throws {
        kith = try KithProcess()
        for arguments in [
            ["add", "Ana Silva", "--org", "Stripe", "--email", "ana@stripe.example", "--tag", "investor", "--note", "met at the fair"],
            ["add", "Bruno Okafor", "--tag", "founder"], ["add", "Chen Wei", "--org", "Acme"],
            ["tie", "Ana", "Bruno", "--strength", "4"], ["met", "Demo Day", "Ana", "Chen", "--on", "2026-11-10"],
            ["log", "Bruno", "--kind", "call", "--note", "talked hiring"], ["owe", "Ana", "send the deck", "--due", "fri"],
            ["intro", "Ana", "Chen", "--purpose", "payments"], ["need", "Chen", "a fintech investor"],
            ["offer", "Ana", "seed investing"],
        ] { try kith.ok(arguments) }
    }

    /// What a user can see of the network: every table's rows and both search indexes' contents,
    /// without the undo history itself and the indexes' storage (rewritten, not changed, by undo).
    func contents() throws -> String {
        try DatabaseQueue(path: kith.db).read { db in
            let tables = try String.fetchAll(db, sql: """
                SELECT name FROM pragma_table_list WHERE schema = 'main' AND type IN ('table', 'virtual')
                AND name NOT LIKE 'sqlite_%' AND name NOT IN ('undo_step', 'grdb_migrations') ORDER BY name
                """)
            return try tables.map { table in
                let rows = try Row.fetchAll(db, sql: "SELECT * FROM \(table.quotedDatabaseIdentifier)")
                return "\(table): " + rows.map(\.description).sorted().joined(separator: "\n")
            }.joined(separator: "\n")
        }
    }

    @Test(arguments: [
        ["add", "Dana Fox", "--org", "Acme", "--email", "dana@acme.example", "--phone", "+44 20 7946 0000",
         "--tag", "investor", "--met", "Demo Day", "--via", "Ana", "--knows", "Chen", "--follow-up", "send slides"],
        ["met", "Pitch Night", "Ana", "Bruno", "--tag", "pitch", "--org", "Night Co"],
        ["log", "Ana", "Chen", "--kind", "meal", "--note", "lunch"], ["tie", "Bruno", "Chen"], ["untie", "Ana", "Bruno"],
        ["owe", "Bruno", "an intro to Chen"], ["expect", "Chen", "the contract"], ["done", "1"], ["drop", "1"],
        ["snooze", "1", "--to", "next month"], ["amend", "1", "--what", "send the new deck", "--no-due"],
        ["edit", "Ana", "--org", "Plaid", "--title", "CTO", "--name", "Ana Souza"], ["tag", "Ana", "+mentor", "-investor"],
        ["rm", "Ana", "--yes"], ["rm", "Chen", "--yes"], ["merge", "Bruno", "Chen"],
        ["intro-status", "1", "--status", "made", "--outcome", "they met"], ["intro-snooze", "1", "--to", "next week"],
        ["need-status", "1", "--met"], ["need", "Bruno", "a designer"], ["cadence", "investor", "30d"],
        ["interaction-edit", "1", "--note", "keynote"], ["interaction-rm", "2"], ["me", "--name", "Sam Rivera"],
    ])
    func aWriteCommandIsUndoneExactly(_ arguments: [String]) throws {
        let before = try contents()
        try kith.ok(arguments)
        #expect(try contents() != before, "kith \(arguments) changed nothing")
        let undone = try kith.ok("undo")
        #expect(undone.hasPrefix("Undid kith \(arguments[0])"), "\(undone)")
        #expect(try contents() == before, "kith undo did not put back what kith \(arguments) changed")
        #expect(try kith.ok("check").contains("is sound"))
    }

    @Test func anImportIsUndoneAsAWhole() throws {
        let cards = (1...40).map { "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Card Person \($0)\r\nEMAIL:p\($0)@cards.example\r\nEND:VCARD\r\n" }
        let before = try contents()
        try kith.ok("import", try kith.write("cards.vcf", cards.joined() + "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ana Silva\r\nEMAIL:ana@stripe.example\r\nTITLE:Partner\r\nEND:VCARD\r\n"))
        #expect(try kith.count("person") == 44)
        #expect(try kith.query("SELECT title FROM person WHERE name = 'Ana Silva'") == "Partner")
        #expect(try kith.ok("undo").contains("removed 40 people, 40 emails"))
        #expect(try contents() == before)
        #expect(try kith.ok("find", "card").contains("Nobody"))
    }

    @Test func theHistoryListsWhatEachCommandChangedNewestFirst() throws {
        try kith.ok("owe", "Bruno", "intro to Chen")
        #expect(try kith.ok("undo", "--list", "--limit", "3") == """
            WHEN         COMMAND                              CHANGED
            today 00:00  kith owe Bruno 'intro to Chen'       added 1 promise · Bruno Okafor
            today 00:00  kith offer Ana 'seed investing'      added 1 need or offer · Ana Silva
            today 00:00  kith need Chen 'a fintech investor'  added 1 need or offer · Chen Wei
            kith undo reverts the first line.

            """.replacingOccurrences(of: "00:00", with: try time()))
        let entries = try #require(try kith.json("undo", "--list", "--limit", "20") as? [[String: Any]])
        #expect(entries.count == 11)
        #expect(Set(entries[0].keys) == ["command", "done_at", "changes", "people", "people_total", "undoable"])
        #expect(entries[0]["command"] as? String == "owe Bruno 'intro to Chen'")
        let change = try #require((entries[0]["changes"] as? [[String: Any]])?.first)
        #expect(change["what"] as? String == "promise" && change["added"] as? Int == 1 && change["removed"] as? Int == 0)
        #expect(entries.last?["command"] as? String == "add 'Ana Silva' --org Stripe --email ana@stripe.example --tag investor --note 'met at the fair'")
        #expect((entries.last?["people"] as? [String]) == ["Ana Silva"])
    }

    /// The local time of the commands just run (the clock's, on the fixed day).
    func time() throws -> String {
        let entries = try #require(try kith.json("undo", "--list", "--limit", "1") as? [[String: Any]])
        let stamp = try #require(entries.first?["done_at"] as? String)
        let date = try #require(ISO8601DateFormatter().date(from: stamp))
        let formatter = DateFormatter()
        formatter.dateFormat = "HH:mm"
        return formatter.string(from: date)
    }

    @Test func undoWalksBackOneCommandAtATime() throws {
        let start = try contents()
        try kith.ok("add", "Dana Fox")
        let afterDana = try contents()
        try kith.ok("tie", "Dana", "Ana", "--strength", "5")
        #expect(try kith.ok("undo").hasPrefix("Undid kith tie Dana Ana --strength 5 (today "))
        #expect(try contents() == afterDana)
        #expect(try kith.ok("undo").contains("removed 1 person, 1 tie"))
        #expect(try contents() == start)
        #expect(try kith.ok("find", "dana").contains("Nobody"))
        #expect(try kith.count("undo_step") == 10)
    }

    @Test func anUndoThatWouldOverwriteLaterChangesChangesNothing() throws {
        try kith.ok("add", "Dana Fox")
        try kith.execute("UPDATE person SET title = 'CEO' WHERE name = 'Dana Fox'")
        try kith.refuses(["undo"], "kith: error: cannot undo kith add 'Dana Fox': person #5 was changed since by something kith "
                         + "did not record; nothing changed (fix it by hand, or 'kith undo --clear')\n")
        try kith.execute("UPDATE person SET title = NULL WHERE name = 'Dana Fox'")
        try kith.execute("INSERT INTO tie (person_a, person_b, strength) VALUES (2, 5, 3)")
        try kith.refuses(["undo"], "kith: error: cannot undo kith add 'Dana Fox': a tie written since points at the person #5 "
                         + "it added; nothing changed (undo or remove that first)\n")
        try kith.execute("DELETE FROM tie WHERE id = 7")
        try kith.ok("undo")
        try kith.ok("rm", "Ana", "--yes")
        try kith.execute("PRAGMA foreign_keys = OFF; DELETE FROM person WHERE name = 'Bruno Okafor'")
        try kith.refuses(["undo"], "kith: error: cannot undo kith rm Ana --yes: the tie it would put back points at the person #3, "
                         + "which is gone; nothing changed\n")
    }

    @Test func aCommandRecordedBeforeAnUpgradeIsNotUndone() throws {
        try kith.execute("UPDATE undo_step SET schema = 9")
        try kith.refuses(["undo"], "kith: error: cannot undo kith offer Ana 'seed investing': it was recorded before this "
                         + "database was upgraded; nothing changed ('kith undo --clear' forgets it)\n")
        #expect(try kith.ok("undo", "--list", "--limit", "1").contains("(before an upgrade; cannot be undone)"))
    }

    @Test func theHistoryIsBoundedAndEmptiedByForgetAndClear() throws {
        for number in 1...25 { try kith.ok("owe", "Bruno", "thing \(number)") }
        let entries = try #require(try kith.json("undo", "--list", "--limit", "100") as? [[String: Any]])
        #expect(entries.count == 20)
        #expect(entries.last?["command"] as? String == "owe Bruno 'thing 6'")
        #expect(try kith.ok("undo", "--clear") == "Undo history cleared (20 commands).\n")
        try kith.refuses(["undo"], "kith: error: nothing to undo: kith keeps the last 20 write commands, and 'kith forget' "
                         + "or 'kith undo --clear' empties that history\n")
        try kith.ok("owe", "Bruno", "one more")
        try kith.ok("forget", "Chen", "--yes")
        #expect(try kith.count("undo_step") == 0)
        #expect(try kith.ok("undo", "--list") == "Nothing to undo.\n")
    }

    @Test func aDamagedHistoryIsNamedAndCanBeCleared() throws {
        try kith.execute("UPDATE undo_step SET changeset = x'54000103' WHERE id = (SELECT max(id) FROM undo_step)")
        let message = "kith: error: the undo history in the database is damaged (changed outside kith); 'kith undo --clear' empties it\n"
        for arguments in [["undo"], ["undo", "--list"]] {
            let result = try kith.run(arguments)
            #expect(result.status == 3 && result.stderr == message, "\(result.stderr)")
        }
        #expect(try kith.ok("undo", "--clear") == "Undo history cleared (10 commands).\n")
    }

    /// Recording a very large import would hold every row in memory and store it again.
    @Test func anImportTooLargeToRecordSaysSoAndIsKept() throws {
        let cards = (0...25_000).map { "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Person \($0) Bulk\r\nEND:VCARD\r\n" }.joined()
        let steps = try kith.count("undo_step")
        let output = try kith.ok("import", try kith.write("big.vcf", cards))
        #expect(output.contains("25001 created") && output.contains("note: more than 25000 records, so kith undo cannot take this import back"))
        #expect(try kith.count("undo_step") == steps)
        #expect(try kith.ok("undo").hasPrefix("Undid kith offer Ana"))
        #expect(try kith.count("person") == 25_005)
    }

    @Test func aMalformedUndoIsAUsageError() throws {
        let result = try kith.run("undo", "--list", "--clear")
        #expect(result.status == 64)
        #expect(result.stderr.hasPrefix("kith: error: --list and --clear go separately\n"))
        #expect(try kith.count("undo_step") == 10)
    }

    @Test func readsAndRefusedWritesRecordNothing() throws {
        let steps = try kith.count("undo_step")
        for arguments in [["list"], ["week"], ["show", "Ana"], ["reach", "Chen"], ["undo", "--list"]] { try kith.ok(arguments) }
        try kith.refuses(["owe", "Nobody", "x"])
        try kith.ok("tag", "Ana", "+investor")
        #expect(try kith.count("undo_step") == steps)
    }
}
