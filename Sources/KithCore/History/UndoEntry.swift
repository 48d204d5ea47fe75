/// One write command in the undo history, as `kith undo --list` shows it and `kith undo` reports
/// what it put back.
public struct UndoEntry: Codable, Equatable, Sendable {
    /// The command line as typed, without the database's path.
    public var command: String
    public var doneAt: Timestamp
    /// What it changed, one line per kind of thing, in the order of `UndoChange.kinds`.
    public var changes: [UndoChange]
    /// The people it added, changed or removed, or whose ties, promises and so on it changed:
    /// the first few, of `peopleTotal`.
    public var people: [String]
    public var peopleTotal: Int
    /// False when it was recorded before the database was upgraded: it can no longer be undone.
    public var undoable: Bool

    enum CodingKeys: String, CodingKey {
        case command, changes, people, undoable
        case doneAt = "done_at", peopleTotal = "people_total"
    }
}

/// How many things of one kind a command added, changed and removed.
public struct UndoChange: Codable, Equatable, Sendable {
    /// In the user's words, singular: `person`, `promise`, `tie`.
    public var what: String
    /// The plural of `what`.
    public var plural: String
    public var added = 0
    public var changed = 0
    public var removed = 0

    /// The tables Kith records, each in the user's words, in the order a summary lists them.
    static let kinds: [(table: String, what: String, plural: String)] = [
        ("person", "person", "people"), ("email", "email", "emails"), ("phone", "phone number", "phone numbers"),
        ("link", "link", "links"), ("tag", "tag", "tags"), ("person_tag", "tag given", "tags given"),
        ("event", "event", "events"), ("interaction", "interaction", "interactions"),
        ("interaction_person", "participant", "participants"), ("tie", "tie", "ties"),
        ("introduction", "introduction", "introductions"), ("commitment", "promise", "promises"),
        ("need_offer", "need or offer", "needs and offers"), ("person_property", "card property", "card properties"),
        ("person_source", "import record", "import records"), ("vdir_item", "synced file", "synced files"),
    ]
}
