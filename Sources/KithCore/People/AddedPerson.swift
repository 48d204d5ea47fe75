/// What `kith add` recorded, for the confirmation it prints.
public struct AddedPerson: Codable, Equatable, Sendable {
    public var person: PersonSummary
    public var event: String?
    public var metOn: Day?
    public var interactionID: Int64?
    /// My tie to them, 1–5; nil for someone not met.
    public var strength: Int?
    public var tags: [String]
    public var knows: [PersonSummary]
    public var introducedBy: PersonSummary?
    public var introductionID: Int64?
    public var commitmentID: Int64?
    public var followUp: String?
    public var followUpDue: Day?
    /// What they need and offer, as recorded.
    public var needs: [NeedEntry]
    /// People already here whose names are close to theirs (the same, a letter away, or holding
    /// it): perhaps the same person, to merge.
    public var lookAlikes: [PersonSummary]

    enum CodingKeys: String, CodingKey {
        case person, event, metOn = "met_on", interactionID = "interaction_id", strength, tags, knows
        case introducedBy = "introduced_by", introductionID = "introduction_id"
        case commitmentID = "commitment_id", followUp = "follow_up", followUpDue = "follow_up_due", needs, lookAlikes = "look_alikes"
    }
}
