import ArgumentParser
import Foundation
import KithCore

struct Import: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Take a network in: a Kith JSON export, into a new database. One transaction: all or nothing.",
        discussion: "Example: kith import kith.json --db new.db --dry-run")

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case json
    }

    @OptionGroup var store: StoreOptions

    @Argument(help: "The file to import.") var file: String
    @Option(help: "json (Kith's own export).") var format: Format = .json
    @Flag(name: .customLong("dry-run"), help: "Say what would be imported, and change nothing.") var dryRun = false
    @Flag(help: "Print JSON.") var json = false

    func run() throws {
        guard let data = FileManager.default.contents(atPath: file) else {
            throw KithError.invalid("cannot read \(file); check the path")
        }
        let summary = try ImportService(store: dryRun ? try store.reading() : try store.writing())
            .importJSON(data, dryRun: dryRun)
        if json { return try JSONOutput.print(summary) }
        print((dryRun ? "Would import" : "Imported") + " \(summary.people) people, \(summary.ties) ties, "
              + "\(summary.events) events, \(summary.interactions) interactions, \(summary.introductions) introductions "
              + "and \(summary.commitments) commitments from \(file)" + (dryRun ? " (nothing changed)." : "."))
    }
}
