/// Which introductions `kith intros` lists.
public struct IntroductionFilter: Sendable {
    /// Nil for every direction.
    public var direction: IntroductionDirection?
    /// Only those still waiting: requested or offered.
    public var openOnly = false
    /// Only those this person takes part in (as introducer or introduced).
    public var person: String?

    public init() {}
}
