/// One introducer and how they reach the goal: their best route and a few others.
public struct Suggestion: Equatable, Sendable {
    public var best: Route
    /// Other routes through the same introducer, each through a different second person.
    public var alternatives: [Alternative]
    /// The people on the best route whom every route through this introducer passes (not
    /// targets), in route order: when there are any, the introducer is one way in only with
    /// them.
    public var onlyThrough: [Int]

    public var introducer: Int { best.introducer }
}

/// Another route through the same introducer, and where it meets the best one again.
public struct Alternative: Equatable, Sendable {
    public var route: Route
    /// People this route shares with the best one after the introducer, before the target.
    public var meetsBestAt: [Int]
}
