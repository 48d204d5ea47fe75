import Foundation
import Testing

/// Mistakes can be fixed: interactions listed with ids, changed and removed; a promise reworded,
/// moved or undated, done on the day it was done; the same promise twice refused.
@Suite struct FixingCommandTests {
    let kith: KithProcess

    init() throws {
        kith = try KithProcess()
        try kith.ok("add", "Ana Silva")
        try kith.ok("add", "Bruno Okafor")
        try kith.ok("log", "Ana", "Bruno", "--kind", "meal", "--on", "2026-11-19", "--note", "talked about hiring")
        try kith.ok("log", "Ana", "--kind", "call", "--on", "yesterday")
    }

    @Test func interactionsAreListedChangedAndRemoved() throws {
        #expect(try kith.ok("interactions") == """
            ID  DATE        KIND  WITH                     WHAT
            #2  2026-11-20  call  Ana Silva
            #1  2026-11-19  meal  Ana Silva, Bruno Okafor  talked about hiring

            """)
        let bruno = try #require(try kith.json("interactions", "Bruno") as? [[String: Any]])
        #expect(bruno.map { $0["id"] as? Int } == [1])
        #expect(try kith.ok("interaction-edit", "1", "--on", "nov 18", "--kind", "meeting", "--note", "")
                == "Changed interaction #1: meeting with Ana Silva (#2), Bruno Okafor (#3), 2026-11-18 (3 days ago).\n")
        #expect(try kith.query("SELECT note IS NULL AND kind = 'meeting' AND date = '2026-11-18' FROM interaction WHERE id = 1") == true)
        try kith.ok("owe", "Ana", "send the notes")
        try kith.execute("UPDATE commitment SET interaction_id = 2")
        #expect(try kith.ok("interaction-rm", "2") == "Removed interaction #2: call with Ana Silva (#2), 2026-11-20 (yesterday).\n")
        #expect(try kith.count("interaction") == 1)
        #expect(try kith.query("SELECT interaction_id IS NULL FROM commitment WHERE id = 1") == true)
        try kith.refuses(["interaction-rm", "2"], "kith: error: there is no interaction #2; 'kith interactions' lists them\n")
        try kith.refuses(["interaction-edit", "1"], "kith: error: nothing to change; give --on, --kind or --note\n")
        try kith.refuses(["interaction-edit", "1", "--on", "tomorrow"])
    }

    @Test func aPromiseIsAmendedDoneOnItsDayAndNeverTwice() throws {
        try kith.ok("owe", "Ana", "send the deck", "--due", "fri")
        try kith.refuses(["owe", "Ana", "Send the deck"], "kith: error: that promise is already open as commitment #1; "
                         + "change its date with 'kith snooze 1 --to DATE' or its words with 'kith amend 1 --what TEXT'\n")
        try kith.ok("expect", "Ana", "send the deck")  // the other way round is another promise
        #expect(try kith.ok("amend", "1", "--what", "send the revised deck", "--due", "dec 3")
                == "Amended Commitment #1: you owe Ana Silva (#2): send the revised deck, due 2026-12-03 (in 12 days).\n")
        try kith.ok("amend", "1", "--no-due")
        #expect(try kith.query("SELECT due IS NULL FROM commitment WHERE id = 1") == true)
        try kith.refuses(["amend", "1"], "kith: error: nothing to change; give --what, --due or --no-due\n")
        try kith.refuses(["amend", "99", "--what", "x"])
        #expect(try kith.ok("done", "1", "--on", "yesterday") == "Done #1: you owe Ana Silva (#2): send the revised deck.\n")
        #expect(try kith.query("SELECT done_at FROM commitment WHERE id = 1") == "2026-11-20T12:00:00Z")
        try kith.refuses(["done", "2", "--on", "tomorrow"])
        // Once kept, the same words may be promised again.
        try kith.ok("owe", "Ana", "send the revised deck")
    }
}

/// A bare number names a person by id wherever no name holds it; candidates say when we last spoke.
@Suite struct BareNumberTests {
    @Test func aBareNumberIsAnIdUnlessANameHoldsIt() throws {
        let kith = try KithProcess()
        try kith.ok("add", "Ana Silva")
        try kith.ok("add", "Ana Ruiz")
        #expect(try kith.ok("show", "2").hasPrefix("Ana Silva  #2"))
        try kith.ok("owe", "3", "a call")
        #expect(try kith.query("SELECT person_id FROM commitment") == 3)
        try kith.ok("add", "Room 3", "--new")
        try kith.refuses(["show", "3"], "kith: error: '3' matches 2 people: #3 Ana Ruiz (nothing logged), "
                         + "#4 Room 3 (nothing logged); name one by #ID\n")
        try kith.refuses(["show", "99"], "kith: error: no person matches '99' (try 'kith find 99', or add them with 'kith add')\n")
    }
}

/// Events listed with how many were met there; everyone at one tagged at once.
@Suite struct EventCommandTests {
    @Test func metTagsEveryoneListedAndEventsCountThem() throws {
        let kith = try KithProcess()
        try kith.ok("add", "Ana Silva", "--org", "Stripe")
        try kith.ok("met", "Rust Meetup", "Ana Silva", "Jonas Berg", "Priya Natarajan", "--on", "nov 12",
                    "--tag", "rust", "--tag", "meetup", "--org", "Ferrous")
        #expect(try kith.count("person_tag") == 6)
        #expect(try kith.query("SELECT group_concat(organization, ', ') FROM (SELECT organization FROM person WHERE is_self = 0 ORDER BY id)")
                == "Stripe, Ferrous, Ferrous")
        try kith.ok("met", "Demo Day", "Ana", "--on", "yesterday")
        #expect(try kith.ok("events") == """
            ID  DATE        EVENT        PEOPLE
            #2  2026-11-20  Demo Day          1
            #1  2026-11-12  Rust Meetup       3

            """)
        let json = try #require(try kith.json("events") as? [[String: Any]])
        #expect(json.map { $0["people"] as? Int } == [1, 3])
        for key in ["id", "name", "date", "people"] { #expect(json[0][key] != nil) }
        #expect(try kith.ok("events", "rust") == """
            Rust Meetup  #1, 2026-11-12 (9 days ago)
              Ana Silva (#2), Stripe
              Jonas Berg (#3), Ferrous
              Priya Natarajan (#4), Ferrous

            """)
        let one = try #require(try kith.json("events", "#2") as? [String: Any])
        #expect((one["people"] as? [[String: Any]])?.map { $0["name"] as? String } == ["Ana Silva"])
        try kith.refuses(["events", "nope"], "kith: error: no event is named 'nope'; name one you logged, or give its #ID\n")
    }
}

/// The completion scripts README installs, for every shell, know the commands.
@Suite struct CompletionTests {
    @Test(arguments: ["bash", "zsh", "fish"])
    func everyShellGetsAScriptThatKnowsTheCommands(_ shell: String) throws {
        let kith = try KithProcess()
        let script = try kith.run(["--generate-completion-script", shell], useDB: false)
        #expect(script.status == 0)
        for command in ["matches", "brief", "interaction-edit", "events", "amend", "need-status", "undo"] {
            #expect(script.stdout.contains(command), "\(shell) completions lack \(command)")
        }
    }
}

/// The bash completion script, loaded by bash itself, completes commands and their options;
/// it is the same at any terminal width (help is wrapped, a script never).
@Suite struct BashCompletionTests {
    func complete(_ words: [String]) throws -> [String] {
        let script = """
            source <("$1" --generate-completion-script bash) || exit 2
            complete -p kith >/dev/null || exit 3
            function=$(complete -p kith | sed -E 's/.* -F ([^ ]+) .*/\\1/')
            COMP_WORDS=(\(words.joined(separator: " "))); COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
            COMP_LINE="${COMP_WORDS[*]}"; COMP_POINT=${#COMP_LINE}
            "$function" kith "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD-1]}" 2>/dev/null
            printf '%s\\n' "${COMPREPLY[@]}"
            """
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/bash")
        process.arguments = ["-c", script, "bash", KithProcess.binary.path]
        var environment = ProcessInfo.processInfo.environment
        environment["COLUMNS"] = "50"
        process.environment = environment
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let text = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        let errors = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0 && errors.isEmpty, "\(errors)")
        return text.split(separator: "\n").map(String.init)
    }

    @Test func bashLoadsTheScriptAndCompletesCommandsAndOptions() throws {
        #expect(try complete(["kith", "und"]) == ["undo"])
        #expect(try complete(["kith", "undo", "--cl"]) == ["--clear"])
        #expect(try complete(["kith", "interaction-"]).sorted() == ["interaction-edit", "interaction-rm"])
    }

    @Test func theScriptIsTheSameAtAnyWidth() throws {
        let kith = try KithProcess()
        let narrow = try kith.run(["--generate-completion-script", "bash"], useDB: false, environment: ["COLUMNS": "40"])
        let wide = try kith.run(["--generate-completion-script", "bash"], useDB: false, environment: ["COLUMNS": "300"])
        #expect(narrow.status == 0 && narrow.stdout == wide.stdout)
        #expect(try kith.run(["--version"], useDB: false, environment: ["COLUMNS": "40"]).stdout == "0.1.0\n")
    }
}

/// A search that finds nobody tries the nearest words of names and organisations, and says so.
@Suite struct TypoSearchTests {
    @Test func aTypoFindsWhatWasMeantAndSaysSo() throws {
        let kith = try KithProcess()
        try kith.ok("add", "John Park", "--org", "Stripe")
        try kith.ok("add", "Ana Silva")
        #expect(try kith.ok("find", "stirpe") == """
            Nobody matches 'stirpe'; showing 'stripe':
            ID  NAME       ORGANIZATION  TITLE  TAGS  TIE    LAST CONTACT  MATCHED
            #2  John Park  Stripe                     ●●○○○                organization

            """)
        #expect(try kith.ok("find", "jonh").contains("showing 'john'"))
        #expect(try kith.ok("find", "qqqqqq") == "Nobody matches.\n")
        // JSON is exactly what was asked: nobody.
        #expect((try kith.json("find", "stirpe") as? [Any])?.isEmpty == true)
        try kith.refuses(["reach", "stirpe"], "kith: error: nobody matches 'stirpe' by name, offer, organisation, title, tag or notes; "
                         + "did you mean 'stripe'?\n")
    }
}

/// An introduction's follow-up can be put off, and comes back on its day.
@Suite struct IntroSnoozeTests {
    @Test func aSnoozedIntroductionLeavesTheWeekUntilItsDay() throws {
        let kith = try KithProcess()
        try kith.ok("add", "Ana Silva")
        try kith.ok("add", "Bruno Okafor")
        try kith.ok("intro", "Ana", "Bruno", "--status", "offered")
        #expect(try kith.ok("week").contains("Introductions to follow up (1)"))
        #expect(try kith.ok("intro-snooze", "1", "--to", "dec 14")
                == "Snoozed introduction #1 to 2026-12-14 (in 3 weeks): you offered to introduce Ana Silva ↔ Bruno Okafor.\n")
        #expect(!(try kith.ok("week")).contains("Introductions to follow up"))
        let later = try kith.run(["week"], environment: ["KITH_TODAY": "2026-12-10"])
        #expect(later.stdout.contains("Introductions to follow up (1)"))
        let json = try #require(try kith.json("intros") as? [[String: Any]])
        #expect(json.first?["follow_up_on"] as? String == "2026-12-14")
    }
}

/// `find` looks in logged interactions and promises too, and says where each person matched.
@Suite struct SearchPlacesTests {
    @Test func findSaysWhereItMatchedInNotesPromisesNeedsAndFields() throws {
        let kith = try KithProcess()
        try kith.ok("add", "Ana Silva", "--org", "Hiring Hub")
        try kith.ok("add", "Bruno Okafor")
        try kith.ok("add", "Carla Diaz")
        try kith.ok("add", "Dora Lind", "--needs", "help hiring engineers")
        try kith.ok("log", "Bruno", "--note", "talked about Hiring plans")
        try kith.ok("owe", "Carla", "send the hiring checklist")
        let found = try #require(try kith.json("find", "hiring") as? [[String: Any]])
        let places = Dictionary(uniqueKeysWithValues: found.map { ($0["name"] as? String ?? "", $0["matched"] as? [String] ?? []) })
        #expect(places == ["Ana Silva": ["organization"], "Dora Lind": ["need"], "Bruno Okafor": ["interaction"],
                           "Carla Diaz": ["promise"]])
        #expect(found.first?["name"] as? String == "Ana Silva")
        #expect(try kith.ok("find", "hiring").contains("MATCHED"))
        // A list is no search: no column, no key.
        #expect(!(try kith.ok("list")).contains("MATCHED"))
        #expect((try kith.json("list") as? [[String: Any]])?.first?["matched"] == nil)
    }
}

/// Tables fit `$COLUMNS` (the terminal's width), cutting text with `…` but never ids or the
/// commands to copy; written to a pipe without it, lines stay whole.
@Suite struct TerminalWidthTests {
    @Test func tablesFitTheWidthButKeepCommandsWhole() throws {
        let kith = try KithProcess()
        try kith.ok("add", "Anastasia Konstantinopoulou-Smythe", "--org", "The International Federation of Examples")
        try kith.ok("owe", "Anastasia", "send the long and detailed proposal about the partnership", "--due", "yesterday")
        let narrow = try kith.run(["week"], environment: ["COLUMNS": "70"])
        let lines = narrow.stdout.split(separator: "\n")
        #expect(lines.allSatisfy { $0.count <= 70 }, "\(narrow.stdout)")
        #expect(narrow.stdout.contains("kith done 1"))
        #expect(narrow.stdout.contains("…"))
        let list = try kith.run(["list"], environment: ["COLUMNS": "60"])
        #expect(list.stdout.split(separator: "\n").allSatisfy { $0.count <= 60 }, "\(list.stdout)")
        #expect(list.stdout.contains("#2"))
        // No width given and not a terminal: nothing is cut.
        #expect(try kith.ok("list").contains("The International Federation of Examples"))
    }
}

/// Long output on a terminal goes through `$PAGER`; never when piped, nor with `--no-pager`.
@Suite struct PagerTests {
    @Test func aTerminalReadsThroughThePagerAndAPipeDoesNot() throws {
        let kith = try KithProcess()
        try kith.ok("add", "Ana Silva")
        let pager = ["PAGER": "sed 's/^/paged: /'"]
        let paged = try kith.runOnTerminal(["list"], input: "", environment: pager)
        #expect(paged.stdout.contains("paged: #2  Ana Silva"), "\(paged.stdout)")
        let plain = try kith.runOnTerminal(["list", "--no-pager"], input: "", environment: pager)
        #expect(plain.stdout.contains("Ana Silva") && !plain.stdout.contains("paged:"), "\(plain.stdout)")
        // A write is never paged, and neither is a pipe.
        #expect(!(try kith.runOnTerminal(["tag", "Ana", "+friend"], input: "", environment: pager)).stdout.contains("paged:"))
        #expect(try kith.run(["list"], environment: pager).stdout.contains("#2  Ana Silva"))
        #expect(!(try kith.run(["list"], environment: pager)).stdout.contains("paged:"))
    }
}
