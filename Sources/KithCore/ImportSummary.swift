/// What an import added (or, on a dry run, would add).
public struct ImportSummary: Codable, Equatable, Sendable {
    public var format: String
    public var dryRun: Bool
    public var people: Int
    public var ties: Int
    public var events: Int
    public var interactions: Int
    public var introductions: Int
    public var commitments: Int

    enum CodingKeys: String, CodingKey {
        case format, dryRun = "dry_run", people, ties, events, interactions, introductions, commitments
    }
}
