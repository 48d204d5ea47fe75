import GRDB
@testable import KithCore

/// Helpers shared by the core tests: a fresh store in memory and quick looks inside it.
extension Store {
    static let testToday = Day(iso: "2026-11-21")!

    static func empty() throws -> Store { try Store.inMemory() }

    /// An empty store copied from one migrated once: for tests that make hundreds of stores and
    /// do not care that they share a database identity.
    static func emptyCopy() throws -> Store {
        let queue = try DatabaseQueue(configuration: Store.configuration())
        try migrated.writer.backup(to: queue)
        return Store(writer: queue, path: nil)
    }

    private static let migrated: Store = {
        do { return try Store.inMemory() } catch { fatalError("cannot migrate a store in memory: \(error)") }
    }()

    /// This store as of the tests' fixed day.
    var context: Context { Context(store: self, today: Store.testToday) }
    var people: PeopleService { PeopleService(context) }
    var interactions: InteractionService { InteractionService(context) }
    var query: PeopleQuery { PeopleQuery(context) }
    var ties: TieService { TieService(context) }
    var introductions: IntroductionService { IntroductionService(context) }
    var commitments: CommitmentService { CommitmentService(context) }
    var ledger: LedgerQuery { LedgerQuery(context) }
    var needs: NeedService { NeedService(context) }
    var week: WeeklyListQuery { WeeklyListQuery(context) }

    /// Adds people by name and returns their ids, in order.
    func add(_ names: String...) throws -> [Int64] {
        try names.map { try people.add(NewPerson(name: $0)).person.id }
    }

    /// Runs raw SQL, for set-ups no command can make (a person added long ago).
    func execute(_ sql: String, _ arguments: StatementArguments = []) throws {
        try write { db in try db.execute(sql: sql, arguments: arguments) }
    }

    /// The first column of the first row of `sql`.
    func scalar<T: DatabaseValueConvertible>(_ sql: String, _ arguments: StatementArguments = []) throws -> T? {
        try read { db in try T.fetchOne(db, sql: sql, arguments: arguments) }
    }

    func count(_ table: String, _ condition: String = "1") throws -> Int {
        try scalar("SELECT count(*) FROM \(table) WHERE \(condition)") ?? -1
    }

    /// Every row of every user table, to show that a failed command changed nothing.
    func snapshot() throws -> [String] {
        try read { db in
            let tables = try String.fetchAll(db, sql: """
                SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'
                AND name NOT LIKE 'person_fts_%' ORDER BY name
                """)
            return try tables.flatMap { table in
                try Row.fetchAll(db, sql: "SELECT * FROM \(table.quotedDatabaseIdentifier)").map { "\(table): \($0)" }
            }
        }
    }
}
