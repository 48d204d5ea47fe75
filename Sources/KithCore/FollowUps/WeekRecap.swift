/// What happened in the days before the list: a short look back.
public struct WeekRecap: Codable, Equatable, Sendable {
    /// The first day looked back on.
    public var since: Day
    /// The newest first, at most ten; `peopleAddedCount` has them all.
    public var peopleAdded: [PersonSummary]
    public var peopleAddedCount: Int
    public var interactions: Int
    /// Different people in those interactions.
    public var peopleContacted: Int
    /// Introductions made (by anyone, as recorded).
    public var introductions: Int
    /// Of those, the ones made for a need (from a match).
    public var introductionsFromMatches: Int
    /// Promises kept, both ways.
    public var commitmentsKept: Int

    enum CodingKeys: String, CodingKey {
        case since, peopleAdded = "people_added", peopleAddedCount = "people_added_count", interactions
        case peopleContacted = "people_contacted", introductions, introductionsFromMatches = "introductions_from_matches"
        case commitmentsKept = "commitments_kept"
    }
}
