import ArgumentParser
import Foundation
import KithCore

extension Kith {
    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "export",
            abstract: "Give your network back: vCards for any address book, or Kith's JSON with everything.",
            discussion: """
                Examples:
                  kith export --out contacts.vcf                 vCard 4.0 (--vcard-version 3 for older phones)
                  kith export --format csv --tag investor --out investors.csv
                  kith export --format json --out kith.json
                Importing that file into a new database (kith import kith.json --db new.db) and exporting \
                again gives the same file, byte for byte.
                """)

        enum Format: String, ExpressibleByArgument, CaseIterable {
            case vcard, json, csv
        }

        @OptionGroup var store: StoreOptions

        @Option(help: "vcard (phones, address books), csv (spreadsheets) or json (Kith's own, everything).")
        var format: Format = .vcard
        @Option(name: .customLong("vcard-version"), parsing: .unconditional, help: "4 (default) or 3, for phones that prefer it.") var vcardVersion = 4
        @Option(help: "Only people with this tag (and you), and what lies between them.") var tag: String?
        @Option(help: ArgumentHelp("Write to this file instead of standard output.", valueName: "file")) var out: String?

        func run() throws {
            let export = ExportService(try store.reading())
            let data = switch format {
            case .json: try export.json(tag: tag)
            case .csv: try export.csv(tag: tag)
            case .vcard: Data(try export.vcard(version: "\(vcardVersion).0", tag: tag).utf8)
            }
            guard let out else { return FileHandle.standardOutput.write(data) }
            // Personal data: readable by the owner only, like the database, from the first byte.
            try PrivateFile.write(data, to: out)
        }
    }
}
