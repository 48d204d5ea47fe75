/// What removing a person takes with them, shown before asking.
public struct RemovalPreview: Codable, Equatable, Sendable {
    public var person: PersonSummary
    public var ties: Int
    /// Interactions with them alone: these go too. Shared ones only lose them.
    public var interactions: Int
    public var introductions: Int
    public var commitments: Int
}
