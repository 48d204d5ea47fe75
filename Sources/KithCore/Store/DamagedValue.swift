import GRDB

/// A stored value Kith cannot read back: a date written by another program, or by an older
/// Kith that let through what it should not have. Named so that the user can fix it, never a
/// crash.
public struct DamagedValue: Equatable, Sendable, Encodable {
    /// The table, in the user's words where it has one (`commitment`, `person`).
    public let table: String
    public let id: Int64
    public let column: String
    public let value: String

    /// The typed columns and how each must read.
    private static let columns: [(table: String, column: String, reads: @Sendable (String) -> Bool)] = {
        let day: @Sendable (String) -> Bool = { Day(iso: $0) != nil }
        let time: @Sendable (String) -> Bool = { Timestamp(iso: $0) != nil }
        let birthday: @Sendable (String) -> Bool = { Birthday(storedText: $0) != nil }
        return [
            ("commitment", "due", day), ("commitment", "done_at", time), ("commitment", "created_at", time),
            ("person", "birthday", birthday), ("person", "created_at", time), ("person", "updated_at", time),
            ("tie", "since", day), ("tie", "created_at", time), ("tie", "updated_at", time),
            ("introduction", "date", day), ("introduction", "created_at", time),
            ("interaction", "date", day), ("interaction", "created_at", time),
            ("event", "date", day), ("person_source", "imported_at", time),
        ]
    }()

    /// Every value in the database that does not read as its column's type, oldest row first.
    public static func all(in db: Database, limit: Int = .max) throws -> [DamagedValue] {
        var found: [DamagedValue] = []
        for (table, column, reads) in columns where try db.tableExists(table) {
            let rows = try Row.fetchCursor(db, sql: """
                SELECT id, CAST(\(column) AS TEXT) FROM \(table) WHERE \(column) IS NOT NULL ORDER BY id
                """)
            while let row = try rows.next(), found.count < limit {
                let value: String = row[1]
                if !reads(value) { found.append(DamagedValue(table: table, id: row[0], column: column, value: value)) }
            }
        }
        return found
    }
}
