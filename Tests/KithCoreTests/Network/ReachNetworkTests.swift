import Foundation
import KithGraph
import Testing
@testable import KithCore

/// Reading only the neighbourhood must give the answer the whole network gives.
@Suite struct ReachNetworkTests {
    /// Every simple route from me over all ties in the store, weighed by the model from stated
    /// strengths alone (the networks below have no other evidence).
    static func bruteForce(_ ties: [(Int64, Int64, Int)], me: Int64, target: Int64, maxHops: Int) -> [Int64: Double] {
        var neighbours: [Int64: [(Int64, Double)]] = [:]
        for (a, b, strength) in ties {
            let weight = TieModel.weight(TieEvidence(mine: a == me || b == me, strength: strength))
            neighbours[a, default: []].append((b, weight))
            neighbours[b, default: []].append((a, weight))
        }
        func weight(_ a: Int64, _ b: Int64) -> Double { neighbours[a]!.first { $0.0 == b }!.1 }
        var best: [Int64: Double] = [:]
        func walk(_ path: [Int64]) {
            if path.count >= 3, path.last == target {
                var value = 1.0
                for index in stride(from: path.count - 1, to: 1, by: -1) {
                    value = (weight(path[index - 1], path[index]) * Reach.hopPenalty) * value
                }
                best[path[1]] = max(best[path[1]] ?? 0, weight(path[0], path[1]) * value)
                return
            }
            guard path.count <= maxHops else { return }
            for (next, _) in neighbours[path.last!] ?? [] where !path.contains(next) { walk(path + [next]) }
        }
        walk([me])
        return best
    }

    @Test(arguments: 0..<40)
    func givesTheWholeNetworksAnswer(_ seed: Int) throws {
        var random = SeededGenerator(seed: UInt64(seed))
        let store = try Store.empty()
        let count = Int.random(in: 6...14, using: &random)
        let ids = try (0..<count).map { try store.people.add(NewPerson(name: "Person \($0)")).person.id }
        // Start from nobody: ties to me are part of the random network too.
        try store.execute("DELETE FROM tie")
        var ties: [(Int64, Int64, Int)] = []
        let people = [Int64(1)] + ids
        for a in people.indices {
            for b in people.indices where b > a && Double.random(in: 0..<1, using: &random) < 0.3 {
                let strength = Int.random(in: 1...5, using: &random)
                try store.execute("INSERT INTO tie (person_a, person_b, strength) VALUES (?, ?, ?)",
                                  [people[a], people[b], strength])
                ties.append((people[a], people[b], strength))
            }
        }
        let target = ids[Int.random(in: 0..<ids.count, using: &random)]
        let maxHops = Int.random(in: 2...4, using: &random)
        let answer = try ReachQuery(Context(store: store, today: Store.testToday))
            .reach("#\(target)", maxHops: maxHops, limit: count + 1)
        let expected = Self.bruteForce(ties, me: 1, target: target, maxHops: maxHops)
        #expect(Set(answer.introducers.map(\.introducer.id)) == Set(expected.keys), "seed \(seed)")
        for introducer in answer.introducers {
            let score = try #require(expected[introducer.introducer.id])
            #expect(abs(introducer.best.score - score) < 1e-12, "seed \(seed)")
        }
    }
}
