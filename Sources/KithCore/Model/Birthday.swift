import GRDB

/// A birthday: the month and day, and the year when it is known. Stored as `1990-05-17`, or
/// `--05-17` without the year (vCard's form).
public struct Birthday: Hashable, Sendable, CustomStringConvertible {
    public let year: Int?
    public let month: Int
    public let day: Int

    /// Nil unless the date exists: 29 February needs a leap year, or no year.
    public init?(year: Int?, month: Int, day: Int) {
        // 2000 is a leap year: without a year, 29 February is a birthday like any other.
        guard Day(year: year ?? 2000, month: month, day: day) != nil else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Reads the stored forms, `1990-05-17` and `--05-17`.
    public init?(_ text: some StringProtocol) {
        if let date = Day(iso: text) {
            self.init(year: date.year, month: date.month, day: date.dayOfMonth)
        } else if text.hasPrefix("--"), let date = Day(iso: "2000-" + String(text.dropFirst(2))) {
            self.init(year: nil, month: date.month, day: date.dayOfMonth)
        } else {
            return nil
        }
    }

    /// `05-17`.
    public var monthDay: String { Day.padded(month, 2) + "-" + Day.padded(day, 2) }

    public var description: String { (year.map { Day.padded($0, 4) } ?? "-") + "-" + monthDay }
}

extension Birthday: TextualValue {
    init?(storedText: String) { self.init(storedText) }
    static let form = "a birthday (YYYY-MM-DD or --MM-DD)"
}
