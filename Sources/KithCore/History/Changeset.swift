import Foundation
import GRDB
import KithSQLiteSession

/// What one write transaction changed, as SQLite's session extension records it: for each row
/// changed, its table, its primary key, and its values before and after.
struct Changeset: Sendable {
    let data: Data

    /// One change as the changeset holds it; valid only inside `Changeset.forEach`.
    struct Change {
        enum Kind { case added, changed, removed }
        let table: String
        let kind: Kind
        fileprivate let iterator: OpaquePointer

        /// An integer column after the change (what an insert added) or before it (what a delete
        /// removed, or what an update replaced); nil when the change does not hold it.
        func integer(_ column: Int, after: Bool) -> Int64? {
            var missing: Int32 = 0
            let value = kith_changeset_integer(iterator, Int32(column), after ? 1 : 0, &missing)
            return missing == 0 ? value : nil
        }

        func text(_ column: Int, after: Bool) -> String? {
            kith_changeset_text(iterator, Int32(column), after ? 1 : 0).map { String(cString: $0) }
        }

        /// The row's primary key when it is the first column (every table Kith records but the
        /// two link tables, whose first column is the person or interaction they link).
        var firstColumn: Int64? { integer(0, after: kind == .added) }
    }

    /// Calls `body` with each change, in the changeset's order.
    func forEach(_ body: (Change) throws -> Void) throws {
        try checkShape()
        try data.withUnsafeBytes { (bytes: UnsafeRawBufferPointer) in
            var iterator: OpaquePointer?
            try SQLiteCall.check(kith_changeset_open(Int32(bytes.count), bytes.baseAddress, &iterator))
            guard let iterator else { return }
            defer { kith_changeset_close(iterator) }
            while kith_changeset_next(iterator) == Int32(KITH_SQLITE_ROW) {
                var table: UnsafePointer<CChar>?
                var columns: Int32 = 0, operation: Int32 = 0
                try SQLiteCall.check(kith_changeset_change(iterator, &table, &columns, &operation))
                let kind: Change.Kind = switch operation {
                case Int32(KITH_SQLITE_INSERT): .added
                case Int32(KITH_SQLITE_DELETE): .removed
                default: .changed
                }
                try body(Change(table: table.map { String(cString: $0) } ?? "", kind: kind, iterator: iterator))
            }
        }
    }
}

extension Changeset {
    /// Throws `cannotUndo(.damagedHistory)` unless the bytes have the changeset format throughout: a table
    /// header (`T`, a column count from 1, a primary-key flag per column, a name) before each run
    /// of changes, and each change an operation with whole values. SQLite's own reader trusts its
    /// input (a table of no columns makes its iterator spin for ever), and a stored changeset may
    /// have been damaged or edited since Kith wrote it.
    func checkShape() throws {
        var reader = ChangesetReader(bytes: [UInt8](data))
        guard reader.wellFormed() else { throw KithError.cannotUndo(.damagedHistory) }
    }
}

/// Walks a changeset's bytes as SQLite's session extension lays them out.
private struct ChangesetReader {
    let bytes: [UInt8]
    var at = 0

    mutating func wellFormed() -> Bool {
        var columns = 0
        while at < bytes.count {
            let marker = bytes[at]
            at += 1
            switch marker {
            case UInt8(ascii: "T"):
                guard let count = varint(), (1...2_000).contains(count), skip(count),
                      let end = bytes[at...].firstIndex(of: 0), end > at else { return false }
                at = end + 1
                columns = Int(count)
            case 0x12, 0x09, 0x17:  // insert, delete, update
                guard columns > 0, skip(1) else { return false }
                for _ in 0..<(marker == 0x17 ? 2 : 1) where !record(columns) { return false }
            default:
                return false
            }
        }
        return true
    }

    private mutating func record(_ columns: Int) -> Bool {
        for _ in 0..<columns {
            guard at < bytes.count else { return false }
            let type = bytes[at]
            at += 1
            switch type {
            case 0, 5: continue
            case 1, 2: guard skip(8) else { return false }
            case 3, 4: guard let length = varint(), skip(length) else { return false }
            default: return false
            }
        }
        return true
    }

    private mutating func skip(_ count: Int) -> Bool {
        guard count >= 0, count <= bytes.count - at else { return false }
        at += count
        return true
    }

    /// SQLite's variable-length integer: up to nine bytes, seven bits each but the ninth's eight.
    private mutating func varint() -> Int? {
        var value: UInt64 = 0
        for index in 0..<9 {
            guard at < bytes.count else { return nil }
            let byte = bytes[at]
            at += 1
            if index == 8 { return Int(exactly: value << 8 | UInt64(byte)) }
            value = value << 7 | UInt64(byte & 0x7F)
            if byte < 0x80 { return Int(exactly: value) }
        }
        return nil
    }
}

/// Records the changes made on a connection to Kith's own tables, until `changeset()`.
///
/// Only tables are recorded: the full-text indexes (virtual tables and their shadow tables) are
/// derived, and rebuilt from the tables after an undo; the migrator's table and the undo history
/// itself are not the user's data.
final class ChangeRecorder {
    private let session: OpaquePointer

    init(_ db: Database) throws {
        var session: OpaquePointer?
        try SQLiteCall.check(kith_session_start(db.sqliteConnection, &session))
        guard let session else { throw DatabaseError(resultCode: .SQLITE_NOMEM) }
        self.session = session
        for table in try Self.recordedTables(db) {
            try SQLiteCall.check(kith_session_attach(session, table))
        }
    }

    deinit { kith_session_end(session) }

    /// Everything changed since the recorder was made; empty when nothing was.
    func changeset() throws -> Changeset {
        var size: Int32 = 0
        var bytes: UnsafeMutableRawPointer?
        try SQLiteCall.check(kith_session_changeset(session, &size, &bytes))
        guard let bytes, size > 0 else {
            kith_free(bytes)
            return Changeset(data: Data())
        }
        // SQLite's buffer, not a copy of it: an import's changeset runs to megabytes.
        return Changeset(data: Data(bytesNoCopy: bytes, count: Int(size), deallocator: .custom { bytes, _ in kith_free(bytes) }))
    }

    /// The tables whose changes can be undone. The session extension ignores a table without a
    /// primary key; every one of Kith's has one (a schema test checks it).
    static func recordedTables(_ db: Database) throws -> [String] {
        try String.fetchAll(db, sql: """
            SELECT name FROM pragma_table_list
            WHERE schema = 'main' AND type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'
              AND name NOT IN ('grdb_migrations', 'undo_step')
            ORDER BY name
            """)
    }
}

/// The result codes of Kith's calls into SQLite's C interface, as GRDB's errors.
enum SQLiteCall {
    static func check(_ code: Int32) throws {
        guard code == Int32(KITH_SQLITE_OK) else { throw DatabaseError(resultCode: ResultCode(rawValue: code)) }
    }
}
