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

    /// How `days` is written back: whole years, whole months from 60 days, whole weeks below
    /// that, else days (`14` → `2w`, `30` → `30d`, `90` → `3m`, `365` → `1y`).
    public static func text(days: Int) -> String {
        if days % 365 == 0 { return "\(days / 365)y" }
        if days % 30 == 0 && days >= 60 { return "\(days / 30)m" }
        if days % 7 == 0 && days < 60 { return "\(days / 7)w" }
        return "\(days)d"
    }
}

extension Cadence {
    /// The cadence that applies to a person: their own when set, else the shortest of their
    /// tags' (a friend who is also a mentor is seen as often as a friend). Returns the days and
    /// the tag it comes from (nil for their own).
    public static func effective(own: Int?, tags: [(name: String, days: Int)]) -> (days: Int, tag: String?)? {
        if let own { return (own, nil) }
        guard let shortest = tags.min(by: { ($0.days, $0.name) < ($1.days, $1.name) }) else { return nil }
        return (shortest.days, shortest.name)
    }

    /// The day a cadence of `days` lapses: that many days after the last contact of any kind,
    /// or after the day the person was added when nothing is logged yet.
    public static func lapses(lastContact: Day?, added: Day, days: Int) -> Day {
        (lastContact ?? added).adding(days: days)
    }
}
