/// One introducer and how they reach the goal: their best route and a few others.
public struct Suggestion: Equatable, Sendable {
    public var introducer: Int
    public var best: Route
    /// The next best routes through the same introducer, each through a different second person.
    public var alternatives: [Route]
    /// When every route found through this introducer passes through one and the same person
    /// who knows the targets (other than the introducer), that person: the introducer is not an
    /// independent way in.
    public var onlyBridge: Int?
}
