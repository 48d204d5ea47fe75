/// The answer to "who can introduce me to …?" (`kith reach`) or "how are these two connected?"
/// (`kith path`): direct ties first, then introducers, each with routes explained step by step.
public struct ReachAnswer: Codable, Equatable, Sendable {
    public var goal: ReachGoal
    /// Who the routes start from: me for `reach`.
    public var from: PersonSummary
    /// Whether `from` is me (always, for `reach`).
    public var fromMe: Bool
    public var maxHops: Int
    /// Targets the start knows directly, best first.
    public var direct: [ReachRoute]
    /// The best introducers, each a different first person, best first.
    public var introducers: [ReachIntroducer]
    /// Introducers whose every route goes through the same person: not independent ways in.
    public var sharedBridges: [SharedBridge]

    enum CodingKeys: String, CodingKey {
        case goal, from, fromMe = "from_me", maxHops = "max_hops", direct, introducers, sharedBridges = "shared_bridges"
    }
}

/// A route from the start to a target, with every step explained.
public struct ReachRoute: Codable, Equatable, Sendable {
    /// Relevance × tie weights × hop penalties, in (0, 1].
    public var score: Double
    public var target: PersonSummary
    /// From the start to the target, both included.
    public var people: [PersonSummary]
    public var steps: [ReachStep]
    /// For an alternative: the people it shares with the best route after the introducer
    /// ("both through Carla"); empty when it is an independent way.
    public var meetsBestAt: [PersonSummary]?

    enum CodingKeys: String, CodingKey {
        case score, target, people, steps, meetsBestAt = "meets_best_at"
    }
}

/// One tie on a route: its weight and the evidence behind it.
public struct ReachStep: Codable, Equatable, Sendable {
    public var from: PersonSummary
    public var to: PersonSummary
    public var weight: Double
    public var why: [String]
}

/// One introducer: their best route, other routes through them, and what I owe them.
public struct ReachIntroducer: Codable, Equatable, Sendable {
    public var rank: Int
    public var introducer: PersonSummary
    public var best: ReachRoute
    public var alternatives: [ReachRoute]
    /// A person (not a target) on every route through this introducer, if there is one.
    public var onlyThrough: PersonSummary?
    /// True when I know `onlyThrough` myself: ask them directly.
    public var askDirectly: Bool?
    /// The ledger with the introducer (only when the route starts from me).
    public var ledger: LedgerLine?
    /// What there is to be honest about: overdue promises to them, introductions they made or
    /// I asked for with none given back, a ledger that leans their way.
    public var reciprocity: [Reciprocity]

    enum CodingKeys: String, CodingKey {
        case rank, introducer, best, alternatives, onlyThrough = "only_through", askDirectly = "ask_directly", ledger, reciprocity
    }
}

/// Several introducers who all reach the goal through one and the same person.
public struct SharedBridge: Codable, Equatable, Sendable {
    public var bridge: PersonSummary
    public var introducers: [PersonSummary]
}
