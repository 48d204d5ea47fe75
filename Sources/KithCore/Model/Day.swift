import Foundation
import GRDB

/// A calendar date without a time or a time zone, stored as `YYYY-MM-DD`.
public struct Day: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// Days since 1970-01-01.
    public let ordinal: Int

    public init(ordinal: Int) { self.ordinal = ordinal }

    /// The years Kith keeps: every date it accepts it can write as `YYYY-MM-DD` and read back.
    public static let years = 1...9999
    /// 0001-01-01 … 9999-12-31.
    public static let representable = Day(unchecked: 1, 1, 1)...Day(unchecked: 9999, 12, 31)

    /// Whether this date is one Kith keeps (`representable`).
    public var isRepresentable: Bool { Day.representable.contains(self) }

    /// The date with this year (1–9999), month (1–12) and day of the month, if it exists.
    public init?(year: Int, month: Int, day: Int) {
        guard Day.years.contains(year), (1...12).contains(month), day >= 1, day <= Day.length(ofMonth: month, year: year)
        else { return nil }
        self.init(unchecked: year, month, day)
    }

    /// Howard Hinnant's days_from_civil: exact for the proleptic Gregorian calendar, any year.
    private init(unchecked year: Int, _ month: Int, _ day: Int) {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        ordinal = era * 146097 + doe - 719468
    }

    /// Parses exactly `YYYY-MM-DD`.
    public init?(iso text: some StringProtocol) {
        // Byte by byte: this runs for every date read from the database.
        var digits: [Int] = []
        digits.reserveCapacity(8)
        var index = 0
        for byte in text.utf8 {
            if index == 4 || index == 7 {
                guard byte == UInt8(ascii: "-") else { return nil }
            } else {
                guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
                digits.append(Int(byte - UInt8(ascii: "0")))
            }
            index += 1
        }
        guard index == 10 else { return nil }
        let year = digits[0] * 1000 + digits[1] * 100 + digits[2] * 10 + digits[3]
        self.init(year: year, month: digits[4] * 10 + digits[5], day: digits[6] * 10 + digits[7])
    }

    /// Today in the user's time zone.
    public static func today(in timeZone: TimeZone) -> Day {
        let seconds = Date().timeIntervalSince1970 + Double(timeZone.secondsFromGMT())
        return Day(ordinal: Int((seconds / 86_400).rounded(.down)))
    }

    /// Today where the user is, from the C library's local time (`TZ`, else /etc/localtime):
    /// the same day `TimeZone.current` gives, without loading Foundation's time zone data,
    /// which was a tenth of a small command's work.
    public static func today() -> Day {
        var now = time(nil)
        var local = tm()
        guard localtime_r(&now, &local) != nil,
              let day = Day(year: Int(local.tm_year) + 1900, month: Int(local.tm_mon) + 1, day: Int(local.tm_mday))
        else { return today(in: .current) }
        return day
    }

    public var components: (year: Int, month: Int, day: Int) {
        let z = ordinal + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let doe = z - era * 146097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let day = doy - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }

    public var year: Int { components.year }
    public var month: Int { components.month }
    public var dayOfMonth: Int { components.day }

    /// 1 = Monday … 7 = Sunday (ISO 8601).
    public var weekday: Int { ((ordinal % 7) + 7 + 3) % 7 + 1 }

    public func adding(days: Int) -> Day { Day(ordinal: ordinal + days) }

    /// The same day `count` months later (or earlier), clamped to the month's last day.
    public func adding(months count: Int) -> Day {
        let (year, month, day) = components
        let index = year * 12 + (month - 1) + count
        let newYear = index >= 0 ? index / 12 : (index - 11) / 12
        let newMonth = index - newYear * 12 + 1
        return Day(unchecked: newYear, newMonth, min(day, Day.length(ofMonth: newMonth, year: newYear)))
    }

    /// Whole days from this date to `other` (positive when `other` is later).
    public func days(to other: Day) -> Int { other.ordinal - ordinal }

    public var description: String {
        let (year, month, day) = components
        return Day.padded(year, 4) + "-" + Day.padded(month, 2) + "-" + Day.padded(day, 2)
    }

    public static func < (lhs: Day, rhs: Day) -> Bool { lhs.ordinal < rhs.ordinal }

    /// `7` → `"07"`: cheaper than `String(format:)`, which matters when writing a million rows.
    static func padded(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
    }

    static func length(ofMonth month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }
}

extension Day: TextualValue {
    init?(storedText: String) { self.init(iso: storedText) }
    static let form = "a YYYY-MM-DD date"
}
