import Foundation
import GRDB
import KithGraph

/// The part of the network a reach question needs, read from the store and handed to KithGraph:
/// the targets and everyone within `maxHops - 2` ties of them with all their ties, the ties from
/// there to people the start knows, the start's ties into all that, and the evidence behind
/// every tie. What is read grows with the neighbourhood searched, never with the network.
struct ReachNetwork {
    /// Dense graph ids to person ids, and back.
    let people: [Int64]
    let index: [Int64: Int]
    let graph: Graph
    /// The evidence of each tie, by `key(a, b)` of dense ids; contexts are filled in by
    /// `explain`, for the ties an answer shows.
    private(set) var evidence: [UInt64: TieEvidence]

    static func key(_ a: Int, _ b: Int) -> UInt64 { UInt64(min(a, b)) << 32 | UInt64(max(a, b)) }

    /// The neighbourhood of `targets` as seen from `source` (me for `reach`), with every tie's
    /// evidence as of `today`.
    static func load(source: Int64, me: Int64, targets: [Int64], maxHops: Int, today: Day,
                     in db: Database) throws -> ReachNetwork {
        var loader = ReachNetworkLoader(db: db, source: source, me: me, targets: targets, maxHops: maxHops, today: today)
        return try loader.load()
    }

    /// Fills in how the two know each other for the ties between `pairs` of dense ids: only
    /// what an answer shows is worth reading.
    mutating func explain(_ pairs: [(Int, Int)], in db: Database) throws {
        let wanted = pairs.map { (min(people[$0.0], people[$0.1]), max(people[$0.0], people[$0.1])) }
        guard !wanted.isEmpty else { return }
        let list = "[" + wanted.map { "[\($0.0),\($0.1)]" }.joined(separator: ",") + "]"
        for row in try Row.fetchAll(db, sql: """
            SELECT t.person_a, t.person_b, t.context FROM json_each(?) w
            JOIN tie t ON t.person_a = w.value ->> 0 AND t.person_b = w.value ->> 1
            WHERE t.context IS NOT NULL
            """, arguments: [list]) {
            guard let a = index[row[0]], let b = index[row[1]] else { continue }
            evidence[Self.key(a, b)]?.context = row[2]
        }
    }
}
