import GRDB

/// Reads a recorded command's changesets into what it changed, in the user's words, and which
/// people it touched.
struct UndoSummary {
    private(set) var changes: [String: UndoChange] = [:]
    /// The people touched, in the order first met, with the name the changeset holds for those
    /// added or removed.
    private(set) var people: [Int64] = []
    private var names: [Int64: String] = [:]
    /// Tags renamed and needs or offers changed: their people's search entries are rebuilt too.
    private(set) var tags: Set<Int64> = []
    private(set) var needsAndOffers: Set<Int64> = []

    private let schema: Schema

    /// What summaries read of the schema: read once, for any number of them.
    struct Schema {
        let references: [SchemaReference]
        /// Where the tables refer to a person: table name → column positions.
        let personColumns: [String: [Int]]
        let nameColumn: Int
        let me: Int64?

        init(_ db: Database) throws {
            references = try SchemaReference.all(in: db)
            personColumns = Dictionary(grouping: references.filter { $0.parent == "person" }, by: \.table)
                .mapValues { $0.map(\.position) }
            nameColumn = try Int.fetchOne(db, sql: "SELECT cid FROM pragma_table_info('person') WHERE name = 'name'") ?? 1
            me = try Int64.fetchOne(db, sql: "SELECT id FROM person WHERE is_self = 1")
        }
    }

    init(_ schema: Schema) { self.schema = schema }

    mutating func add(_ changeset: Changeset) throws {
        try changeset.forEach { change in note(change) }
    }

    mutating func note(_ change: Changeset.Change) {
        count(change)
        switch change.table {
        case "person":
            guard let id = change.firstColumn else { return }
            note(id, name: change.kind == .changed ? nil : change.text(schema.nameColumn, after: change.kind == .added))
        case "tag" where change.kind == .changed:
            if let id = change.firstColumn { tags.insert(id) }
        case "need_offer":
            if let id = change.firstColumn { needsAndOffers.insert(id) }
        default:
            break
        }
        guard change.kind != .changed else { return }
        for column in schema.personColumns[change.table] ?? [] {
            if let id = change.integer(column, after: change.kind == .added) { note(id, name: nil) }
        }
    }

    private mutating func count(_ change: Changeset.Change) {
        guard let kind = UndoChange.kinds.first(where: { $0.table == change.table }) else { return }
        var line = changes[change.table] ?? UndoChange(what: kind.what, plural: kind.plural)
        switch change.kind {
        case .added: line.added += 1
        case .changed: line.changed += 1
        case .removed: line.removed += 1
        }
        changes[change.table] = line
    }

    private mutating func note(_ id: Int64, name: String?) {
        if names[id] == nil && !people.contains(id) { people.append(id) }
        if let name { names[id] = name }
    }

    /// The entry for `run`, naming the first `shown` people as they are now (or as the changeset
    /// last held them, for someone no longer here).
    func entry(for run: UndoHistory.Run, shown: Int, in db: Database) throws -> UndoEntry {
        // I am in most commands' ties; the list says whom else it was about.
        let others = people.filter { $0 != schema.me }
        var named: [String] = []
        for id in others where named.count < shown {
            let name = try String.fetchOne(db, sql: "SELECT name FROM person WHERE id = ?", arguments: [id]) ?? names[id]
            if let name { named.append(name) }
        }
        let lines = UndoChange.kinds.compactMap { changes[$0.table] }
        return UndoEntry(command: run.command, doneAt: run.doneAt, changes: lines, people: named,
                         peopleTotal: others.count, undoable: run.undoable)
    }
}
