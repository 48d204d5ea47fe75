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
