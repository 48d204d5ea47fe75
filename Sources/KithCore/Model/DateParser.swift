/// Reads the dates people type: `2026-11-21`, `today`, `yesterday`, `tomorrow`, weekday names,
/// `next week`, `in 3 days`, `3 days ago`, `2w`.
public struct DateParser: Sendable {
    /// Which way a bare weekday or duration points.
    public enum Direction: Sendable {
        /// For due dates: `fri` is the next Friday, `2w` is two weeks from today.
        case future
        /// For when something happened: `fri` is the last Friday (or today), `2w` two weeks ago.
        case past
    }

    public let today: Day

    public init(today: Day) { self.today = today }

    private static let weekdays: [(names: [String], number: Int)] = [
        (["mon", "monday"], 1), (["tue", "tues", "tuesday"], 2), (["wed", "wednesday"], 3),
        (["thu", "thur", "thurs", "thursday"], 4), (["fri", "friday"], 5),
        (["sat", "saturday"], 6), (["sun", "sunday"], 7),
    ]

    /// The date `text` names, read in `direction` when it does not say itself.
    public func parse(_ text: String, direction: Direction = .future) throws -> Day {
        let words = text.lowercased().split(whereSeparator: \.isWhitespace).map(String.init)
        if let day = day(for: words, direction: direction) {
            guard day.isRepresentable else {
                throw KithError.invalid("'\(text)' is \(day < today ? "before year 1" : "after year 9999"); kith keeps dates from 0001-01-01 to 9999-12-31")
            }
            return day
        }
        throw KithError.invalid(
            "'\(text)' is not a date; use 2026-11-21, today, yesterday, tomorrow, fri, next week, in 3 days, 3 days ago or 2w")
    }

    private func day(for words: [String], direction: Direction) -> Day? {
        switch words.count {
        case 1:
            let word = words[0]
            if let day = Day(iso: word) { return day }
            switch word {
            case "today": return today
            case "yesterday": return today.adding(days: -1)
            case "tomorrow": return today.adding(days: 1)
            default: break
            }
            if let weekday = Self.weekday(word) {
                return direction == .future ? next(weekday, includingToday: false) : last(weekday)
            }
            if let offset = Self.duration(word) {
                return apply(offset, sign: direction == .future ? 1 : -1)
            }
        case 2:
            if words[1] == "ago", let offset = Self.duration(words[0]) { return apply(offset, sign: -1) }
            if words[0] == "in", let offset = Self.duration(words[1]) { return apply(offset, sign: 1) }
            if words[0] == "next", words[1] == "week" { return today.adding(days: 7) }
            if words[0] == "last", words[1] == "week" { return today.adding(days: -7) }
            if words[0] == "next", let weekday = Self.weekday(words[1]) {
                return next(weekday, includingToday: false)
            }
            if words[0] == "last", let weekday = Self.weekday(words[1]) {
                return last(weekday, includingToday: false)
            }
        case 3:
            if words[0] == "in", let offset = Self.duration(words[1] + words[2]) { return apply(offset, sign: 1) }
            if words[2] == "ago", let offset = Self.duration(words[0] + words[1]) { return apply(offset, sign: -1) }
        default:
            break
        }
        return nil
    }

    private func next(_ weekday: Int, includingToday: Bool) -> Day {
        var distance = (weekday - today.weekday + 7) % 7
        if distance == 0 && !includingToday { distance = 7 }
        return today.adding(days: distance)
    }

    private func last(_ weekday: Int, includingToday: Bool = true) -> Day {
        var distance = (today.weekday - weekday + 7) % 7
        if distance == 0 && !includingToday { distance = 7 }
        return today.adding(days: -distance)
    }

    private func apply(_ offset: Duration, sign: Int) -> Day {
        switch offset.unit {
        case .day: today.adding(days: sign * offset.count)
        case .week: today.adding(days: sign * offset.count * 7)
        case .month: today.adding(months: sign * offset.count)
        case .year: today.adding(months: sign * offset.count * 12)
        }
    }

    private static func weekday(_ word: String) -> Int? {
        weekdays.first { $0.names.contains(word) }?.number
    }

    /// A count and a unit: `3d`, `2w`, `1m`, `1y`, `3days`, `2weeks`, `1month`.
    struct Duration: Equatable {
        enum Unit { case day, week, month, year }
        var count: Int
        var unit: Unit
    }

    static func duration(_ word: String) -> Duration? {
        let digits = word.prefix { $0.isASCII && $0.isNumber }
        guard let count = Int(digits), count >= 0, count <= 100_000 else { return nil }
        switch word.dropFirst(digits.count) {
        case "d", "day", "days": return Duration(count: count, unit: .day)
        case "w", "wk", "wks", "week", "weeks": return Duration(count: count, unit: .week)
        case "m", "mo", "month", "months": return Duration(count: count, unit: .month)
        case "y", "yr", "year", "years": return Duration(count: count, unit: .year)
        default: return nil
        }
    }
}
