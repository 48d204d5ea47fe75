import GRDB

/// The references an undo could break, read from the changesets it puts back: the rows it takes
/// away (what the command added), which nothing may point at afterwards, and the rows it puts
/// back or changes back, whose references must find their rows. Checked after the undo, with
/// foreign keys off, on those rows alone rather than the whole file.
struct UndoReferences {
    /// Each table's references, by the table pointing.
    private let references: [String: [SchemaReference]]
    /// Ids of rows the undo takes away, by table.
    private var removed: [String: Set<Int64>] = [:]
    /// Ids that must be there afterwards: parent table → (the table pointing, the id).
    private var needed: [String: [(table: String, id: Int64)]] = [:]

    init(_ references: [SchemaReference]) {
        self.references = Dictionary(grouping: references, by: \.table)
    }

    /// Notes what undoing `change` takes away and what it needs.
    mutating func note(_ change: Changeset.Change) {
        if change.kind == .added, let id = change.firstColumn { removed[change.table, default: []].insert(id) }
        // What the undo writes back: a removed row whole, a changed row's replaced values.
        guard change.kind != .added else { return }
        for reference in references[change.table] ?? [] {
            if let id = change.integer(reference.position, after: false) {
                needed[reference.parent, default: []].append((change.table, id))
            }
        }
    }

    /// A reference the undo would leave pointing at nothing.
    struct Broken: Equatable {
        /// The table of the row that points, and the table and id of the row it points at.
        let table: String
        let parent: String
        let id: Int64
        /// True when the row pointed at is one the undo takes away; false when it is a row the
        /// undo puts back that points at something no longer there.
        let takenAway: Bool
    }

    /// The first reference the undo left pointing at nothing; nil when every one finds its row.
    func firstBroken(in db: Database) throws -> Broken? {
        for (parent, ids) in removed.sorted(by: { $0.key < $1.key }) {
            let list = IDList.json(ids)
            for (table, pointing) in references.sorted(by: { $0.key < $1.key }) {
                for reference in pointing where reference.parent == parent {
                    let sql = "SELECT \(reference.column.quotedDatabaseIdentifier) FROM \(table.quotedDatabaseIdentifier) "
                        + "WHERE \(reference.column.quotedDatabaseIdentifier) IN (SELECT value FROM json_each(?)) LIMIT 1"
                    if let id = try Int64.fetchOne(db, sql: sql, arguments: [list]) {
                        return Broken(table: table, parent: parent, id: id, takenAway: true)
                    }
                }
            }
        }
        for (parent, wanted) in needed.sorted(by: { $0.key < $1.key }) {
            let present = Set(try Int64.fetchAll(db, sql: """
                SELECT id FROM \(parent.quotedDatabaseIdentifier) WHERE id IN (SELECT value FROM json_each(?))
                """, arguments: [IDList.json(wanted.map(\.id))]))
            if let missing = wanted.first(where: { !present.contains($0.id) }) {
                return Broken(table: missing.table, parent: parent, id: missing.id, takenAway: false)
            }
        }
        return nil
    }
}
