import GRDB

/// The references an undo could break, read from the changesets it puts back: the rows it takes
/// away (what the command added), which nothing may point at afterwards, and the rows it puts
/// back or changes back, whose references must find their rows. Checked after the undo, with
/// foreign keys off, on those rows alone rather than the whole file.
struct UndoReferences {
    /// A reference from `table.column` (its position) to the row `parent` by id.
    private struct Reference {
        let table: String
        let column: String
        let position: Int
        let parent: String
    }

    private let references: [String: [Reference]]
    /// Ids of rows the undo takes away, by table.
    private var removed: [String: Set<Int64>] = [:]
    /// Ids that must be there afterwards: parent table → (the table pointing, the id).
    private var needed: [String: [(table: String, id: Int64)]] = [:]

    init(_ db: Database) throws {
        var references: [String: [Reference]] = [:]
        for row in try Row.fetchAll(db, sql: """
            SELECT t.name, f."from", i.cid, f."table" FROM pragma_table_list t
            JOIN pragma_foreign_key_list(t.name) f JOIN pragma_table_info(t.name) i ON i.name = f."from"
            WHERE t.schema = 'main' AND t.type = 'table'
            """) {
            let reference = Reference(table: row[0], column: row[1], position: row[2], parent: row[3])
            references[reference.table, default: []].append(reference)
        }
        self.references = references
    }

    /// Notes what undoing `changeset` takes away and what it needs.
    mutating func add(_ changeset: Changeset) throws {
        try changeset.forEach { change in
            if change.kind == .added, let id = change.firstColumn { removed[change.table, default: []].insert(id) }
            // What the undo writes back: a removed row whole, a changed row's replaced values.
            guard change.kind != .added else { return }
            for reference in references[change.table] ?? [] {
                if let id = change.integer(reference.position, after: false) {
                    needed[reference.parent, default: []].append((change.table, id))
                }
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
