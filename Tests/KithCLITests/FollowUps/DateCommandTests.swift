import Foundation
import Testing

/// The dates people type, through the commands that take them: a due date reads forward, when
/// something happened reads back, and anything else is refused with the forms that work.
@Suite struct DateCommandTests {
    let kith: KithProcess

    init() throws {
        kith = try KithProcess()
        try kith.ok("add", "Ana Silva")
    }

    /// On a Wednesday, `next friday` is the Friday of next week.
    @Test func dueDatesReadForwardAndOneMeaningEach() throws {
        let wednesday = ["KITH_TODAY": "2026-11-18"]
        for (typed, due) in [("next friday", "2026-11-27"), ("this fri", "2026-11-20"), ("dec 3", "2026-12-03"),
                             ("end of month", "2026-11-30"), ("in a week", "2026-11-25"), ("3 Jan 2027", "2027-01-03")] {
            let result = try kith.run(["owe", "Ana", "call about \(typed)", "--due", typed, "--json"], environment: wednesday)
            #expect(result.status == 0, "\(typed): \(result.stderr)")
            let json = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
            #expect(json?["due"] as? String == due, "\(typed)")
        }
        try kith.ok("snooze", "1", "--to", "next month")
        #expect(try kith.query("SELECT due FROM commitment WHERE id = 1") == "2026-12-21")
    }

    @Test func whatHappenedReadsBack() throws {
        try kith.ok("log", "Ana", "--on", "dec 3")
        try kith.ok("log", "Ana", "--on", "a week ago")
        try kith.ok("log", "Ana", "--on", "last night")
        #expect(try kith.query("SELECT group_concat(date, ' ') FROM (SELECT date FROM interaction ORDER BY date)")
                == "2025-12-03 2026-11-14 2026-11-20")
    }

    @Test func anUnknownDateSaysWhatWorks() throws {
        try kith.refuses(["owe", "Ana", "x", "--due", "whenever"],
                         "kith: error: 'whenever' is not a date; use 2026-11-21, today, tomorrow, fri, next fri, dec 3, "
                         + "3 dec 2026, next month, end of month, in 3 days, a week ago or 2w\n")
    }
}

/// `week`'s "Drifting apart": close ties (4/5 or more) without a cadence, quiet for three usual
/// gaps and at least 60 days, even with nothing logged.
@Suite struct DriftingCommandTests {
    @Test func closeTiesGoneQuietAreListedWithoutACadence() throws {
        let kith = try KithProcess()
        try kith.ok("add", "Ana Silva", "--strength", "5")
        try kith.ok("add", "Bruno Okafor", "--strength", "4", "--cadence", "30d")
        try kith.ok("add", "Carla Diaz", "--strength", "2")
        try kith.ok("add", "Dora Lind", "--strength", "4")
        for day in ["2026-06-01", "2026-06-11", "2026-06-21", "2026-07-01"] {
            for name in ["Ana", "Bruno", "Carla"] { try kith.ok("log", name, "--on", day) }
        }
        try kith.ok("log", "Dora", "--on", "2026-11-01")
        // Met a year ago and not seen since: one interaction, so the usual gap is assumed (90 days).
        try kith.ok("add", "Eli Stone", "--strength", "5", "--on", "2025-11-01")
        let week = try kith.ok("week")
        #expect(week.contains("Drifting apart (2)\n"))
        #expect(week.contains("#2  Ana Silva  tie 5/5, usually every 10d  last contact 4 months ago   kith log '#2' --kind call"))
        #expect(week.contains("#6  Eli Stone  tie 5/5, usually every 3m   last contact 12 months ago  kith log '#6' --kind call"))
        // Bruno has a cadence (he is in "Keep in touch"), Carla is not close, Dora spoke lately.
        let drift = week.components(separatedBy: "Drifting apart")[1].components(separatedBy: "Last 7 days")[0]
        #expect(!drift.contains("Bruno") && !drift.contains("Carla") && !drift.contains("Dora"))
        let json = try #require(try kith.json("week") as? [String: Any])
        let drifting = try #require(json["drifting"] as? [[String: Any]])
        #expect(drifting.map { ($0["person"] as? [String: Any])?["name"] as? String } == ["Ana Silva", "Eli Stone"])
        #expect(drifting[0]["usual_gap"] as? Int == 10)
        #expect(json["drifting_total"] as? Int == 2)
        let calendar = try kith.ok("week", "--format", "ics")
        #expect(calendar.contains("SUMMARY:Get back in touch with Ana Silva\r\n"))
        #expect(calendar.contains("CATEGORIES:Drifting apart\r\n"))
    }
}

/// `KITH_TODAY` fixes the day everywhere a day is decided, the stamps on rows included.
@Suite struct FixedClockTests {
    @Test func whatIsAddedOrKeptIsStampedOnTheFixedDay() throws {
        let kith = try KithProcess()
        let then = ["KITH_TODAY": "2020-01-15"]
        #expect(try kith.run(["add", "Ana Silva"], environment: then).status == 0)
        #expect(try kith.run(["owe", "Ana", "a call"], environment: then).status == 0)
        #expect(try kith.run(["done", "1"], environment: then).status == 0)
        #expect(try kith.query("SELECT substr(created_at, 1, 10) FROM person WHERE name = 'Ana Silva'") == "2020-01-15")
        #expect(try kith.query("SELECT substr(done_at, 1, 10) FROM commitment WHERE id = 1") == "2020-01-15")
        let week = try kith.run(["week"], environment: then)
        #expect(week.stdout.contains("1 person added: Ana Silva"))
        #expect(week.stdout.contains("1 promise kept"))
    }
}
