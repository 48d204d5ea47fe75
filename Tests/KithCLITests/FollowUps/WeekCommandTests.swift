import Foundation
import Testing

/// `kith week` on Saturday 2026-11-21, with something in every section.
@Suite struct WeekCommandTests {
    let kith: KithProcess

    init() throws {
        kith = try KithProcess()
        try kith.ok("add", "Ana Silva", "--birthday", "1990-11-24", "--strength", "4")
        try kith.ok("add", "Bruno Okafor", "--met", "Fintech Summit", "--on", "2026-10-01", "--tag", "investor")
        try kith.ok("add", "Carla Novak", "--met", "Rust Meetup", "--on", "2026-09-01", "--tag", "friend", "--strength", "3")
        try kith.ok("cadence", "friend", "30d")
        try kith.ok("edit", "Bruno", "--cadence", "6w")
        try kith.ok("owe", "Ana", "send the deck", "--due", "2026-11-14")
        try kith.ok("owe", "Ana", "book a call", "--due", "wed")
        try kith.ok("owe", "Ana", "coffee sometime")
        try kith.ok("expect", "Bruno", "his investor list", "--due", "2026-11-18")
        try kith.ok("intro", "Ana", "Bruno", "--on", "2026-11-01", "--purpose", "fundraising")
        try kith.ok("intro", "me", "Carla", "--by", "Bruno", "--status", "requested", "--on", "2026-11-18")
        try kith.ok("log", "Ana", "--kind", "call", "--on", "2026-11-19")
    }

