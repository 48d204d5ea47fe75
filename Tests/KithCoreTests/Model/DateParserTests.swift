import Testing
@testable import KithCore

@Suite struct DateParserTests {
    /// A Saturday.
    let parser = DateParser(today: Day(iso: "2026-11-21")!)

    @Test(arguments: [
        ("2026-03-04", "2026-03-04"), ("today", "2026-11-21"), ("Yesterday", "2026-11-20"),
        ("tomorrow", "2026-11-22"), ("fri", "2026-11-27"), ("friday", "2026-11-27"), ("mon", "2026-11-23"),
        ("sat", "2026-11-28"), ("next week", "2026-11-28"), ("in 3 days", "2026-11-24"), ("in 2w", "2026-12-05"),
        ("2w", "2026-12-05"), ("3d", "2026-11-24"), ("1m", "2026-12-21"), ("3 days ago", "2026-11-18"),
        ("next tue", "2026-11-24"), ("last fri", "2026-11-20"), ("in 1 month", "2026-12-21"),
    ])
    func readsFutureDates(_ input: String, _ expected: String) throws {
        #expect(try parser.parse(input, direction: .future).description == expected)
    }

    @Test(arguments: [
        ("fri", "2026-11-20"), ("sat", "2026-11-21"), ("mon", "2026-11-16"), ("2w", "2026-11-07"),
        ("yesterday", "2026-11-20"), ("in 3 days", "2026-11-24"), ("last week", "2026-11-14"),
    ])
    func readsPastDates(_ input: String, _ expected: String) throws {
        #expect(try parser.parse(input, direction: .past).description == expected)
    }

    @Test(arguments: ["someday", "", "2026-02-30", "in three days", "fri next", "5x", "next month please"])
    func rejectsWhatIsNotADate(_ input: String) {
        #expect(throws: KithError.self) { try parser.parse(input) }
    }
}
