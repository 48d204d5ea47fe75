/// What `kith merge` did: who was kept, who was folded into them, and what moved.
public struct MergedPeople: Codable, Equatable, Sendable {
    public var kept: PersonSummary
    public var removed: PersonSummary
    public var ties: Int
    public var interactions: Int
    public var introductions: Int
    public var commitments: Int
    /// Their needs and offers (one said by both is kept once).
    public var needs: Int
    public var tags: Int
    public var addresses: Int
}