    @Test func tableShowsEverySectionWithTheCommandToActOn() throws {
        #expect(try kith.ok("week") == """
            Kith follow-ups: Sat 21 Nov – Fri 27 Nov 2026

            Overdue: you promised (1)
              #1  Ana Silva  send the deck  due Sat 14 Nov (7 days ago)  kith done 1

            Due this week (1)
              #2  Ana Silva  book a call  due Wed 25 Nov (in 4 days)  kith done 2

            Owed to you (1)
              #4  Bruno Okafor  his investor list  due Wed 18 Nov (3 days ago)  kith done 4

            Introductions to follow up (2)
              #1  you introduced Ana Silva ↔ Bruno Okafor                 for fundraising  made 2 weeks ago, no outcome yet     kith intro-status 1 --outcome TEXT
              #2  you asked Bruno Okafor to introduce you to Carla Novak                   requested 3 days ago, no answer yet  kith intro-status 2 --status made

            Keep in touch (2)
              #4  Carla Novak   every 30d (friend), tie 3/5  last contact 2 months ago, 51 days overdue  kith log '#4' --kind call
              #3  Bruno Okafor  every 6w, tie 2/5            last contact 7 weeks ago, 9 days overdue    kith log '#3' --kind call

            Birthdays (1)
              #2  Ana Silva  turns 36  Tue 24 Nov (in 3 days)

            Last 7 days (since Sat 14 Nov)
              3 people added: Carla Novak, Bruno Okafor, Ana Silva
              1 interaction with 1 person

            1 open promise of yours has no due date: kith commitments --open --mine

            """)
    }

    @Test func loggingACallTakesSomeoneOffTheList() throws {
        #expect(try kith.ok("show", "Carla").contains(
            "contact   every 30d (friend) · last contact 2026-09-01 (2 months ago) · 51 days overdue"))
        try kith.ok("log", "Carla", "--kind", "message")
        #expect(try kith.ok("show", "Carla").contains("contact   every 30d (friend) · last contact 2026-11-21 (today) · next 2026-12-21"))
        let week = try kith.ok("week")
        #expect(!week.contains("Carla Novak   every"))
        #expect(week.contains("Keep in touch (1)"))
    }

    @Test func emptySectionsAreLeftOut() throws {
        let empty = try KithProcess()
        #expect(try empty.ok("week") == """
            Kith follow-ups: Sat 21 Nov – Fri 27 Nov 2026

            Last 7 days (since Sat 14 Nov)
              nothing logged

            Nothing to follow up until Fri 27 Nov.

            """)
        try kith.ok("done", "1")
        try kith.ok("drop", "2")
        #expect(!(try kith.ok("week")).contains("Overdue"))
        #expect(!(try kith.ok("week")).contains("Due this week"))
    }

    @Test func markdownReadsWellInAnEmail() throws {
        let markdown = try kith.ok("week", "--format", "markdown")
        #expect(markdown.hasPrefix("# Kith follow-ups: Sat 21 Nov – Fri 27 Nov 2026\n\n## Overdue: you promised (1)\n\n"))
        for line in [
            "- **Ana Silva**: send the deck · due Sat 14 Nov (7 days ago) · `kith done 1`",
            "- **Bruno Okafor**: his investor list · due Wed 18 Nov (3 days ago) · `kith done 4`",
            "- **you introduced Ana Silva ↔ Bruno Okafor**: for fundraising · made 2 weeks ago, no outcome yet · `kith intro-status 1 --outcome TEXT`",
            "- **Carla Novak**: every 30d (friend), tie 3/5 · last contact 2 months ago, 51 days overdue · `kith log '#4' --kind call`",
            "- **Ana Silva**: turns 36 · Tue 24 Nov (in 3 days)",
            "## Last 7 days (since Sat 14 Nov)",
        ] {
            #expect(markdown.contains(line), "markdown lacks \(line)")
        }
    }

    @Test func jsonHasEverySectionAlways() throws {
        let week = try #require(try kith.json("week") as? [String: Any])
        for key in ["today", "until", "days", "overdue", "due", "owed_to_me", "introductions", "keep_in_touch",
                    "keep_in_touch_total", "birthdays", "birthdays_total", "recap", "undated_open"] {
            #expect(week[key] != nil, "week --json lacks \(key)")
        }
        let keep = try #require(week["keep_in_touch"] as? [[String: Any]])
        #expect(keep.map { ($0["person"] as? [String: Any])?["name"] as? String } == ["Carla Novak", "Bruno Okafor"])
        #expect(keep.first?["days_overdue"] as? Int == 51)
        #expect(keep.first?["cadence_tag"] as? String == "friend")
        #expect(keep.first?["last_contact"] as? String == "2026-09-01")
        let followUps = try #require(week["introductions"] as? [[String: Any]])
        #expect(followUps.map { $0["reason"] as? String } == ["no_outcome", "no_answer"])
        let empty = try #require(try KithProcess().json("week") as? [String: Any])
        #expect((empty["overdue"] as? [Any])?.isEmpty == true)
        #expect(try kith.ok("week", "--format", "json") == (try kith.ok("week", "--json")))
    }

    @Test func icsIsAValidCalendarWithAToDoPerPromise() throws {
        let ics = try kith.ok("week", "--format", "ics")
        // Every line ends in CRLF and holds at most 75 octets.
        #expect(ics.hasSuffix("\r\n"))
        let physical = ics.components(separatedBy: "\r\n").dropLast()
        #expect(physical.allSatisfy { !$0.contains("\n") && !$0.contains("\r") && $0.utf8.count <= 75 })
        #expect(physical.contains { $0.hasPrefix(" ") }, "long descriptions are folded")
        let calendar = try ICalendarParser.parse(ics)
        #expect(calendar.name == "VCALENDAR")
        #expect(calendar.value("VERSION") == "2.0")
        #expect(calendar.value("PRODID") != nil)
        let todos = calendar.children.filter { $0.name == "VTODO" }
        let events = calendar.children.filter { $0.name == "VEVENT" }
        #expect(todos.count == 3 + 2 + 2)
        #expect(events.count == 1)
        for component in todos + events {
            #expect(component.value("UID") != nil)
            #expect(component.value("DTSTAMP")?.count == 16)
        }
        let promises = todos.filter { $0.value("UID")?.hasPrefix("commitment-") == true }
        #expect(promises.map { $0.value("DUE") } == ["20261114", "20261125", "20261118"])
        #expect(promises.map { $0.parameters("DUE") } == Array(repeating: "VALUE=DATE", count: 3))
        #expect(promises.map { $0.value("SUMMARY") } == ["Ana Silva: send the deck", "Ana Silva: book a call",
                                                          "Bruno Okafor owes you: his investor list"])
        #expect(promises[0].value("DESCRIPTION") == "You promised Ana Silva (#2): send the deck.\nWhen it is done: kith done 1")
        #expect(events[0].value("SUMMARY") == "Ana Silva's birthday (turns 36)")
        #expect(events[0].value("DTSTART") == "20261124")
        // The same items keep the same UIDs, so a calendar updates instead of doubling.
        let again = try ICalendarParser.parse(try kith.ok("week", "--format", "ics"))
        #expect(again.children.map { $0.value("UID") } == calendar.children.map { $0.value("UID") })
        #expect(Set(calendar.children.compactMap { $0.value("UID") }).count == calendar.children.count)
    }

    @Test func cadenceSetsListsAndRefuses() throws {
        #expect(try kith.ok("cadence", "investor", "3m") == "Keep in touch with investor (1 person) every 3m.\n")
        #expect(try kith.ok("cadence") == """
            TAG       PEOPLE  EVERY
            friend         1  30d
            investor       1  3m

            """)
        let tags = try #require(try kith.json("cadence") as? [[String: Any]])
        #expect(tags.map { $0["cadence_days"] as? Int } == [30, 90])
        #expect(try kith.ok("cadence", "investor", "none") == "No cadence for investor (1 person) any more.\n")
        try kith.refuses(["cadence", "investr", "30d"], "kith: error: there is no tag 'investr'; tags: friend, investor\n")
        try kith.refuses(["cadence", "friend", "often"],
                         "kith: error: 'often' is not a cadence; use a count and a unit such as 30d, 2w, 3m or 1y\n")
        try kith.refuses(["edit", "Ana", "--cadence", "0d"])
        #expect(try kith.run("cadence", "friend").status == 64)
    }

    @Test func daysWidenTheWindowAndLimitCutsThePeopleSections() throws {
        try kith.ok("owe", "Bruno", "the term sheet", "--due", "2026-12-01")
        #expect(!(try kith.ok("week")).contains("the term sheet"))
        let fortnight = try kith.ok("week", "--days", "14")
        #expect(fortnight.hasPrefix("Kith follow-ups: Sat 21 Nov – Fri 4 Dec 2026\n"))
        #expect(fortnight.contains("Due in the next 14 days (2)"))
        #expect(fortnight.contains("the term sheet"))
        let limited = try #require(try kith.json("week", "--limit", "1") as? [String: Any])
        #expect((limited["keep_in_touch"] as? [Any])?.count == 1)
        #expect(limited["keep_in_touch_total"] as? Int == 2)
        #expect(try kith.ok("week", "--limit", "1").contains("… and 1 more: kith week --limit 2"))
    }

    @Test func refusesBadOptions() throws {
        try kith.refuses(["week", "--days", "0"], "kith: error: --days must be from 1 to 366, not 0\n")
        #expect(try kith.run("week", "--format", "pdf").status == 64)
    }
}
