/// Reads the dates people type. Each form has one meaning, documented in README ("Dates"):
/// `2026-11-21`; `today`, `yesterday`, `tomorrow` (`tmrw`, `tonight`, `last night`); a weekday
/// (`fri`: the next for a due date, the last for when something happened); `this|next|last
/// fri` (that day in this, next or last calendar week, Monday to Sunday); a month and a day in
/// either order, with or without a year (`dec 3`, `3 December 2026`; without a year the next
/// such date for a due date, the last for when something happened); `next|last week|month|year`;
/// `end of week|month|year`; `in 3 days`, `in a week`, `3 days ago`, `a month ago`, `2w`.
public struct DateParser: Sendable {
    /// Which way a bare weekday, month day or duration points.
    public enum Direction: Sendable {
        /// For due dates: `fri` is the next Friday, `2w` is two weeks from today.
        case future
        /// For when something happened: `fri` is the last Friday (or today), `2w` two weeks ago.
        case past
    }

    public let today: Day

    public init(today: Day) { self.today = today }

    /// What the error says works.
    static let forms = "2026-11-21, today, tomorrow, fri, next fri, dec 3, 3 dec 2026, next month, end of month, "
        + "in 3 days, a week ago or 2w"

    /// The date `text` names, read in `direction` when it does not say itself.
    public func parse(_ text: String, direction: Direction = .future) throws -> Day {
        let words = Self.words(text)
        if let day = day(for: words, direction: direction) {
            guard day.isRepresentable else {
                throw KithError.invalid("'\(text)' is \(day < today ? "before year 1" : "after year 9999"); kith keeps dates from 0001-01-01 to 9999-12-31")
            }
            return day
        }
        throw KithError.invalid("'\(text)' is not a date; use \(Self.forms)")
    }

    /// Lower case, commas gone, `3rd` read as `3`, `a`/`an`/`one`… as numbers where a count goes.
    static func words(_ text: String) -> [String] {
        text.lowercased().replacingOccurrences(of: ",", with: " ").split(whereSeparator: \.isWhitespace).map { word in
            let word = String(word)
            for suffix in ["st", "nd", "rd", "th"] where word.hasSuffix(suffix) && word.dropLast(2).allSatisfy(\.isNumber)
                && word.count > 2 {
                return String(word.dropLast(2))
            }
            return word
        }
    }

    private func day(for words: [String], direction: Direction) -> Day? {
        if words.count == 1, let day = single(words[0], direction: direction) { return day }
        if let day = relative(words) { return day }
        if let day = monthDay(words, direction: direction) { return day }
        return counted(words, direction: direction)
    }

    /// One word: a date, a day named by how near it is, a weekday, a duration.
    private func single(_ word: String, direction: Direction) -> Day? {
        if let day = Day(iso: word) { return day }
        switch word {
        case "today", "tonight", "now": return today
        case "yesterday", "yday", "yest": return today.adding(days: -1)
        case "tomorrow", "tmrw", "tmr", "tomorow", "tommorow", "tommorrow": return today.adding(days: 1)
        case "eow": return endOf(.week)
        case "eom": return endOf(.month)
        case "eoy": return endOf(.year)
        default: break
        }
        if let weekday = Self.weekday(word) {
            return direction == .future ? next(weekday) : last(weekday)
        }
        if let offset = Self.duration(word) { return apply(offset, sign: direction == .future ? 1 : -1) }
        return nil
    }

    private enum Period { case week, month, year }

    /// `next week`, `last month`, `this fri`, `next fri`, `end of month`, `last night`.
    private func relative(_ words: [String]) -> Day? {
        let period: [String: Period] = ["week": .week, "month": .month, "year": .year]
        if words == ["last", "night"] { return today.adding(days: -1) }
        if words.count == 2, let sign = ["next": 1, "last": -1, "this": 0][words[0]] {
            if let weekday = Self.weekday(words[1]) { return inWeek(weekday, offset: sign) }
            switch period[words[1]] {
            case .week: return sign == 0 ? nil : today.adding(days: 7 * sign)
            case .month: return sign == 0 ? nil : today.adding(months: sign)
            case .year: return sign == 0 ? nil : today.adding(months: 12 * sign)
            case nil: return nil
            }
        }
        // `end of month`, `end of the month`.
        let rest = words.filter { $0 != "the" }
        if rest.count == 3, rest[0] == "end", rest[1] == "of", let period = period[rest[2]] { return endOf(period) }
        return nil
    }

