/// The weekly follow-up list: what I owe, what is owed to me, introductions to nudge, people to
/// get back in touch with, birthdays, and a look back.
public struct WeeklyList: Codable, Equatable, Sendable {
    public var today: Day
    /// The last day of the window (`today` plus `days` minus one).
    public var until: Day
    public var days: Int
    /// My open promises past their due date, the oldest first.
    public var overdue: [CommitmentEntry]
    /// My open promises due within the window.
    public var due: [CommitmentEntry]
    /// Open promises to me that are overdue or due within the window.
    public var owedToMe: [CommitmentEntry]
    public var introductions: [IntroductionFollowUp]
    /// The most overdue first, then the strongest ties; at most the list's limit.
    public var keepInTouch: [KeepInTouchEntry]
    public var keepInTouchTotal: Int
    /// Close ties drifting apart, the furthest gone first; at most the list's limit.
    public var drifting: [DriftingEntry]
    public var driftingTotal: Int
    /// In date order; at most the list's limit.
    public var birthdays: [BirthdayEntry]
    public var birthdaysTotal: Int
    /// The best few introductions I could make for needs said in the last `freshNeedDays` days.
    public var couldIntroduce: [NeedMatch]
    public var recap: WeekRecap
    /// My open promises without a due date: never in a section, so counted here.
    public var undatedOpen: Int

    enum CodingKeys: String, CodingKey {
        case today, until, days, overdue, due, owedToMe = "owed_to_me", introductions
        case keepInTouch = "keep_in_touch", keepInTouchTotal = "keep_in_touch_total", drifting
        case driftingTotal = "drifting_total", birthdays
        case birthdaysTotal = "birthdays_total", couldIntroduce = "could_introduce", recap, undatedOpen = "undated_open"
    }

    /// True when no section has anything in it.
    public var isClear: Bool {
        overdue.isEmpty && due.isEmpty && owedToMe.isEmpty && introductions.isEmpty && keepInTouch.isEmpty
            && drifting.isEmpty && birthdays.isEmpty
    }
}
