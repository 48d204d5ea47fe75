/// Someone whose keep-in-touch cadence has lapsed, or lapses within the list's window.
public struct KeepInTouchEntry: Codable, Equatable, Sendable {
    public var person: PersonSummary
    public var cadenceDays: Int
    /// The tag the cadence comes from, or nil when it is the person's own.
    public var cadenceTag: String?
    /// The last interaction of any kind; nil when none is logged and the clock runs from when
    /// they were added.
    public var lastContact: Day?
    /// The day the clock started: the last contact, else the day they were added.
    public var since: Day
    public var daysSince: Int
    /// The day the cadence lapses (lapsed).
    public var due: Day
    /// Days past `due`; negative when it lapses later in the window.
    public var daysOverdue: Int
    /// My tie to them, 1–5.
    public var strength: Int?

    enum CodingKeys: String, CodingKey {
        case person, cadenceDays = "cadence_days", cadenceTag = "cadence_tag", lastContact = "last_contact", since
        case daysSince = "days_since", due, daysOverdue = "days_overdue", strength
    }
}