    /// `dec 3`, `3 dec`, `december 3 2026`, `3 dec 2026`: without a year, the next such date
    /// (from today) for a due date, the last (up to today) for when something happened.
    private func monthDay(_ words: [String], direction: Direction) -> Day? {
        guard words.count == 2 || words.count == 3 else { return nil }
        let (month, day): (Int?, Int?) = Self.month(words[0]) != nil
            ? (Self.month(words[0]), Int(words[1])) : (Self.month(words[1]), Int(words[0]))
        guard let month, let day, (1...31).contains(day) else { return nil }
        if words.count == 3 {
            guard let year = Int(words[2]), (1...9999).contains(year) else { return nil }
            return Day(year: year, month: month, day: day)
        }
        // February 29th comes round within eight years.
        for step in 0...8 {
            let year = today.year + (direction == .future ? step : -step)
            guard let candidate = Day(year: year, month: month, day: day) else { continue }
            if direction == .future ? candidate >= today : candidate <= today { return candidate }
        }
        return nil
    }

    /// `in 3 days`, `in a week`, `3 days ago`, `a month ago`, `in 2w`, `2 w ago`.
    private func counted(_ words: [String], direction: Direction) -> Day? {
        var words = words
        let sign: Int
        if words.first == "in" {
            sign = 1
            words.removeFirst()
        } else if words.last == "ago" {
            sign = -1
            words.removeLast()
        } else {
            return nil
        }
        if let count = Self.counts[words.first ?? ""] { words[0] = String(count) }
        guard !words.isEmpty, words.count <= 2, let offset = Self.duration(words.joined()) else { return nil }
        return apply(offset, sign: sign)
    }

    private func endOf(_ period: Period) -> Day {
        switch period {
        case .week: inWeek(7, offset: 0)
        case .month: Day(year: today.year, month: today.month, day: Day.length(ofMonth: today.month, year: today.year)) ?? today
        case .year: Day(year: today.year, month: 12, day: 31) ?? today
        }
    }

    /// `weekday` (1 Monday … 7 Sunday) in this calendar week, or `offset` weeks on.
    private func inWeek(_ weekday: Int, offset: Int) -> Day {
        today.adding(days: -(today.weekday - 1) + 7 * offset + weekday - 1)
    }

    /// The next `weekday` after today.
    private func next(_ weekday: Int) -> Day {
        let distance = (weekday - today.weekday + 7) % 7
        return today.adding(days: distance == 0 ? 7 : distance)
    }

    /// The last `weekday`, today included.
    private func last(_ weekday: Int) -> Day {
        today.adding(days: -((today.weekday - weekday + 7) % 7))
    }

    private func apply(_ offset: Duration, sign: Int) -> Day {
        switch offset.unit {
        case .day: today.adding(days: sign * offset.count)
        case .week: today.adding(days: sign * offset.count * 7)
        case .month: today.adding(months: sign * offset.count)
        case .year: today.adding(months: sign * offset.count * 12)
        }
    }

    private static let weekdays: [(names: [String], number: Int)] = [
        (["mon", "monday"], 1), (["tue", "tues", "tuesday"], 2), (["wed", "weds", "wednesday"], 3),
        (["thu", "thur", "thurs", "thursday"], 4), (["fri", "friday"], 5),
        (["sat", "saturday"], 6), (["sun", "sunday"], 7),
    ]

    private static let months: [(names: [String], number: Int)] = [
        (["jan", "january"], 1), (["feb", "february"], 2), (["mar", "march"], 3), (["apr", "april"], 4),
        (["may"], 5), (["jun", "june"], 6), (["jul", "july"], 7), (["aug", "august"], 8),
        (["sep", "sept", "september"], 9), (["oct", "october"], 10), (["nov", "november"], 11), (["dec", "december"], 12),
    ]

    /// Counts people write as words.
    private static let counts: [String: Int] = [
        "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
        "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "couple": 2,
    ]

    private static func weekday(_ word: String) -> Int? {
        weekdays.first { $0.names.contains(word) }?.number
    }

    private static func month(_ word: String) -> Int? {
        months.first { $0.names.contains(word) }?.number
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
