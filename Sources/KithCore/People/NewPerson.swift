/// Everything one `kith add` can record about someone just met.
public struct NewPerson: Sendable {
    public var name: String
    public var organization: String?
    public var title: String?
    public var location: String?
    public var notes: String?
    public var emails: [String] = []
    public var phones: [String] = []
    public var links: [String] = []
    public var tags: [String] = []
    /// The event where we met; reused when one with this name was logged on the same date.
    public var event: String?
    /// When we met; today when not given.
    public var metOn: Day?
    /// Who introduced us.
    public var introducedBy: String?
    /// People they know.
    public var knows: [String] = []
    /// My tie to them, 1–5; 2 when not given.
    public var strength: Int?
    public var cadenceDays: Int?
    public var birthday: String?
    /// Add them even when someone with this name, email, phone or link is already here.
    public var isNew = false
    /// Someone I know of but have not met: no tie to me, no meeting.
    public var notMet = false
    /// A promise I made them ("send the deck"), due on `followUpDue`.
    public var followUp: String?
    public var followUpDue: Day?
    /// What they said they are looking for, and what they can give.
    public var needs: [String] = []
    public var offers: [String] = []

    public init(name: String) { self.name = name }
}
