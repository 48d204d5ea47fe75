/// How often to keep in touch, typed as `30d`, `2w`, `3m` (30 days each) or `1y` (365 days).
public enum Cadence {
    /// The number of days `text` stands for.
    public static func days(from text: String) throws -> Int {
        let word = text.lowercased().filter { !$0.isWhitespace }
        if let duration = DateParser.duration(word), duration.count > 0 {
            switch duration.unit {
            case .day: return duration.count
            case .week: return duration.count * 7
            case .month: return duration.count * 30
            case .year: return duration.count * 365
            }
        }
        throw KithError.invalid("'\(text)' is not a cadence; use a count and a unit such as 30d, 2w, 3m or 1y")
    }

    /// The shortest way to write `days` back: `14` → `2w`, `90` → `3m`.
    public static func text(days: Int) -> String {
        if days % 365 == 0 { return "\(days / 365)y" }
        if days % 30 == 0 { return "\(days / 30)m" }
        if days % 7 == 0 { return "\(days / 7)w" }
        return "\(days)d"
    }
}
