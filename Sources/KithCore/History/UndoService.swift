import GRDB
import KithSQLiteSession

/// Undo: puts back what the last write commands changed, from the changesets recorded for them.
public struct UndoService: Sendable {
    let context: Context

    public init(_ context: Context) { self.context = context }

    /// How many write commands the history keeps.
    public static let commandsKept = UndoHistory.commandsKept
    /// The most records an import may hold and still be undone.
    public static let largestRecorded = UndoHistory.largestRecorded

    /// The last `limit` write commands that can be walked back, newest first.
    public func history(limit: Int) throws -> [UndoEntry] {
        try KithError.Setting.limit.checkLimit(limit)
        return try context.read { db in
            let schema = try UndoSummary.Schema(db)
            return try UndoHistory.runs(in: db, limit: limit).map { run in
                var summary = UndoSummary(schema)
                for step in run.steps { try summary.add(step) }
                return try summary.entry(for: run, shown: 5, in: db)
            }
        }
    }

    /// Puts back every row the last write command changed, as it was before, and forgets that
    /// command. Refused, changing nothing, when a row is no longer as the command left it or when
    /// something written since refers to what would go.
    public func undoLast() throws -> UndoEntry {
        let entry = try context.writeAsRecorded { db in
            guard let run = try UndoHistory.runs(in: db, limit: 1).first else { throw KithError.cannotUndo(.nothingRecorded) }
            guard run.undoable else { throw KithError.cannotUndo(.recordedBeforeUpgrade(run.command)) }
            // One reading of the changesets: what to report, what to reindex, what to check.
            let schema = try UndoSummary.Schema(db)
            var summary = UndoSummary(schema)
            var references = UndoReferences(schema.references)
            for step in run.steps {
                try step.forEach { change in
                    summary.note(change)
                    references.note(change)
                }
            }
            let entry = try summary.entry(for: run, shown: 5, in: db)
            for step in run.steps.reversed() { try Self.revert(step, of: run, in: db) }
            // With foreign keys off nothing cascades, so a reference to nothing means a later
            // change depends on what the undo would take away.
            if let broken = try references.firstBroken(in: db) {
                throw KithError.cannotUndo(broken.takenAway
                    ? .dependedOn(run.command, what: Self.what(broken.table), on: Self.what(broken.parent), id: broken.id)
                    : .pointsAtMissing(run.command, what: Self.what(broken.table), on: Self.what(broken.parent), id: broken.id))
            }
            try SearchIndex.reindex(people: summary.people, taggedWith: summary.tags,
                                    needsAndOffers: summary.needsAndOffers, in: db)
            _ = try UndoHistory.drop(lastOnly: true, in: db)
            return entry
        }
        context.store.checkpoint()
        return entry
    }

    /// Empties the undo history; returns how many commands it held.
    public func clear() throws -> Int {
        let count = try context.write(recorded: false) { db in try UndoHistory.drop(lastOnly: false, in: db) }
        context.store.checkpoint()
        return count
    }

    private static func revert(_ step: Changeset, of run: UndoHistory.Run, in db: Database) throws {
        try step.checkShape()
        var conflict = kith_conflict()
        let code = step.data.withUnsafeBytes { bytes in
            kith_changeset_revert(db.sqliteConnection, Int32(bytes.count), bytes.baseAddress, &conflict)
        }
        guard code == Int32(KITH_SQLITE_ABORT), conflict.kind != 0 else { return try SQLiteCall.check(code) }
        let table = withUnsafeBytes(of: conflict.table) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
        throw KithError.cannotUndo(.changedSince(run.command, what: Self.what(table), id: conflict.key))
    }

    private static func what(_ table: String) -> String {
        UndoChange.kinds.first { $0.table == table }?.what ?? table
    }
}
