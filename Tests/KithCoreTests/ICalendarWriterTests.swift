import Testing
@testable import KithCore

@Suite struct ICalendarWriterTests {
    @Test func escapesText() {
        #expect(ICalendarWriter.escape("a, b; c\\d\nnext") == "a\\, b\\; c\\\\d\\nnext")
    }

    @Test func foldsAt75OctetsWithoutSplittingACharacter() {
        let line = "SUMMARY:" + String(repeating: "é", count: 60)  // 8 + 120 octets
        let folded = ICalendarWriter.fold(line)
        let pieces = folded.components(separatedBy: "\r\n")
        #expect(pieces.count == 2)
        #expect(pieces.allSatisfy { $0.utf8.count <= 75 })
        #expect(pieces[1].hasPrefix(" "))
        // Unfolding gives the line back.
        #expect(pieces[0] + pieces[1].dropFirst() == line)
        #expect(ICalendarWriter.fold("SHORT:line") == "SHORT:line")
    }

    @Test func rendersCRLFLinesAndDates() {
        var calendar = ICalendarWriter()
        calendar.begin("VCALENDAR")
        calendar.date("DUE", Day(iso: "2026-11-27")!)
        calendar.text("SUMMARY", "Ana, the deck")
        calendar.end("VCALENDAR")
        #expect(calendar.render() == "BEGIN:VCALENDAR\r\nDUE;VALUE=DATE:20261127\r\nSUMMARY:Ana\\, the deck\r\nEND:VCALENDAR\r\n")
        #expect(ICalendarWriter.basic(timestamp: "2026-11-21T09:30:00Z") == "20261121T093000Z")
    }
}
