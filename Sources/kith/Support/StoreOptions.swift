import ArgumentParser
import Foundation
import KithCore

/// `--db`, shared by every command that touches the database.
struct StoreOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "The database file.",
        discussion: "Default: $KITH_DB, else $XDG_DATA_HOME/kith/kith.db (~/.local/share/kith/kith.db).",
        valueName: "path"))
    var db: String?

    /// The database path: `--db`, else `$KITH_DB`, else the XDG data folder. An empty `--db` or
    /// `$KITH_DB` stays empty, and the store refuses it: it must never mean the real database.
    var path: String {
        let environment = Environment.variables
        if let db { return db }
        if let db = environment["KITH_DB"] { return db }
        if let data = environment["XDG_DATA_HOME"], !data.isEmpty { return data + "/kith/kith.db" }
        return (environment["HOME"] ?? NSHomeDirectory()) + "/.local/share/kith/kith.db"
    }

    /// Opens the store for reading: a missing file reads as an empty network and is not created.
    func reading() throws -> Context {
        Context(store: try Store.open(at: path, for: .read), today: today, clockFixed: clockFixed)
    }

    /// Opens the store for writing, creating the file on first use. What the command changes is
    /// recorded for `kith undo` under the command line, unless `recorded` is false.
    func writing(recorded: Bool = true) throws -> Context {
        var store = try Store.open(at: path, for: .write)
        if recorded { store = store.recording(as: Journal(command: Invocation.text)) }
        return Context(store: store, today: today, clockFixed: clockFixed)
    }

    /// Whether `$KITH_TODAY` fixes the day.
    var clockFixed: Bool { Environment.variables["KITH_TODAY"].flatMap { Day(iso: $0) } != nil }

    /// Today, or `$KITH_TODAY` (YYYY-MM-DD) when set, so that scripts and tests can fix the date.
    var today: Day {
        if let text = Environment.variables["KITH_TODAY"], let day = Day(iso: text) { return day }
        return Day.today()
    }

    var dates: DateParser { DateParser(today: today) }

    /// A date the user typed about the past (`--on`, `--since`): `fri` is the last Friday.
    func past(_ text: String?) throws -> Day? { try text.map { try dates.parse($0, direction: .past) } }

    /// A date the user typed about the future (`--due`, `--to`): `fri` is the next Friday.
    func future(_ text: String?) throws -> Day? { try text.map { try dates.parse($0, direction: .future) } }
}
