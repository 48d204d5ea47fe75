import Testing
@testable import KithCore

/// Every form README's "Dates" lists, at fixed todays: a Saturday, a Wednesday, the last day of
/// a year and the first of the next, and a leap day.
@Suite struct DateParserTests {
    /// (today, typed, due date read as the future, happened date read as the past).
    static let table: [(String, String, String, String)] = [
        // Saturday 21 November 2026.
        ("2026-11-21", "2026-03-04", "2026-03-04", "2026-03-04"),
        ("2026-11-21", "today", "2026-11-21", "2026-11-21"),
        ("2026-11-21", "Yesterday", "2026-11-20", "2026-11-20"),
        ("2026-11-21", "tomorrow", "2026-11-22", "2026-11-22"),
        ("2026-11-21", "tmrw", "2026-11-22", "2026-11-22"),
        ("2026-11-21", "last night", "2026-11-20", "2026-11-20"),
        ("2026-11-21", "tonight", "2026-11-21", "2026-11-21"),
        ("2026-11-21", "fri", "2026-11-27", "2026-11-20"),
        ("2026-11-21", "friday", "2026-11-27", "2026-11-20"),
        ("2026-11-21", "sat", "2026-11-28", "2026-11-21"),
        ("2026-11-21", "this fri", "2026-11-20", "2026-11-20"),
        ("2026-11-21", "next fri", "2026-11-27", "2026-11-27"),
        ("2026-11-21", "last fri", "2026-11-13", "2026-11-13"),
        ("2026-11-21", "next tue", "2026-11-24", "2026-11-24"),
        ("2026-11-21", "next week", "2026-11-28", "2026-11-28"),
        ("2026-11-21", "last week", "2026-11-14", "2026-11-14"),
        ("2026-11-21", "next month", "2026-12-21", "2026-12-21"),
        ("2026-11-21", "last month", "2026-10-21", "2026-10-21"),
        ("2026-11-21", "next year", "2027-11-21", "2027-11-21"),
        ("2026-11-21", "end of month", "2026-11-30", "2026-11-30"),
        ("2026-11-21", "end of the month", "2026-11-30", "2026-11-30"),
        ("2026-11-21", "eom", "2026-11-30", "2026-11-30"),
        ("2026-11-21", "end of week", "2026-11-22", "2026-11-22"),
        ("2026-11-21", "end of year", "2026-12-31", "2026-12-31"),
        ("2026-11-21", "in 3 days", "2026-11-24", "2026-11-24"),
        ("2026-11-21", "in a week", "2026-11-28", "2026-11-28"),
        ("2026-11-21", "in two weeks", "2026-12-05", "2026-12-05"),
        ("2026-11-21", "in 2w", "2026-12-05", "2026-12-05"),
        ("2026-11-21", "a week ago", "2026-11-14", "2026-11-14"),
        ("2026-11-21", "3 days ago", "2026-11-18", "2026-11-18"),
        ("2026-11-21", "a month ago", "2026-10-21", "2026-10-21"),
        ("2026-11-21", "2w", "2026-12-05", "2026-11-07"),
        ("2026-11-21", "1m", "2026-12-21", "2026-10-21"),
        ("2026-11-21", "dec 3", "2026-12-03", "2025-12-03"),
        ("2026-11-21", "Dec 3", "2026-12-03", "2025-12-03"),
        ("2026-11-21", "3 dec", "2026-12-03", "2025-12-03"),
        ("2026-11-21", "3rd December", "2026-12-03", "2025-12-03"),
        ("2026-11-21", "3 Dec 2026", "2026-12-03", "2026-12-03"),
        ("2026-11-21", "December 3, 2027", "2027-12-03", "2027-12-03"),
        ("2026-11-21", "nov 21", "2026-11-21", "2026-11-21"),
        ("2026-11-21", "nov 20", "2027-11-20", "2026-11-20"),
        ("2026-11-21", "sept 9", "2027-09-09", "2026-09-09"),
        // Wednesday 18 November 2026: "next friday" is the Friday of next week, not in two days.
        ("2026-11-18", "fri", "2026-11-20", "2026-11-13"),
        ("2026-11-18", "this fri", "2026-11-20", "2026-11-20"),
        ("2026-11-18", "next friday", "2026-11-27", "2026-11-27"),
        ("2026-11-18", "last friday", "2026-11-13", "2026-11-13"),
        ("2026-11-18", "this mon", "2026-11-16", "2026-11-16"),
        ("2026-11-18", "wed", "2026-11-25", "2026-11-18"),
        // The last day of a year and the first of the next.
        ("2026-12-31", "tomorrow", "2027-01-01", "2027-01-01"),
        ("2026-12-31", "jan 1", "2027-01-01", "2026-01-01"),
        ("2026-12-31", "dec 31", "2026-12-31", "2026-12-31"),
        ("2026-12-31", "next month", "2027-01-31", "2027-01-31"),
        ("2026-12-31", "end of month", "2026-12-31", "2026-12-31"),
        ("2026-12-31", "next week", "2027-01-07", "2027-01-07"),
        ("2027-01-01", "yesterday", "2026-12-31", "2026-12-31"),
        ("2027-01-01", "dec 25", "2027-12-25", "2026-12-25"),
        ("2027-01-01", "last month", "2026-12-01", "2026-12-01"),
        ("2027-01-01", "last fri", "2026-12-25", "2026-12-25"),
        ("2027-01-01", "end of year", "2027-12-31", "2027-12-31"),
        // A leap day, and February 29th asked for in other years.
        ("2028-02-29", "next year", "2029-02-28", "2029-02-28"),
        ("2028-02-29", "end of month", "2028-02-29", "2028-02-29"),
        ("2026-11-21", "feb 29", "2028-02-29", "2024-02-29"),
        ("2026-01-31", "next month", "2026-02-28", "2026-02-28"),
    ]

    @Test(arguments: table)
    func readsEveryForm(_ today: String, _ typed: String, _ due: String, _ happened: String) throws {
        let parser = DateParser(today: Day(iso: today)!)
        #expect(try parser.parse(typed, direction: .future).description == due, "\(typed) on \(today), as a due date")
        #expect(try parser.parse(typed, direction: .past).description == happened, "\(typed) on \(today), as a past date")
    }

    @Test(arguments: ["someday", "", "2026-02-30", "fri next", "5x", "next month please", "this week", "dec 32",
                      "31 feb 2026", "in a while", "3 dec 10000", "end of", "next", "in"])
    func rejectsWhatIsNotADateAndSaysWhatWorks(_ input: String) {
        let parser = DateParser(today: Day(iso: "2026-11-21")!)
        #expect(throws: KithError.invalid("'\(input)' is not a date; use \(DateParser.forms)")) { try parser.parse(input) }
    }
}
