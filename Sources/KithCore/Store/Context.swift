import GRDB

/// What every part of the library works with: the open store, and the day it is. The day
/// decides what is due, overdue and how long ago; callers fix it for scripts and tests.
public struct Context: Sendable {
    public let store: Store
    public let today: Day

    public init(store: Store, today: Day) {
        self.store = store
        self.today = today
    }

    /// Runs `body` in a read transaction.
    func read<T>(_ body: (Database) throws -> T) throws -> T { try store.read(body) }

    /// Runs `body` in one write transaction: all of it is written, or none.
    func write<T>(_ body: (Database) throws -> T) throws -> T { try store.write(body) }

    /// Runs `body` in a transaction that is rolled back: what a write would do, without doing it.
    func rehearse<T>(_ body: (Database) throws -> T) throws -> T { try store.rehearse(body) }
}
