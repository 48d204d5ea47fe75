/// What an import added and changed (or, on a dry run, would have).
public struct ImportSummary: Codable, Equatable, Sendable {
    public var format: String
    public var dryRun: Bool
    /// People created, and people already known who were updated (matched by email, phone,
    /// profile link or vCard UID).
    public var created: Int
    public var updated: Int
    /// Records left out as malformed (only with `--skip-invalid`), each in `problems`.
    public var skipped: Int
    public var ties: Int
    public var events: Int
    public var interactions: Int
    public var introductions: Int
    public var commitments: Int
    /// `line 12: a card without END:VCARD`.
    public var problems: [String]
    /// Who was (or would be) created and updated, by name: the first `namesShown` of each.
    public var createdNames: [String] = []
    public var updatedNames: [String] = []

    public static let namesShown = 100

    enum CodingKeys: String, CodingKey {
        case format, dryRun = "dry_run", created, updated, skipped, ties, events, interactions, introductions
        case commitments, problems, createdNames = "created_names", updatedNames = "updated_names"
    }

    init(format: String, dryRun: Bool, created: Int = 0, updated: Int = 0, skipped: Int = 0, ties: Int = 0,
         events: Int = 0, interactions: Int = 0, introductions: Int = 0, commitments: Int = 0, problems: [String] = []) {
        self.format = format
        self.dryRun = dryRun
        self.created = created
        self.updated = updated
        self.skipped = skipped
        self.ties = ties
        self.events = events
        self.interactions = interactions
        self.introductions = introductions
        self.commitments = commitments
        self.problems = problems
    }
}
