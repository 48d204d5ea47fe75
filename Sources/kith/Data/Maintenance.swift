import ArgumentParser
import KithCore

extension Kith {
    struct Migrate: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Bring the database up to this kith's schema now (the first write would).",
            discussion: "Reads never migrate: they answer from a migrated copy in memory and leave the file as it is.")

        @OptionGroup var store: StoreOptions

        @Flag(help: "Print JSON.") var json = false

        func run() throws {
            let upgrade = try Store.upgrade(at: store.path)
            if json { return try JSONOutput.print(upgrade) }
            switch upgrade.from {
            case nil: print("Created \(store.path) at schema \(upgrade.to).")
            case upgrade.to: print("\(store.path) is up to date (schema \(upgrade.to)).")
            case let from?: print("Migrated \(store.path) from schema \(from) to \(upgrade.to).")
            }
        }
    }

    struct Backup: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Copy the database to a new file, safely, even while kith is writing to it.",
            discussion: "The copy is readable by you only. Example: kith backup ~/kith-2026-11-22.db")

        @OptionGroup var store: StoreOptions

        @Argument(help: ArgumentHelp("The new file.", valueName: "file")) var file: String

        func run() throws {
            try store.reading().store.backup(to: file)
            print("Backed up \(store.path) to \(file).")
        }
    }

    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Check that the database is sound: its pages, its references and its search index.",
            discussion: "Changes nothing. Exits 1 when something is wrong.")

        @OptionGroup var store: StoreOptions

        @Flag(help: "Print JSON.") var json = false

        func run() throws {
            let health = try Store.check(at: store.path)
            if json {
                try JSONOutput.print(health)
            } else if health.sound {
                print("\(store.path) is sound: pages, references and search index all check out.")
            } else {
                for problem in health.integrity { print("damaged: \(Terminal.visible(problem))") }
                for reference in health.brokenReferences { print("broken reference: \(reference)") }
                if !health.searchIndexSound { print("the search index does not match the people it indexes") }
                for value in health.unreadable { print("unreadable: " + KithError.damaged(value)) }
                print("Restore a backup ('kith backup' makes one) or ask for help with this file.")
            }
            if !health.sound { throw ExitCode.failure }
        }
    }
}
