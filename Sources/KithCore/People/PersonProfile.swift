/// Everything Kith knows about one person: `kith show`.
public struct PersonProfile: Codable, Equatable, Sendable {
    public var id: Int64
    public var name: String
    public var isSelf: Bool
    public var organization: String?
    public var title: String?
    public var location: String?
    public var notes: String?
    public var howMet: String?
    public var birthday: Birthday?
    public var cadenceDays: Int?
    public var archived: Bool
    public var createdAt: Timestamp
    public var updatedAt: Timestamp
    public var tags: [String]
    public var emails: [AddressEntry]
    public var phones: [AddressEntry]
    public var links: [AddressEntry]
    /// The date of the latest interaction with them.
    public var lastContact: Day?
    /// Strongest first.
    public var ties: [TieEntry]
    /// People we both know (tied to me and to them), by name.
    public var mutualConnections: [PersonSummary]
    /// Newest first.
    public var interactions: [LoggedInteraction]
    public var introductions: [IntroductionEntry]
    /// Open ones first, by due date.
    public var commitments: [CommitmentEntry]
    /// Their open needs and offers, the freshest first.
    public var needs: [NeedEntry]
    /// When to be in touch next, if they have a cadence (their own or a tag's).
    public var keepInTouch: KeepInTouchEntry?
    /// The reciprocity ledger with them; nil for me.
    public var ledger: LedgerLine?

    enum CodingKeys: String, CodingKey {
        case id, name, isSelf = "is_self", organization, title, location, notes, howMet = "how_met", birthday
        case cadenceDays = "cadence_days", archived, createdAt = "created_at", updatedAt = "updated_at"
        case tags, emails, phones, links, lastContact = "last_contact", ties, mutualConnections = "mutual_connections"
        case interactions, introductions
        case commitments, needs, keepInTouch = "keep_in_touch", ledger
    }
}
