import Foundation
import Testing
@testable import KithCore

@Suite struct DayTests {
    /// The C library's local day is Foundation's (both read TZ, else /etc/localtime).
    @Test func todayIsTheDayFoundationGives() {
        let before = Day.today(in: .current)
        let today = Day.today()
        #expect(today == before || today == Day.today(in: .current))
    }

    @Test(arguments: ["1970-01-01", "2000-02-29", "2026-11-21", "1899-12-31", "2400-12-31"])
    func roundTripsThroughText(_ text: String) throws {
        let day = try #require(Day(iso: text))
        #expect(day.description == text)
        #expect(Day(ordinal: day.ordinal) == day)
    }

    @Test(arguments: ["2026-02-29", "2026-13-01", "2026-00-10", "26-11-21", "2026-1-21", "nonsense", ""])
    func rejectsImpossibleDates(_ text: String) {
        #expect(Day(iso: text) == nil)
    }

    @Test func knowsWeekdays() {
        #expect(Day(iso: "2026-11-21")!.weekday == 6)  // a Saturday
        #expect(Day(iso: "2026-11-23")!.weekday == 1)  // a Monday
        #expect(Day(iso: "1970-01-01")!.weekday == 4)  // a Thursday
    }

    @Test func addsMonthsClampingToTheMonthsEnd() {
        #expect(Day(iso: "2026-01-31")!.adding(months: 1).description == "2026-02-28")
        #expect(Day(iso: "2024-01-31")!.adding(months: 1).description == "2024-02-29")
        #expect(Day(iso: "2026-03-15")!.adding(months: -3).description == "2025-12-15")
        #expect(Day(iso: "2026-11-21")!.adding(months: 12).description == "2027-11-21")
    }

    @Test func countsDaysBetween() {
        #expect(Day(iso: "2026-11-21")!.days(to: Day(iso: "2026-12-01")!) == 10)
        #expect(Day(iso: "2026-11-21")!.days(to: Day(iso: "2025-11-21")!) == -365)
    }

    @Test func formatsTimestampsInUTC() {
        #expect(Timestamp(Date(timeIntervalSince1970: 0)).description == "1970-01-01T00:00:00Z")
        #expect(Timestamp(Date(timeIntervalSince1970: 1_795_302_159)).description == "2026-11-21T23:02:39Z")
    }
}
