import Foundation
import FuzzSupport
import KithCore

/// Any text as a date typed on the command line, at a today from year 1 to 9999, both ways:
/// a date it accepts is in the range Kith stores and reads back from its ISO form.
func fuzzOne(_ data: Data) {
    guard data.count >= 2 else { return }
    let days = Int(data[data.startIndex]) << 8 | Int(data[data.startIndex + 1])
    let todays = [Day(year: 2026, month: 11, day: 22)!, Day(year: 1, month: 1, day: 1)!,
                  Day(year: 9999, month: 12, day: 31)!, Day(year: 2024, month: 2, day: 29)!.adding(days: days)]
    let text = String(decoding: data.dropFirst(2), as: UTF8.self)
    for today in todays {
        for direction in [DateParser.Direction.future, .past] {
            guard let day = try? DateParser(today: today).parse(text, direction: direction) else { continue }
            guard (1...9999).contains(day.year) else { failure("'\(text)' at \(today.description) gave \(day.description)") }
            guard Day(iso: day.description) == day else { failure("'\(text)' gave \(day.description), which does not read back") }
        }
    }
}

runFuzzer(fuzzOne)
