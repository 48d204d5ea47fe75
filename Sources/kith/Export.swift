import ArgumentParser
import Foundation
import KithCore

struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Give your network back as Kith's JSON: every person, tie, event, interaction, introduction and promise.",
        discussion: """
            Example: kith export --format json --out kith.json
            Importing that file into a new database (kith import kith.json --db new.db) and exporting
            again gives the same file, byte for byte.
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case json
    }

    @OptionGroup var store: StoreOptions

    @Option(help: "json (Kith's own, everything).") var format: Format = .json
    @Option(help: "Only people with this tag (and you), and what lies between them.") var tag: String?
    @Option(help: ArgumentHelp("Write to this file instead of standard output.", valueName: "file")) var out: String?

    func run() throws {
        let data = try ExportService(store: try store.reading()).json(tag: tag)
        guard let out else { return FileHandle.standardOutput.write(data) }
        // Personal data: readable by the owner only, like the database.
        guard FileManager.default.createFile(atPath: out, contents: data, attributes: [.posixPermissions: 0o600]) else {
            throw KithError.invalid("cannot write \(out); check that its folder exists and is writable")
        }
    }
}
