import GRDB

/// What every part of the library works with: the open store, and the day it is. The day
/// decides what is due, overdue and how long ago; callers fix it for scripts and tests.
public struct Context: Sendable {
    public let store: Store
    public let today: Day
    /// True when `today` was fixed by the caller rather than read from the clock: then the
    /// instants stamped on rows (added, kept, changed) fall on `today` too.
    public let clockFixed: Bool

    public init(store: Store, today: Day, clockFixed: Bool = false) {
        self.store = store
        self.today = today
        self.clockFixed = clockFixed
    }

    /// Runs `body` in a read transaction.
    func read<T>(_ body: (Database) throws -> T) throws -> T { try onToday { try store.read(body) } }

    /// Runs `body` in one write transaction: all of it is written, or none; recorded for undo
    /// unless `recorded` is false.
    func write<T>(recorded: Bool = true, _ body: (Database) throws -> T) throws -> T {
        try onToday { try store.write(recorded: recorded, body) }
    }

    /// Runs `body` in one write transaction that puts rows back as recorded (`Store.writeAsRecorded`).
    func writeAsRecorded<T>(_ body: (Database) throws -> T) throws -> T { try onToday { try store.writeAsRecorded(body) } }

    /// Runs `body` in a transaction that is rolled back: what a write would do, without doing it.
    func rehearse<T>(_ body: (Database) throws -> T) throws -> T { try onToday { try store.rehearse(body) } }

    /// `work` with the stamps of a fixed clock on `today`.
    private func onToday<T>(_ work: () throws -> T) throws -> T {
        try Timestamp.$fixedDay.withValue(clockFixed ? today : nil, operation: work)
    }
}
