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

extension KeepInTouchEntry {
    /// The entry for someone with a cadence of their own or from their tags, as of `today`;
    /// nil when neither gives them one.
    init?(person: PersonSummary, own: Int?, tags: [(name: String, days: Int)], lastContact: Day?, added: Day,
          strength: Int?, today: Day) {
        guard let cadence = Cadence.effective(own: own, tags: tags) else { return nil }
        let since = lastContact ?? added
        let due = Cadence.lapses(lastContact: lastContact, added: added, days: cadence.days)
        self.init(person: person, cadenceDays: cadence.days, cadenceTag: cadence.tag, lastContact: lastContact,
                  since: since, daysSince: since.days(to: today), due: due, daysOverdue: due.days(to: today),
                  strength: strength)
    }
}
