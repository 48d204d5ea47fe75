import Foundation

/// UTC instants as stored in the database: `2026-11-21T09:30:00Z`.
public enum Timestamp {
    /// The current instant in the stored form.
    public static func now() -> String { format(Date()) }

    public static func format(_ date: Date) -> String {
        let seconds = Int(date.timeIntervalSince1970.rounded(.down))
        let day = Day(ordinal: Int((Double(seconds) / 86_400).rounded(.down)))
        let rest = seconds - day.ordinal * 86_400
        return "\(day)T\(Day.padded(rest / 3600, 2)):\(Day.padded(rest / 60 % 60, 2)):\(Day.padded(rest % 60, 2))Z"
    }
}
