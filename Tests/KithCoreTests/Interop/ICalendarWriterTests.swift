import Testing
@testable import KithCore

@Suite struct ICalendarWriterTests {
    @Test func rendersCRLFLinesAndDates() {
        var calendar = ICalendarWriter()
        calendar.begin("VCALENDAR")
        calendar.date("DUE", Day(iso: "2026-11-27")!)
        calendar.text("SUMMARY", "Ana, the deck")
        calendar.end("VCALENDAR")
        #expect(calendar.render() == "BEGIN:VCALENDAR\r\nDUE;VALUE=DATE:20261127\r\nSUMMARY:Ana\\, the deck\r\nEND:VCALENDAR\r\n")
        #expect(Timestamp(iso: "2026-11-21T09:30:00Z")?.basic == "20261121T093000Z")
    }
}
