import Foundation
import GRDB
import Testing

/// Runs the built `kith` binary on a temporary database, as a user would from a shell.
struct KithProcess {
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    let folder: URL
    let db: String
    /// A fixed date, so that relative dates in the output are stable.
    var today = "2026-11-21"

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("kith-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        db = folder.appendingPathComponent("kith.db").path
    }

    /// The binary next to this test bundle (`swift test` builds it first).
    static let binary: URL = {
        if let path = ProcessInfo.processInfo.environment["KITH_BINARY"] { return URL(fileURLWithPath: path) }
        var folder = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        for _ in 0..<4 {
            let candidate = folder.appendingPathComponent("kith")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            folder.deleteLastPathComponent()
        }
        return Bundle.main.bundleURL.appendingPathComponent("kith")
    }()

    /// Runs `kith ARGUMENTS --db <temporary>` (or without `--db` when `useDB` is false).
    @discardableResult
    func run(_ arguments: [String], useDB: Bool = true, environment: [String: String] = [:],
             input: String? = nil) throws -> Result {
        let process = Process()
        process.executableURL = Self.binary
        process.arguments = arguments + (useDB ? ["--db", db] : [])
        var env = ProcessInfo.processInfo.environment
        env["KITH_DB"] = nil
        env["XDG_DATA_HOME"] = nil
        env["HOME"] = folder.path
        env["NO_COLOR"] = "1"
        // Output is compared whole: no width to fit unless a test sets one.
        env["COLUMNS"] = nil
        env["KITH_TODAY"] = today
        for (key, value) in environment { env[key] = value }
        process.environment = env
        let out = Pipe(), err = Pipe(), inPipe = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = inPipe
        try process.run()
        if let input { inPipe.fileHandleForWriting.write(Data(input.utf8)) }
        try inPipe.fileHandleForWriting.close()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
                      stderr: String(decoding: stderr, as: UTF8.self))
    }

    func run(_ arguments: String...) throws -> Result { try run(arguments) }

    /// Runs kith on a pseudo-terminal (through util-linux `script`), typing `input`: for what
    /// kith does only when a person is at the keyboard.
    func runOnTerminal(_ arguments: [String], input: String, environment: [String: String] = [:]) throws -> Result {
        let quoted = ([Self.binary.path] + arguments + ["--db", db])
            .map { "'" + $0.replacingOccurrences(of: "'", with: "'\\''") + "'" }.joined(separator: " ")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/script")
        process.arguments = ["-qec", quoted, "/dev/null"]
        var env = ProcessInfo.processInfo.environment
        env["NO_COLOR"] = "1"
        env["KITH_TODAY"] = today
        for (key, value) in environment { env[key] = value }
        process.environment = env
        let out = Pipe(), inPipe = Pipe()
        process.standardOutput = out
        process.standardError = out
        process.standardInput = inPipe
        try process.run()
        inPipe.fileHandleForWriting.write(Data(input.utf8))
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        try inPipe.fileHandleForWriting.close()
        return Result(status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self), stderr: "")
    }

    /// Runs a command that must succeed, and returns its standard output.
    @discardableResult
    func ok(_ arguments: String..., sourceLocation: SourceLocation = #_sourceLocation) throws -> String {
        try ok(arguments, sourceLocation: sourceLocation)
    }

    @discardableResult
    func ok(_ arguments: [String], sourceLocation: SourceLocation = #_sourceLocation) throws -> String {
        let result = try run(arguments)
        #expect(result.status == 0, "kith \(arguments.joined(separator: " ")) failed: \(result.stderr)",
                sourceLocation: sourceLocation)
        return result.stdout
    }

    /// Runs a command that must fail as a user error: exit 1, one line on stderr (exactly
    /// `message` when given, else any `kith: error: …`), nothing on stdout, the database unchanged.
    func refuses(_ arguments: [String], _ message: String? = nil,
                 sourceLocation: SourceLocation = #_sourceLocation) throws {
        let before = try fingerprint()
        let result = try run(arguments)
        #expect(result.status == 1, "kith \(arguments.joined(separator: " ")) exited \(result.status)",
                sourceLocation: sourceLocation)
        if let message {
            #expect(result.stderr == message, sourceLocation: sourceLocation)
        } else {
            #expect(result.stderr.hasPrefix("kith: error: ") && result.stderr.split(separator: "\n").count == 1,
                    "\(result.stderr)", sourceLocation: sourceLocation)
        }
        #expect(result.stdout.isEmpty, sourceLocation: sourceLocation)
        #expect(try fingerprint() == before, "kith \(arguments.joined(separator: " ")) changed the database",
                sourceLocation: sourceLocation)
    }

    /// Runs a command with `--json` and decodes its output.
    func json(_ arguments: String...) throws -> Any { try json(arguments) }

    func json(_ arguments: [String]) throws -> Any {
        let result = try run(arguments + ["--json"])
        #expect(result.status == 0, "\(result.stderr)")
        return try JSONSerialization.jsonObject(with: Data(result.stdout.utf8))
    }

    /// Writes a file into the temporary folder (an import to test) and returns its path.
    func write(_ name: String, _ data: Data) throws -> String {
        let url = folder.appendingPathComponent(name)
        try data.write(to: url)
        return url.path
    }

    func write(_ name: String, _ text: String) throws -> String { try write(name, Data(text.utf8)) }

    /// Reads the database directly, bypassing kith.
    func query<T: DatabaseValueConvertible>(_ sql: String) throws -> T? {
        let queue = try DatabaseQueue(path: db)
        return try queue.read { db in try T.fetchOne(db, sql: sql) }
    }

    /// Writes the database directly, for set-ups no command makes.
    func execute(_ sql: String) throws {
        try DatabaseQueue(path: db).write { db in try db.execute(sql: sql) }
    }

    func count(_ table: String, _ condition: String = "1") throws -> Int {
        try query("SELECT count(*) FROM \(table) WHERE \(condition)") ?? -1
    }

    /// Every row of every table, to prove a failed command changed nothing.
    func fingerprint() throws -> String {
        let queue = try DatabaseQueue(path: db)
        return try queue.read { db in
            let tables = try String.fetchAll(db, sql: """
                SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'
                AND name NOT LIKE 'person_fts_%' ORDER BY name
                """)
            return try tables.map { table in
                try Row.fetchAll(db, sql: "SELECT * FROM \(table.quotedDatabaseIdentifier)").description
            }.joined(separator: "\n")
        }
    }
}
