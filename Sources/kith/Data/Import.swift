import ArgumentParser
import Foundation
import KithCore

extension Kith {
    struct Import: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "import",
            abstract: "Take contacts in: vCards, LinkedIn's Connections.csv, Google Contacts CSV, or a Kith JSON export.",
            discussion: """
                Examples:
                  kith import contacts.vcf --tag imported --dry-run
                  kith import Connections.csv --tag linkedin
                  kith import google.csv --strict
                  kith import kith.json --db new.db
                One transaction. Someone already known (the same UID, profile link, email or phone under a name \
                that agrees, or full name at the same organisation) gains what is new and is never created again.
                A record that cannot be read is left out and named, unless --strict; a file with nothing \
                readable changes nothing. The format is told from the file when --format is not given.
                """)

        @OptionGroup var store: StoreOptions

        @Argument(help: "The file to import.") var file: String
        @Option(help: "vcard, linkedin, google or json; default: told from the file.") var format: ImportFormat?
        @Option(help: "Tag everyone imported with this tag.") var tag: String?
        @Flag(name: .customLong("dry-run"), help: "Say what would be created, updated and skipped, and change nothing.")
        var dryRun = false
        @Flag(help: "Stop at the first record that cannot be read, and import nothing.") var strict = false
        /// What every import now does; kept so that scripts written for kith 0.1 still run.
        @Flag(name: .customLong("skip-invalid"), help: .hidden) var skipInvalid = false
        @Flag(help: "Print JSON.") var json = false

        func run() throws {
            guard let data = FileManager.default.contents(atPath: file) else {
                throw KithError.invalid("cannot read \(file); check the path")
            }
            let showsProgress = Terminal.errorIsInteractive
            let summary = try ImportService(dryRun ? try store.reading() : try store.writing())
                .importFile(data, file: file, format: format, tag: tag, dryRun: dryRun, strict: strict,
                            progress: showsProgress ? { done, total in Self.progress(done, total) } : nil)
            if showsProgress { Terminal.printError("\r\u{1B}[2K", newline: false) }
            if json { return try JSONOutput.print(summary) }
            print(Self.describe(summary, file: file))
            if summary.dryRun {
                // A rehearsal is for reading: say who, not only how many.
                for (verb, names, total) in [("create", summary.createdNames, summary.created),
                                             ("update", summary.updatedNames, summary.updated)] where !names.isEmpty {
                    let shown = names.prefix(20)
                    print("  would \(verb): " + shown.joined(separator: ", ")
                          + (total > shown.count ? ", and \(total - shown.count) more" : ""))
                }
            }
            for apart in summary.keptApart.prefix(20) {
                print(Terminal.yellow("  kept apart: \(apart.name) (line \(apart.line)) shares an email or phone with "
                                      + "\(apart.sharesWith.label) but not a name; 'kith merge' them if they are one person"))
            }
            for problem in summary.problems.prefix(20) { print(Terminal.yellow("  skipped \(problem)")) }
            if summary.problems.count > 20 { print(Terminal.dim("  … and \(summary.problems.count - 20) more (--json lists them all)")) }
            if !summary.dryRun && !summary.undoable {
                print(Terminal.yellow("  note: more than \(UndoService.largestRecorded) records, so kith undo cannot take this "
                                      + "import back; 'kith backup FILE' before a large import keeps a copy"))
            }
            for notice in summary.notices.prefix(20) { print(Terminal.dim("  note: \(notice)")) }
            if summary.notices.count > 20 { print(Terminal.dim("  … and \(summary.notices.count - 20) more notes (--json lists them all)")) }
        }

        static func describe(_ summary: ImportSummary, file: String) -> String {
            var parts = ["\(summary.created) created", "\(summary.updated) updated"]
            if summary.unchanged > 0 { parts.append("\(summary.unchanged) unchanged") }
            if summary.skipped > 0 { parts.append("\(summary.skipped) skipped") }
            if summary.hidden > 0 {
                parts.append("\(summary.hidden) hidden \(summary.hidden == 1 ? "connection" : "connections") skipped")
            }
            if summary.format == "json" {
                parts += ["\(summary.ties) ties", "\(summary.events) events", "\(summary.interactions) interactions",
                          "\(summary.introductions) introductions", "\(summary.commitments) commitments"]
            } else if summary.ties > 0 {
                parts.append("\(summary.ties) \(summary.ties == 1 ? "tie" : "ties") from related names")
            }
            let verb = summary.dryRun ? "Would import" : "Imported"
            return "\(verb) \(file): " + parts.joined(separator: ", ") + (summary.dryRun ? " (nothing changed)." : ".")
        }

        /// `Importing 12,000 of 100,000 contacts` on one line of the terminal, at most every 1 %.
        static func progress(_ done: Int, _ total: Int) {
            guard total >= 1000, done == total || done % max(1, total / 100) == 0 else { return }
            Terminal.printError("\rImporting \(done) of \(total) contacts (\(done * 100 / total) %)", newline: false)
        }
    }
}

extension ImportFormat: ExpressibleByArgument {}
