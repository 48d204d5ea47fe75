import Foundation
import GRDB
import Testing

@Suite struct StorageCommandTests {
    let kith: KithProcess

    init() throws { kith = try KithProcess() }

    @Test func readsLeaveTheFileAsItWas() throws {
        let kith = try KithProcess()
        try kith.ok("add", "Ana Silva")
        let before = try Data(contentsOf: URL(fileURLWithPath: kith.db))
        for command in [["show", "Ana"], ["list"], ["week"], ["reach", "Ana"], ["ledger"]] {
            try kith.ok(command)
            #expect(try Data(contentsOf: URL(fileURLWithPath: kith.db)) == before, "kith \(command[0]) wrote to the file")
        }
    }

    @Test func findsTheDatabaseFromFlagEnvironmentOrXDG() throws {
        let home = kith.folder.path
        try #require(try kith.run(["add", "Default Place"], useDB: false).status == 0)
        #expect(FileManager.default.fileExists(atPath: home + "/.local/share/kith/kith.db"))
        try #require(try kith.run(["add", "Xdg Place"], useDB: false, environment: ["XDG_DATA_HOME": home + "/xdg"]).status == 0)
        #expect(FileManager.default.fileExists(atPath: home + "/xdg/kith/kith.db"))
        try #require(try kith.run(["add", "Env Place"], useDB: false, environment: ["KITH_DB": home + "/env.db"]).status == 0)
        #expect(FileManager.default.fileExists(atPath: home + "/env.db"))
        // --db beats $KITH_DB.
        try #require(try kith.run(["add", "Flag Place"], environment: ["KITH_DB": home + "/env.db"]).status == 0)
        #expect(try kith.count("person", "name = 'Flag Place'") == 1)
    }

    @Test func createsThePrivateFileOnFirstWriteOnly() throws {
        #expect(try kith.ok("list") == "Nobody matches.\n")
        #expect(!FileManager.default.fileExists(atPath: kith.db))
        try kith.ok("add", "Ana")
        let attributes = try FileManager.default.attributesOfItem(atPath: kith.db)
        #expect((attributes[.posixPermissions] as? Int) == 0o600)
    }

    @Test func refusesAFolder() throws {
        let result = try kith.run(["add", "Ana", "--db", kith.folder.path], useDB: false)
        #expect(result.status == 3)
        #expect(result.stderr == "kith: error: \(kith.folder.path) is a folder; give --db the path of a database file\n")
    }

    @Test func refusesAFileThatIsNotADatabase() throws {
        let text = String(repeating: "shopping list: eggs, milk\n", count: 100)
        try text.write(toFile: kith.db, atomically: true, encoding: .utf8)
        for arguments in [["add", "Ana"], ["list"], ["show", "Ana"]] {
            let result = try kith.run(arguments)
            #expect(result.status == 3)
            #expect(result.stderr == "kith: error: \(kith.db) is not a kith database (not SQLite, or damaged)\n")
        }
        #expect(try String(contentsOfFile: kith.db, encoding: .utf8) == text)
    }

    @Test func refusesAnUnwritablePlace() throws {
        let file = kith.folder.appendingPathComponent("plain-file").path
        try "x".write(toFile: file, atomically: true, encoding: .utf8)
        let result = try kith.run(["add", "Ana", "--db", file + "/kith.db"], useDB: false)
        #expect(result.status == 3)
        #expect(result.stderr.hasPrefix("kith: error: cannot create \(file)/kith.db: \(file) is not a folder"))
    }

    @Test func refusesADatabaseFromANewerKith() throws {
        try kith.ok("add", "Ana")
        let queue = try DatabaseQueue(path: kith.db)
        try queue.write { db in try db.execute(sql: "INSERT INTO grdb_migrations VALUES ('9999_future')") }
        let result = try kith.run("add", "Bruno")
        #expect(result.status == 3)
        #expect(result.stderr == "kith: error: \(kith.db) was written by a newer version of kith; upgrade kith to open it\n")
        #expect(try kith.count("person", "name = 'Bruno'") == 0)
    }

    @Test func concurrentWritersLoseNothing() throws {
        try kith.ok("add", "First")
        let processes = try (0..<8).map { index -> Process in
            let process = Process()
            process.executableURL = KithProcess.binary
            process.arguments = ["add", "Writer \(index)", "--tag", "busy", "--db", kith.db]
            process.standardOutput = FileHandle.nullDevice
            try process.run()
            return process
        }
        for process in processes {
            process.waitUntilExit()
            #expect(process.terminationStatus == 0)
        }
        #expect(try kith.count("person", "name LIKE 'Writer %'") == 8)
        #expect(try kith.count("person_tag") == 8)
    }

    @Test func printsVersionCompletionsAndHelp() throws {
        let version = try kith.run(["--version"], useDB: false)
        #expect(version.status == 0)
        #expect(version.stdout == "0.1.0\n")
        for shell in ["bash", "zsh", "fish"] {
            let completion = try kith.run(["--generate-completion-script", shell], useDB: false)
            #expect(completion.status == 0)
            #expect(completion.stdout.contains("kith"))
            #expect(completion.stdout.contains("sample"))
        }
        let help = try kith.run(["--help"], useDB: false)
        #expect(help.stdout.contains("SUBCOMMANDS"))
        #expect(help.stdout.contains("add"))
    }

    @Test func neverColorsWhenPipedOrWithNoColor() throws {
        try kith.ok("add", "Ana", "--strength", "4")
        for environment in [["NO_COLOR": "1"], ["NO_COLOR": ""], ["TERM": "xterm-256color"]] {
            let output = try kith.run(["show", "Ana"], environment: environment).stdout
            #expect(!output.contains("\u{1B}["), "colored output with \(environment)")
        }
    }
}
