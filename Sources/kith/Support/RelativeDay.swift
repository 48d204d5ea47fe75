import KithCore

/// Dates as people say them relative to today: "today", "3 days ago", "in 2 weeks".
enum RelativeDay {
    static func phrase(_ day: Day, today: Day) -> String {
        let days = today.days(to: day)
        switch days {
        case 0: return "today"
        case 1: return "tomorrow"
        case -1: return "yesterday"
        case 2..<14: return "in \(days) days"
        case (-13)...(-2): return "\(-days) days ago"
        case 14..<60: return "in \(days / 7) weeks"
        case (-59)...(-14): return "\(-days / 7) weeks ago"
        case 60..<730: return "in \(days / 30) months"
        case (-729)...(-60): return "\(-days / 30) months ago"
        default: return days > 0 ? "in \(days / 365) years" : "\(-days / 365) years ago"
        }
    }

    /// `2026-11-27 (in 6 days)`.
    static func dated(_ day: Day, today: Day) -> String { "\(day) (\(phrase(day, today: today)))" }

    /// `Sat 21 Nov`.
    static func short(_ day: Day) -> String {
        let weekdays = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
        let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        return "\(weekdays[day.weekday - 1]) \(day.dayOfMonth) \(months[day.month - 1])"
    }
}
