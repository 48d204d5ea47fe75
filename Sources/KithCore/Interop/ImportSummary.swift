/// What an import added and changed (or, on a dry run, would have), and whom.
public struct ImportSummary: Codable, Equatable, Sendable {
    /// A contact created apart from someone it shares an email or phone with under another name.
    public struct KeptApart: Codable, Equatable, Sendable {
        public var name: String
        public var line: Int
        public var sharesWith: PersonSummary

        enum CodingKeys: String, CodingKey {
            case name, line, sharesWith = "shares_with"
        }
    }

    public var format: String
    public var dryRun: Bool
    /// People created; people already known who gained something; people already known who
    /// brought nothing new (and were left exactly as they were).
    public var created: Int
    public var updated: Int
    public var unchanged: Int = 0
    /// Records left out because they could not be read, each in `problems`.
    public var skipped: Int
    /// LinkedIn connections with no name (hidden or deleted accounts): left out, and counted.
    public var hidden: Int = 0
    public var ties: Int
    public var events: Int
    public var interactions: Int
    public var introductions: Int
    public var commitments: Int
    /// `line 12: a card without END:VCARD`.
    public var problems: [String]
    /// What was kept differently from how it came: `line 4: 'n/a' is not an email address; kept
    /// as written, not as an email`.
    public var notices: [String] = []
    public var keptApart: [KeptApart] = []
    /// Who was (or would be) created and updated, by name: the first `namesShown` of each.
    public var createdNames: [String] = []
    public var updatedNames: [String] = []
    /// Whether `kith undo` can take the import back: false for a rehearsal and for one too large
    /// to record (`UndoHistory.largestRecorded`).
    public var undoable = false

    public static let namesShown = 100

    enum CodingKeys: String, CodingKey {
        case format, dryRun = "dry_run", created, updated, unchanged, skipped, hidden, ties, events, interactions
        case introductions, commitments, problems, notices, keptApart = "kept_apart", createdNames = "created_names"
        case updatedNames = "updated_names", undoable
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
