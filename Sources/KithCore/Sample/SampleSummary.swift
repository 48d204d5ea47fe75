/// How much a sample network holds.
public struct SampleSummary: Codable, Equatable, Sendable {
    public var people: Int
    public var organizations: Int
    public var events: Int
    public var ties: Int
    public var interactions: Int
    public var introductions: Int
    public var commitments: Int
    public var needsAndOffers: Int

    enum CodingKeys: String, CodingKey {
        case people, organizations, events, ties, interactions, introductions, commitments
        case needsAndOffers = "needs_and_offers"
    }
}
