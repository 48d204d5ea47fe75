import Foundation
import GRDB

/// Looking after the file itself: migrating it on request, copying it while it is in use, and
/// saying whether it is sound.
extension Store {
    /// What a migration did: the newest schema before and after (nil before: a new file).
    public struct Upgrade: Equatable, Sendable, Encodable {
        public let from: String?
        public let to: String
        public var changed: Bool { from != to }
    }

    /// Migrates the file at `path` now, as its first write would, creating it if needed.
    public static func upgrade(at path: String) throws -> Upgrade {
        var before: String?
        if FileManager.default.fileExists(atPath: path) {
            before = try mappingErrors(path: path, access: .read) {
                try DatabaseQueue(path: path, configuration: readingConfiguration()).read { db in
                    try SchemaState.applied(db).last
                }
            }
        }
        let store = try open(at: path, for: .write)
        let after = try store.read { db in try SchemaState.applied(db).last } ?? ""
        return Upgrade(from: before, to: after)
    }

    /// Copies the database to a new file at `path` (mode 0600 from its first byte) with SQLite's
    /// online backup: a consistent copy, taken while other kith processes go on writing.
    public func backup(to path: String) throws {
        guard !FileManager.default.fileExists(atPath: path) else { throw KithError.storage(.exists, path: path) }
        try Store.makeFile(at: path)
        do {
            try Store.mappingErrors(path: path, access: .write) {
                let copy = try DatabaseQueue(path: path)
                try writer.backup(to: copy)
                try copy.close()
            }
        } catch {
            // Half a backup is no backup.
            try? FileManager.default.removeItem(atPath: path)
            throw error
        }
    }

    /// Whether the file is sound: SQLite's integrity check, the foreign keys, and the search
    /// index's own check.
    public struct Health: Equatable, Sendable, Encodable {
        /// What `integrity_check` found; empty when all is well.
        public var integrity: [String]
        /// Rows that point at something no longer there, as `table #rowid → parent`.
        public var brokenReferences: [String]
        /// Whether the search index agrees with the people it indexes.
        public var searchIndexSound: Bool
        /// Stored values that do not read back (a date another program wrote).
        public var unreadable: [DamagedValue]
        public var sound: Bool { integrity.isEmpty && brokenReferences.isEmpty && searchIndexSound && unreadable.isEmpty }

        enum CodingKeys: String, CodingKey {
            case integrity, brokenReferences = "broken_references", searchIndexSound = "search_index_sound", unreadable, sound
        }

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(integrity, forKey: .integrity)
            try container.encode(brokenReferences, forKey: .brokenReferences)
            try container.encode(searchIndexSound, forKey: .searchIndexSound)
            try container.encode(unreadable, forKey: .unreadable)
            try container.encode(sound, forKey: .sound)
        }
    }

    /// Checks the file at `path` without changing it: nothing is created, migrated or kept
    /// (the search index's check runs in a transaction that is rolled back).
    public static func check(at path: String) throws -> Health {
        guard FileManager.default.fileExists(atPath: path) else { throw KithError.storage(.missing, path: path) }
        return try mappingErrors(path: path, access: .read) {
            let queue = try DatabaseQueue(path: path, configuration: configuration())
            _ = try queue.read { db in try SchemaState.of(db, path: path) }
            return try queue.writeWithoutTransaction { db in
                let integrity = try String.fetchAll(db, sql: "PRAGMA integrity_check").filter { $0 != "ok" }
                let broken = try Row.fetchAll(db, sql: "PRAGMA foreign_key_check").map { row in
                    "\(row[0] as String) #\(row[1] as Int64? ?? 0) → \(row[2] as String)"
                }
                var searchIndexSound = true
                for index in ["person_fts", "need_offer_fts"] where try db.tableExists(index) {
                    try db.inTransaction {
                        do {
                            try db.execute(sql: "INSERT INTO \(index) (\(index), rank) VALUES ('integrity-check', 1)")
                        } catch let error as DatabaseError where error.resultCode == .SQLITE_CORRUPT {
                            searchIndexSound = false
                        }
                        return .rollback
                    }
                }
                return Health(integrity: integrity, brokenReferences: broken, searchIndexSound: searchIndexSound,
                              unreadable: try DamagedValue.all(in: db, limit: 100))
            }
        }
    }

    static func readingConfiguration() -> Configuration {
        var configuration = configuration()
        configuration.readonly = true
        return configuration
    }
}
