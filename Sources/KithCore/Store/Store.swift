import Foundation
import GRDB
import KithSQLiteSession

/// The user's Kith database: one SQLite file, migrated by its first write, written one
/// transaction at a time.
public struct Store: Sendable {
    let writer: any DatabaseWriter
    /// The file behind the store, or nil for a store in memory.
    public let path: String?
    /// Whether `writer` has the file open read-only.
    var readOnly = false
    /// What the changes of `write` are recorded under for undo; nil records nothing.
    private(set) var journal: Journal?

    /// What a command does with the database.
    public enum Access: Sendable {
        /// Reads only: the file is opened read-only, never created, migrated or switched to WAL.
        case read
        /// Writes: the file is created (mode 0600, folder 0700) and migrated when needed.
        case write
    }

    /// Opens the database at `path` for `access`.
    ///
    /// A read never writes: a file that does not exist, or holds nothing yet, reads as an empty
    /// network from memory; a file of an older schema is read through a migrated copy in memory,
    /// and migrated for good by the first write. A SQLite file with someone else's tables is
    /// refused either way.
    public static func open(at path: String, for access: Access) throws -> Store {
        guard !path.isEmpty else { throw KithError.storage(.noPath, path: nil) }
        var isDirectory: ObjCBool = false
        let exists = FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory)
        if exists && isDirectory.boolValue { throw KithError.storage(.isFolder, path: path) }
        if !exists {
            guard access == .write else { return try inMemory() }
            try makeFile(at: path)
        }
        return try mappingErrors(path: path, access: access) {
            access == .read ? try openForReading(path) : try openForWriting(path)
        }
    }

    private static func openForReading(_ path: String) throws -> Store {
        let configuration = readingConfiguration()
        // One connection: a kith process runs one command, and a pool's second connection
        // would parse the schema again on every start.
        let queue = try DatabaseQueue(path: path, configuration: configuration)
        switch try queue.read({ db in try SchemaState.of(db, path: path) }) {
        case .empty:
            return try inMemory()
        case .current:
            return Store(writer: queue, path: path, readOnly: true)
        case .behind:
            let copy = try DatabaseQueue(configuration: Self.configuration())
            try queue.backup(to: copy)
            try queue.close()
            let store = Store(writer: copy, path: path)
            try store.migrate()
            return store
        }
    }

    private static func openForWriting(_ path: String) throws -> Store {
        let queue = try DatabaseQueue(path: path, configuration: configuration())
        // Whose file it is is asked before anything is written to it.
        _ = try queue.read { db in try SchemaState.of(db, path: path) }
        // WAL is a property of the file, set once, so that readers go on while a write runs.
        // Asking GRDB for it on every open made each command write a transaction first.
        try queue.writeWithoutTransaction { db in
            if try String.fetchOne(db, sql: "PRAGMA journal_mode") != "wal" {
                guard try String.fetchOne(db, sql: "PRAGMA journal_mode = WAL") == "wal" else {
                    throw KithError.storage(.noWriteAheadLog, path: path)
                }
            }
        }
        let store = Store(writer: queue, path: path)
        try store.migrate()
        return store
    }

    /// An empty, migrated database in memory: for tests and for reads before the first write.
    public static func inMemory() throws -> Store {
        try mappingErrors(path: nil, access: .write) {
            let queue = try DatabaseQueue(configuration: configuration())
            let store = Store(writer: queue, path: nil)
            try store.migrate()
            return store
        }
    }

    /// Runs `body` in a read transaction, mapping SQLite errors to `KithError`.
    func read<T>(_ body: (Database) throws -> T) throws -> T {
        try namingDamage { try Store.mappingErrors(path: path, access: .read) { try writer.read(body) } }
    }

    /// The same store, recording what each write changes under `journal`, so that it can be undone.
    public func recording(as journal: Journal) -> Store {
        var store = self
        store.journal = journal
        return store
    }

    /// Runs `body` in one `BEGIN IMMEDIATE` transaction: all of it is written, or none. Unless
    /// `recorded` is false, what it changed goes into the undo history in the same transaction.
    func write<T>(recorded: Bool = true, _ body: (Database) throws -> T) throws -> T {
        try namingDamage {
            try Store.mappingErrors(path: path, access: .write) {
                try writer.write { db in
                    guard recorded, let journal else { return try body(db) }
                    return try UndoHistory.recording(db, as: journal) { try body(db) }
                }
            }
        }
    }

    /// Runs `body` in one transaction with foreign keys and triggers off, so that rows can be put
    /// back exactly as a changeset recorded them: nothing cascades and nothing fires. `body`
    /// checks the references and rebuilds what triggers keep before the transaction commits.
    func writeAsRecorded<T>(_ body: (Database) throws -> T) throws -> T {
        try namingDamage {
            try Store.mappingErrors(path: path, access: .write) {
                try writer.writeWithoutTransaction { db in
                    // Both are properties of the connection, and the pragma is ignored inside a
                    // transaction: set before it begins, put back whatever happens.
                    try db.execute(sql: "PRAGMA foreign_keys = OFF")
                    try SQLiteCall.check(kith_triggers(db.sqliteConnection, 0))
                    defer {
                        kith_triggers(db.sqliteConnection, 1)
                        try? db.execute(sql: "PRAGMA foreign_keys = ON")
                    }
                    var result: T?
                    try db.inTransaction(.immediate) {
                        result = try body(db)
                        return .commit
                    }
                    return result!
                }
            }
        }
    }

    /// Copies the write-ahead log into the file and empties it, so that the old versions of
    /// pages it held (a removed person's among them) are gone from disk too. Best effort: a
    /// reader in another process may hold the log, and then the next checkpoint does it.
    func checkpoint() {
        guard path != nil, !readOnly else { return }
        _ = try? writer.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA wal_checkpoint(TRUNCATE)") }
    }

    /// A row that would not decode becomes the stored value to blame (`KithError.damaged`), so
    /// that the user learns which one and how to fix it.
    private func namingDamage<T>(_ work: () throws -> T) throws -> T {
        do {
            return try work()
        } catch let error as KithError {
            guard case .storage(.other, _) = error,
                  let damaged = try? writer.read({ db in try DamagedValue.all(in: db) }), let first = damaged.first
            else { throw error }
            throw KithError.damaged(first, count: damaged.count)
        }
    }

    /// Runs `body` in a transaction that is rolled back: what a write would do, without doing it.
    /// A store opened for reading rehearses on a copy in memory, so that the file is not touched.
    func rehearse<T>(_ body: (Database) throws -> T) throws -> T {
        try Store.mappingErrors(path: path, access: .write) {
            var stage = writer
            if readOnly {
                let copy = try DatabaseQueue(configuration: Store.configuration())
                try writer.backup(to: copy)
                stage = copy
            }
            return try stage.writeWithoutTransaction { db in
                var result: T?
                try db.inTransaction(.immediate) {
                    result = try body(db)
                    return .rollback
                }
                return result!
            }
        }
    }

    /// SQLite's errors become `KithError`s here, at the store's edge; ours pass through.
    static func mappingErrors<T>(path: String?, access: Access, _ work: () throws -> T) throws -> T {
        do {
            return try work()
        } catch let error as KithError {
            throw error
        } catch {
            throw storageError(error, path: path ?? ":memory:", access: access)
        }
    }

    private func migrate() throws {
        var migrator = DatabaseMigrator()
        for migration in SchemaMigrations.all {
            migrator.registerMigration(migration.identifier) { db in
                try db.execute(sql: migration.sql)
            }
        }
        let superseded = try writer.read { db in
            try db.tableExists("grdb_migrations") ? try migrator.hasBeenSuperseded(db) : false
        }
        if superseded { throw KithError.newerSchema(path ?? ":memory:") }
        try migrator.migrate(writer)
    }

    static func configuration() -> Configuration {
        var configuration = Configuration()
        configuration.foreignKeysEnabled = true
        // A second kith (or a sync tool) holding the file waits its turn instead of failing.
        configuration.busyMode = .timeout(5)
        configuration.label = "kith"
        // What is deleted is overwritten, not merely unlinked: a removed person leaves no words
        // in free pages of the file.
        configuration.prepareDatabase { db in try db.execute(sql: "PRAGMA secure_delete = ON") }
        return configuration
    }

    static func makeFile(at path: String) throws {
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent().path
        let manager = FileManager.default
        var isDirectory: ObjCBool = false
        if manager.fileExists(atPath: folder, isDirectory: &isDirectory) {
            guard isDirectory.boolValue else {
                throw KithError.storage(.folderIsFile(folder), path: path)
            }
        } else {
            do {
                try manager.createDirectory(atPath: folder, withIntermediateDirectories: true,
                                            attributes: [.posixPermissions: 0o700])
            } catch {
                throw KithError.storage(.cannotCreateFolder(folder), path: path)
            }
        }
        // Personal data: readable by the owner only, from the first byte. SQLite gives the
        // -wal and -shm files the same mode.
        let descriptor = Foundation.open(path, O_WRONLY | O_CREAT | O_EXCL, 0o600)
        guard descriptor >= 0 else {
            let reason = String(cString: strerror(errno))
            throw KithError.storage(.cannotCreate(reason.lowercased()), path: path)
        }
        close(descriptor)
    }

    static func storageError(_ error: any Error, path: String, access: Access) -> KithError {
        guard let error = error as? DatabaseError else { return .storage(.other(error.localizedDescription), path: path) }
        let fault: KithError.StorageFault = switch error.resultCode {
        case .SQLITE_NOTADB, .SQLITE_CORRUPT: .notADatabase
        case .SQLITE_CANTOPEN, .SQLITE_PERM, .SQLITE_READONLY, .SQLITE_AUTH: access == .read ? .cannotRead : .cannotWrite
        case .SQLITE_FULL: .diskFull
        case .SQLITE_BUSY, .SQLITE_LOCKED: .busy
        case .SQLITE_IOERR: .ioError
        default: .other((error.message ?? "database error").lowercased())
        }
        return .storage(fault, path: path)
    }
}
