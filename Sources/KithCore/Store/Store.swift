import Foundation
import GRDB

/// The user's Kith database: one SQLite file, migrated on open, written one transaction at a time.
public struct Store: Sendable {
    let writer: any DatabaseWriter
    /// The file behind the store, or nil for a store in memory.
    public let path: String?

    /// Opens the database at `path`, creating it (mode 0600, folder 0700) when `create` is true.
    ///
    /// A read on a file that does not exist yet answers from an empty store in memory, so that
    /// reading never leaves a file behind.
    public static func open(at path: String, create: Bool) throws -> Store {
        let manager = FileManager.default
        var isDirectory: ObjCBool = false
        let exists = manager.fileExists(atPath: path, isDirectory: &isDirectory)
        if exists && isDirectory.boolValue {
            throw KithError.storage(.isFolder, path: path)
        }
        if !exists {
            guard create else { return try inMemory() }
            try makeFile(at: path)
        }
        return try mappingErrors(path: path) {
            // One connection: a kith process runs one command, and a pool's second connection
            // would parse the schema again on every start. WAL still lets other processes read
            // while this one writes.
            var configuration = configuration()
            configuration.prepareDatabase { db in
                // WAL is a property of the file, set once. Asking GRDB for it on every open made
                // each command, even a read, write a transaction first (GRDB's wal-file guard);
                // reading the mode costs nothing.
                if try String.fetchOne(db, sql: "PRAGMA journal_mode") != "wal" {
                    guard try String.fetchOne(db, sql: "PRAGMA journal_mode = WAL") == "wal" else {
                        throw KithError.storage(.noWriteAheadLog, path: path)
                    }
                }
            }
            let queue = try DatabaseQueue(path: path, configuration: configuration)
            let store = Store(writer: queue, path: path)
            try store.migrate()
            return store
        }
    }

    /// An empty, migrated database in memory: for tests and for reads before the first write.
    public static func inMemory() throws -> Store {
        try mappingErrors(path: nil) {
            let queue = try DatabaseQueue(configuration: configuration())
            let store = Store(writer: queue, path: nil)
            try store.migrate()
            return store
        }
    }

    /// Runs `body` in a read transaction, mapping SQLite errors to `KithError`.
    func read<T>(_ body: (Database) throws -> T) throws -> T {
        try Store.mappingErrors(path: path) { try writer.read(body) }
    }

    /// Runs `body` in one `BEGIN IMMEDIATE` transaction: all of it is written, or none.
    func write<T>(_ body: (Database) throws -> T) throws -> T {
        try Store.mappingErrors(path: path) { try writer.write(body) }
    }

    /// Runs `body` in a transaction that is rolled back: what a write would do, without doing it.
    func rehearse<T>(_ body: (Database) throws -> T) throws -> T {
        try Store.mappingErrors(path: path) {
            try writer.writeWithoutTransaction { db in
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
    private static func mappingErrors<T>(path: String?, _ work: () throws -> T) throws -> T {
        do {
            return try work()
        } catch let error as KithError {
            throw error
        } catch {
            throw storageError(error, path: path ?? ":memory:")
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

    private static func configuration() -> Configuration {
        var configuration = Configuration()
        configuration.foreignKeysEnabled = true
        // A second kith (or a sync tool) holding the file waits its turn instead of failing.
        configuration.busyMode = .timeout(5)
        configuration.label = "kith"
        return configuration
    }

    private static func makeFile(at path: String) throws {
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

    static func storageError(_ error: any Error, path: String) -> KithError {
        guard let error = error as? DatabaseError else { return .storage(.other(error.localizedDescription), path: path) }
        let fault: KithError.StorageFault = switch error.resultCode {
        case .SQLITE_NOTADB, .SQLITE_CORRUPT: .notADatabase
        case .SQLITE_CANTOPEN, .SQLITE_PERM, .SQLITE_READONLY, .SQLITE_AUTH: .cannotWrite
        case .SQLITE_FULL: .diskFull
        case .SQLITE_BUSY, .SQLITE_LOCKED: .busy
        case .SQLITE_IOERR: .ioError
        default: .other((error.message ?? "database error").lowercased())
        }
        return .storage(fault, path: path)
    }
}
