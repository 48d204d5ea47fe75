import Foundation
import GRDB

/// What a write command's changes are recorded under, for `kith undo`.
public struct Journal: Sendable {
    /// The command line, as the undo history shows it.
    public let command: String
    /// One per command: a command's transactions are undone together.
    let run = UUID().uuidString

    public init(command: String) { self.command = command }
}

/// The undo history (`undo_step`): each write transaction's changeset, grouped by command.
enum UndoHistory {
    /// How many commands are kept: enough to walk back a session's mistakes, few enough that the
    /// file does not keep old words for long.
    static let commandsKept = 20

    /// The most records a bulk write (an import) is recorded for: recording holds every row in
    /// memory and stores it again, so 100,000 cards would cost ~180 MB more and double the file.
    static let largestRecorded = 25_000

    static func records(_ count: Int) -> Bool { count <= largestRecorded }

    /// How many bytes of changesets are kept: a few large imports, or thousands of small commands.
    static let bytesKept = 32 << 20

    /// Runs `body`, then records what it changed under `journal`, in the same transaction.
    static func recording<T>(_ db: Database, as journal: Journal, _ body: () throws -> T) throws -> T {
        let recorder = try ChangeRecorder(db)
        let result = try body()
        let changeset = try recorder.changeset()
        guard !changeset.data.isEmpty else { return result }
        try db.execute(sql: """
            INSERT INTO undo_step (run, command, done_at, schema, changeset) VALUES (?, ?, ?, ?, ?)
            """, arguments: [journal.run, journal.command, Timestamp.now().description,
                             SchemaMigrations.all.count, changeset.data])
        try prune(db)
        return result
    }

    /// Drops the oldest commands beyond `commandsKept`, and beyond `bytesKept` of changesets
    /// (the newest command is always kept, whatever its size).
    static func prune(_ db: Database, commands: Int = commandsKept, bytes: Int = bytesKept) throws {
        try db.execute(sql: """
            DELETE FROM undo_step WHERE run IN (
                SELECT run FROM (
                    SELECT run, row_number() OVER newest AS n, sum(bytes) OVER newest AS total
                    FROM (SELECT run, max(id) AS last, sum(length(changeset)) AS bytes FROM undo_step GROUP BY run)
                    WINDOW newest AS (ORDER BY last DESC))
                WHERE n > ? OR (n > 1 AND total > ?))
            """, arguments: [commands, bytes])
    }

    /// One recorded command: its transactions' changesets, oldest first.
    struct Run {
        let command: String
        let doneAt: Timestamp
        let schema: Int
        let steps: [Changeset]
        var undoable: Bool { schema == SchemaMigrations.all.count }
    }

    /// The last `limit` commands, newest first.
    static func runs(in db: Database, limit: Int) throws -> [Run] {
        let rows = try Row.fetchAll(db, sql: """
            SELECT run, command, done_at, schema, changeset FROM undo_step
            WHERE run IN (SELECT run FROM undo_step GROUP BY run ORDER BY max(id) DESC LIMIT ?)
            ORDER BY id
            """, arguments: [limit])
        var runs: [String: Run] = [:]
        var order: [String] = []
        for row in rows {
            let key: String = row["run"]
            let step = Changeset(data: row["changeset"])
            if let run = runs[key] {
                runs[key] = Run(command: run.command, doneAt: run.doneAt, schema: run.schema, steps: run.steps + [step])
            } else {
                order.append(key)
                runs[key] = Run(command: row["command"], doneAt: try row.decode(forColumn: "done_at"),
                                schema: row["schema"], steps: [step])
            }
        }
        return order.reversed().compactMap { runs[$0] }
    }

    /// Forgets the last command (after it was undone), or every one.
    static func drop(lastOnly: Bool, in db: Database) throws -> Int {
        guard lastOnly else {
            let count = try Int.fetchOne(db, sql: "SELECT count(DISTINCT run) FROM undo_step") ?? 0
            try db.execute(sql: "DELETE FROM undo_step")
            return count
        }
        try db.execute(sql: "DELETE FROM undo_step WHERE run = (SELECT run FROM undo_step ORDER BY id DESC LIMIT 1)")
        return 1
    }
}
