import GRDB

/// A deterministic, plausible network for the demo and the benchmarks: people in organisations
/// and cities, clustered ties, two years of interactions with me, introductions and commitments
/// relative to today.
public struct SampleNetwork: Sendable {
    public var people: Int
    public var seed: UInt64

    public init(people: Int, seed: UInt64 = 42) {
        self.people = people
        self.seed = seed
    }

    /// Fills the context's store, which must hold nobody but me, in one transaction; dates are
    /// spread around the context's today.
    public func generate(into context: Context) throws -> SampleSummary {
        try KithError.Setting.people.check(people, in: 1...2_000_000)
        return try context.write { db in
            let count = try Int.fetchOne(db, sql: "SELECT count(*) FROM person WHERE is_self = 0") ?? 0
            guard count == 0 else { throw KithError.refused(.notEmpty(people: count, for: .sample)) }
            var builder = SampleBuilder(db: db, people: people, seed: seed, today: context.today,
                                        me: try PersonResolver(db: db).me().id)
            return try SearchIndex.rebuildingAfter(db) { try builder.build() }
        }
    }
}
