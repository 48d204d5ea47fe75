import Foundation
import GRDB
import Testing
@testable import KithCore

/// Reach on two published social networks (`Tests/Fixtures/networks`), seen from their best
/// connected member and from a member of median degree: at every cap, for people and
/// organisations, the answer equals README's model with every simple route enumerated.
@Suite struct RealNetworkReachTests {
    struct Network {
        var people: [(name: String, organization: String)] = []
        var ties: [(a: String, b: String, strength: Int)] = []

        init(_ file: String) throws {
            let text = try String(contentsOf: Fixtures.url("networks/\(file)"), encoding: .utf8)
            for line in text.split(separator: "\n") where !line.hasPrefix("#") {
                let fields = line.split(separator: " ").map(String.init)
                if fields[0] == "person" { people.append((fields[1], fields[2])) }
                if fields[0] == "tie", let strength = Int(fields[3]) { ties.append((fields[1], fields[2], strength)) }
            }
        }

        /// The best connected person, and one of median degree.
        var hubAndMedian: [String] {
            var degree: [String: Int] = [:]
            for tie in ties { degree[tie.a, default: 0] += 1; degree[tie.b, default: 0] += 1 }
            let ranked = people.map(\.name).sorted { (degree[$0] ?? 0, $1) > (degree[$1] ?? 0, $0) }
            return [ranked[0], ranked[ranked.count / 2]]
        }

        /// The network in a new store with `me` as me, and the oracle of what was written.
        func store(me: String) throws -> (Store, ReachOracle, [String: Int64]) {
            let store = try Store.empty()
            var oracle = ReachOracle()
            var ids: [String: Int64] = [:]
            try store.write { db in
                oracle.me = try Int64.fetchOne(db, sql: "SELECT id FROM person WHERE is_self = 1") ?? 1
                for person in people {
                    if person.name == me {
                        try db.execute(sql: "UPDATE person SET name = ?, organization = ? WHERE id = ?",
                                       arguments: [person.name, person.organization, oracle.me])
                        ids[person.name] = oracle.me
                    } else {
                        try db.execute(sql: "INSERT INTO person (name, organization) VALUES (?, ?)",
                                       arguments: [person.name, person.organization])
                        ids[person.name] = db.lastInsertedRowID
                    }
                    oracle.people[ids[person.name]!] = .init(id: ids[person.name]!, organization: person.organization)
                }
                for tie in ties {
                    let (a, b) = (ids[tie.a]!, ids[tie.b]!)
                    try db.execute(sql: "INSERT INTO tie (person_a, person_b, strength) VALUES (?, ?, ?)",
                                   arguments: [min(a, b), max(a, b), tie.strength])
                    oracle.ties[.init(a, b)] = .init(strength: tie.strength, source: "stated")
                }
            }
            return (store, oracle, ids)
        }
    }

    @Test(arguments: ["karate-club.txt", "les-miserables.txt"])
    func reachEqualsEveryRouteEnumerated(_ file: String) throws {
        let network = try Network(file)
        #expect(network.people.count > 30 && network.ties.count > 75)
        for me in network.hubAndMedian {
            let (store, oracle, ids) = try network.store(me: me)
            // Every person in a small network, a sample in a larger one, and two organisations.
            let step = network.people.count > 40 ? 7 : 1
            var goals = stride(from: 0, to: network.people.count, by: step).map { network.people[$0].name }
                .filter { $0 != me }.map { ("#\(ids[$0]!)", [ids[$0]!: 1.0]) }
            for organization in Set(network.people.map(\.organization)).sorted().prefix(2) {
                goals.append(("org:\(organization)", oracle.organization(organization)))
            }
            for (goal, targets) in goals {
                for maxHops in 1...4 {
                    let answer = try ReachQuery(store.context).reach(goal, maxHops: maxHops, limit: 50, alternatives: 10)
                    try ReachModelTests.check(answer, against: oracle, targets: targets, maxHops: maxHops, label: "\(file) from \(me), \(goal), cap \(maxHops)")
                }
            }
        }
    }
}

/// Reach on the sample networks Kith makes (organisations, events, calls, introductions of
/// every status, and me as a hub with a tie to a fifth of the network), read back row by row into
/// the oracle: every cap, a person two ties away, an organisation, a tag and words.
@Suite struct SampleNetworkReachTests {
    @Test(arguments: [(400, 3), (900, 11)])
    func reachEqualsEveryRouteEnumerated(_ people: Int, _ seed: Int) throws {
        let store = try Store.empty()
        _ = try SampleNetwork(people: people, seed: UInt64(seed)).generate(into: store.context)
        let oracle = try ReachOracle.reading(store, today: Store.testToday)
        let mine = oracle.ties.keys.filter { $0.low == oracle.me || $0.high == oracle.me }.count
        #expect(mine >= 40, "me is a hub")
        let far = try #require(oracle.people.values.map(\.id).sorted().first { id in
            id != oracle.me && oracle.people[id]?.archived == false && oracle.ties[.init(id, oracle.me)] == nil
        })
        let organization = try #require(oracle.people[far]?.organization)
        var goals: [(String, [Int64: Double])] = [("#\(far)", [far: 1]), ("org:\(organization)", oracle.organization(organization))]
        let tag = try #require(oracle.people.values.flatMap(\.tags).sorted().first)
        let tagged = oracle.people.values.filter { $0.tags.contains(tag) && !$0.archived }
        goals.append(("tag:\(tag)", Dictionary(uniqueKeysWithValues: tagged.map { ($0.id, 1.0) })))
        for (goal, targets) in goals {
            for maxHops in 1...4 {
                let answer = try ReachQuery(store.context).reach(goal, maxHops: maxHops, limit: 500, alternatives: 10)
                try ReachModelTests.check(answer, against: oracle, targets: targets, maxHops: maxHops,
                                          label: "sample \(people)/\(seed), \(goal), cap \(maxHops)")
            }
        }
    }
}
