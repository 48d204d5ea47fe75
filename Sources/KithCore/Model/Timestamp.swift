import Foundation
import GRDB

/// An instant as stored: UTC, to the second, `2026-11-21T09:30:00Z`.
public struct Timestamp: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// The UTC day.
    public let day: Day
    /// Seconds since midnight UTC, 0..<86,400.
    public let secondOfDay: Int

    public init(day: Day, secondOfDay: Int) {
        self.day = day
        self.secondOfDay = secondOfDay
    }

    public init(_ date: Date) {
        let seconds = Int(date.timeIntervalSince1970.rounded(.down))
        let day = Day(ordinal: Int((Double(seconds) / 86_400).rounded(.down)))
        self.init(day: day, secondOfDay: seconds - day.ordinal * 86_400)
    }

    /// Parses exactly `YYYY-MM-DDTHH:MM:SSZ`.
    public init?(iso text: some StringProtocol) {
        let bytes = Array(text.utf8)
        guard bytes.count == 20, bytes[10] == UInt8(ascii: "T"), bytes[13] == UInt8(ascii: ":"),
              bytes[16] == UInt8(ascii: ":"), bytes[19] == UInt8(ascii: "Z"),
              let day = Day(iso: String(decoding: bytes[0..<10], as: UTF8.self))
        else { return nil }
        func number(_ range: Range<Int>) -> Int? {
            var value = 0
            for byte in bytes[range] {
                guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
                value = value * 10 + Int(byte - UInt8(ascii: "0"))
            }
            return value
        }
        guard let hour = number(11..<13), let minute = number(14..<16), let second = number(17..<19),
              hour < 24, minute < 60, second < 60
        else { return nil }
        self.init(day: day, secondOfDay: hour * 3600 + minute * 60 + second)
    }

    /// The current instant.
    /// Now; on the day a caller fixed (`Context` with a fixed clock binds it around its reads and
    /// writes), the clock's time on that day, so that what is stamped falls on it.
    public static func now() -> Timestamp {
        let clock = Timestamp(Date())
        guard let day = fixedDay, day != clock.day else { return clock }
        return Timestamp(day: day, secondOfDay: clock.secondOfDay)
    }

    /// The day fixed for the work under way (`KITH_TODAY`), if any: scoped to that work.
    @TaskLocal static var fixedDay: Day?

    public var description: String {
        "\(day)T\(Day.padded(secondOfDay / 3600, 2)):\(Day.padded(secondOfDay / 60 % 60, 2)):\(Day.padded(secondOfDay % 60, 2))Z"
    }

    /// `20261121T093000Z`: iCalendar's and vCard's basic form.
    public var basic: String { description.filter { $0 != "-" && $0 != ":" } }

    public static func < (a: Timestamp, b: Timestamp) -> Bool { (a.day, a.secondOfDay) < (b.day, b.secondOfDay) }
}

extension Timestamp: TextualValue {
    init?(storedText: String) { self.init(iso: storedText) }
    static let form = "a YYYY-MM-DDTHH:MM:SSZ time"
}
