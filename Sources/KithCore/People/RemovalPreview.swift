/// What removing a person takes with them, shown before asking.
public struct RemovalPreview: Codable, Equatable, Sendable {
    public var person: PersonSummary
    public var ties: Int
    /// Interactions with them alone: these go too. Shared ones only lose them.
    public var interactions: Int
    public var introductions: Int
    public var commitments: Int
    /// Their needs and offers.
    public var needs: Int
    /// Every row that refers to them, by "table.column" of the schema: each goes with them, or
    /// forgets them (an introduction they made keeps the two it introduced).
    public var references: [String: Int]
}
