/// What one sync of a vdir folder did (or, on a dry run, would do) on each side.
public struct SyncReport: Codable, Equatable, Sendable {
    public enum Kind: String, Codable, Sendable {
        case contacts, calendar
    }

    /// One thing done: a person created or updated in Kith, a card written into the folder, …
    public struct Change: Codable, Equatable, Sendable {
        public enum Side: String, Codable, Sendable {
            case kith, folder
        }

        /// Where it was done.
        public var side: Side
        /// In Kith: `created`, `updated`, `matched`, `removed`, `done`. In the folder: `written`,
        /// `rewritten`, `removed`, `completed`. For a conflict: `merged`. For what waits:
        /// `deleted_in_folder`, `removed_in_kith`.
        public var action: String
        /// Who or what it is about.
        public var name: String
        /// The file in the folder.
        public var file: String
        /// The person's id in Kith, when there is one.
        public var person: Int64?
        /// What changed, or why.
        public var detail: String?

        public init(side: Side, action: String, name: String, file: String, person: Int64? = nil, detail: String? = nil) {
            self.side = side
            self.action = action
            self.name = name
            self.file = file
            self.person = person
            self.detail = detail
        }
    }

    public var kind: Kind
    public var folder: String
    public var dryRun: Bool
    /// What changed, in Kith and in the folder.
    public var changes: [Change] = []
    /// Changed on both sides since the last sync, and how each was resolved (README "Sync with
    /// your phone").
    public var conflicts: [Change] = []
    /// Deletions on one side not carried to the other: they wait for a sync with --deletions.
    public var waiting: [Change] = []
    /// Items that were the same on both sides.
    public var unchanged = 0

    public init(kind: Kind, folder: String, dryRun: Bool) {
        self.kind = kind
        self.folder = folder
        self.dryRun = dryRun
    }

    /// How many changes were made on `side`.
    public func count(_ side: Change.Side) -> Int { changes.filter { $0.side == side }.count }

    enum CodingKeys: String, CodingKey {
        case kind, folder, changes, conflicts, waiting, unchanged
        case dryRun = "dry_run"
    }
}
