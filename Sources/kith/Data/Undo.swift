import ArgumentParser
import Foundation
import KithCore

extension Kith {
    struct Undo: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "undo",
            abstract: "Put back what the last write command changed.",
            discussion: """
                Each write command (add, owe, tie, merge, rm, import…) is recorded with what it changed; \
                kith undo reverts the last one as a whole, and again the one before. It changes nothing \
                when a row was changed since by something kith did not record. The last \
                \(UndoService.commandsKept) commands are kept (an import of more than \(UndoService.largestRecorded) \
                records is not); kith forget and --clear empty the history. \
                Example: kith undo --list
                """)

        @OptionGroup var store: StoreOptions

        @Flag(help: "List the commands that can be undone, the next first, with what each changed.") var list = false
        @Flag(help: "Forget the undo history (what it holds of anyone removed goes with it).") var clear = false
        @Option(help: "With --list: how many to show.") var limit = 10
        @Flag(help: "Print JSON.") var json = false

        func validate() throws {
            if list && clear { throw ValidationError("--list and --clear go separately") }
        }

        func run() throws {
            if list { return try showList() }
            if clear {
                let count = try UndoService(try store.writing(recorded: false)).clear()
                if json { return try JSONOutput.print(["forgotten": count]) }
                return print("Undo history cleared (\(count) command\(count == 1 ? "" : "s")).")
            }
            let entry = try UndoService(try store.writing(recorded: false)).undoLast()
            if json { return try JSONOutput.print(entry) }
            print("Undid kith \(Terminal.visible(entry.command)) (\(UndoText.when(entry.doneAt, today: store.today))): "
                  + UndoText.changes(entry, reverted: true) + ".")
        }

        private func showList() throws {
            let entries = try UndoService(try store.reading()).history(limit: limit)
            if json { return try JSONOutput.print(entries) }
            guard !entries.isEmpty else { return print("Nothing to undo.") }
            var table = Table("WHEN", "COMMAND", "CHANGED")
            for entry in entries {
                let changed = UndoText.changes(entry, reverted: false) + UndoText.people(entry)
                table.append(UndoText.when(entry.doneAt, today: store.today), "kith " + Terminal.visible(entry.command),
                             entry.undoable ? changed : Terminal.dim("(before an upgrade; cannot be undone) ") + changed)
            }
            print(table.render())
            print(Terminal.dim("kith undo reverts the first line."))
        }
    }
}

/// How an undo entry reads: when, and what it changed or put back.
enum UndoText {
    /// `today 22:41`, `yesterday 09:05`, `2026-11-02 18:00`, in local time.
    static func when(_ instant: Timestamp, today: Day) -> String {
        let date = Date(timeIntervalSince1970: TimeInterval(instant.day.ordinal * 86_400 + instant.secondOfDay))
        let formatter = DateFormatter()
        formatter.dateFormat = "yyyy-MM-dd HH:mm"
        let local = formatter.string(from: date)
        let day = Day(iso: String(local.prefix(10))) ?? instant.day
        let time = String(local.suffix(5))
        switch today.ordinal - day.ordinal {
        case 0: return "today \(time)"
        case 1: return "yesterday \(time)"
        default: return local
        }
    }

    /// `added 1 person, 1 email; changed 1 tie`, or as undone: `removed 1 person, 1 email; …`.
    static func changes(_ entry: UndoEntry, reverted: Bool) -> String {
        let verbs: [(String, KeyPath<UndoChange, Int>)] = reverted
            ? [("removed", \.added), ("put back", \.changed), ("restored", \.removed)]
            : [("added", \.added), ("changed", \.changed), ("removed", \.removed)]
        let parts = verbs.compactMap { verb, count -> String? in
            let things = entry.changes.filter { $0[keyPath: count] > 0 }
                .map { "\($0[keyPath: count]) \($0[keyPath: count] == 1 ? $0.what : $0.plural)" }
            return things.isEmpty ? nil : verb + " " + things.joined(separator: ", ")
        }
        return parts.isEmpty ? "nothing" : parts.joined(separator: "; ")
    }

    /// ` · Ana Silva, Bruno Okafor and 3 more`.
    static func people(_ entry: UndoEntry) -> String {
        guard !entry.people.isEmpty else { return "" }
        let more = entry.peopleTotal - entry.people.count
        return " · " + entry.people.map(Terminal.visible).joined(separator: ", ") + (more > 0 ? " and \(more) more" : "")
    }
}
