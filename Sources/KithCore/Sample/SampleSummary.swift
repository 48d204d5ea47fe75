/// How much a sample network holds.
public struct SampleSummary: Codable, Equatable, Sendable {
    public var people: Int
    public var organizations: Int
    public var events: Int
    public var ties: Int
    public var interactions: Int
    public var introductions: Int
    public var commitments: Int
}
