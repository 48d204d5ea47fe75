import Testing
import KithCore
@testable import KithGraph

@Suite struct ReachTests {
    /// Me (0) knows Ana (1) and Bruno (2); Ana knows Carla (3), who knows the target Tess (5);
    /// Bruno knows Dan (4), who also knows Tess; Ana knows Tess's colleague Uma (6), a weaker target.
    let graph = Graph(count: 7, edges: [
        .init(0, 1, weight: 0.9), .init(0, 2, weight: 0.5), .init(1, 3, weight: 0.8), .init(3, 5, weight: 0.9),
        .init(2, 4, weight: 0.9), .init(4, 5, weight: 0.9), .init(1, 6, weight: 0.6),
    ])

    @Test func ranksIntroducersByTheirBestRoute() throws {
        let reach = Reach(graph: graph, source: 0, targets: [.init(person: 5, relevance: 1)], maxHops: 3)
        let suggestions = reach.introducers(limit: 5)
        #expect(suggestions.map(\.introducer) == [1, 2])
        #expect(suggestions[0].best.people == [0, 1, 3, 5])
        #expect(abs(suggestions[0].best.score - 0.9 * 0.8 * 0.8 * 0.9 * 0.8) < 1e-12)
        #expect(suggestions[1].best.people == [0, 2, 4, 5])
        #expect(reach.direct().isEmpty)
    }

    @Test func theHopLimitCutsLongChains() {
        let reach = Reach(graph: graph, source: 0, targets: [.init(person: 5, relevance: 1)], maxHops: 2)
        #expect(reach.introducers(limit: 5).isEmpty)
    }

    @Test func relevanceWeighsTargetsAndAlternativesGoThroughOtherPeople() throws {
        let reach = Reach(graph: graph, source: 0, targets: [.init(person: 5, relevance: 1), .init(person: 6, relevance: 0.5)],
                          maxHops: 3)
        let ana = try #require(reach.introducers(limit: 1, alternatives: 3).first)
        // Uma is one hop closer but half as relevant: 0.9 × 0.6 × 0.8 × 0.5 = 0.216 < 0.467.
        #expect(ana.best.target == 5)
        #expect(ana.alternatives.map(\.route.people) == [[0, 1, 6]])
        #expect(ana.onlyThrough.isEmpty)
    }

    @Test func aTargetIKnowIsDirectAndNeverItsOwnIntroducer() {
        let graph = Graph(count: 4, edges: [.init(0, 1, weight: 0.7), .init(1, 2, weight: 0.9), .init(0, 2, weight: 0.4)])
        let reach = Reach(graph: graph, source: 0, targets: [.init(person: 1, relevance: 1)], maxHops: 3)
        #expect(reach.direct().map(\.people) == [[0, 1]])
        // Through Bo (2) to Al (1); not "Al introduces you to Al" by way of Bo.
        #expect(reach.introducers(limit: 5).map(\.best.people) == [[0, 2, 1]])
    }

    @Test func introducersWhoAllGoThroughOneBridgeSaySo() {
        // Ana (1) and Bruno (2) both reach Tess (4) only through Gina (3).
        let graph = Graph(count: 5, edges: [
            .init(0, 1, weight: 0.9), .init(0, 2, weight: 0.8), .init(1, 3, weight: 0.7), .init(2, 3, weight: 0.7),
            .init(3, 4, weight: 0.9),
        ])
        let suggestions = Reach(graph: graph, source: 0, targets: [.init(person: 4, relevance: 1)], maxHops: 3)
            .introducers(limit: 5)
        #expect(suggestions.map(\.onlyThrough) == [[3], [3]])
    }

    @Test func routesNeverVisitAPersonTwiceAtFourHops() {
        // Bob (1) is my only way to Alice (2), who knows Tess (3) only through Bob: the walk
        // you → Bob → Alice → Bob → Tess is no route; you → Bob → Tess is.
        let graph = Graph(count: 4, edges: [
            .init(0, 1, weight: 0.5), .init(1, 2, weight: 1), .init(1, 3, weight: 0.1),
        ])
        let suggestions = Reach(graph: graph, source: 0, targets: [.init(person: 3, relevance: 1)], maxHops: 4)
            .introducers(limit: 5, alternatives: 3)
        #expect(suggestions.map(\.best.people) == [[0, 1, 3]])
        #expect(suggestions[0].alternatives.isEmpty)
    }

    @Test func alternativesThatMeetTheBestRouteAgainComeLastAndSaySo() throws {
        // Ana (1) reaches Tess (6) through Carla (2) → Gina (4), through Dan (3) → Gina, and
        // through Eve (5) alone: Eve's way is independent, Dan's meets the best at Gina.
        let graph = Graph(count: 7, edges: [
            .init(0, 1, weight: 1), .init(1, 2, weight: 1), .init(1, 3, weight: 1), .init(1, 5, weight: 0.3),
            .init(2, 4, weight: 1), .init(3, 4, weight: 0.9), .init(4, 6, weight: 1), .init(5, 6, weight: 0.2),
        ])
        let ana = try #require(Reach(graph: graph, source: 0, targets: [.init(person: 6, relevance: 1)], maxHops: 4)
            .introducers(limit: 1, alternatives: 2).first)
        #expect(ana.best.people == [0, 1, 2, 4, 6])
        #expect(ana.alternatives.map(\.route.people) == [[0, 1, 5, 6], [0, 1, 3, 4, 6]])
        #expect(ana.alternatives.map(\.meetsBestAt) == [[], [4]])
        #expect(ana.onlyThrough.isEmpty)
    }

    /// A route's score computed from its people, as the model defines it.
    static func score(of path: [Int], in graph: Graph, relevance: [Int: Double]) -> Double {
        var value = relevance[path[path.count - 1]] ?? 0
        for index in stride(from: path.count - 1, to: 1, by: -1) {
            value = (graph.weight(path[index - 1], path[index])! * Reach.hopPenalty) * value
        }
        return graph.weight(path[0], path[1])! * value
    }

    /// Every simple route from `source` with 2…maxHops hops that ends at a target.
    static func allRoutes(_ graph: Graph, source: Int, targets: [Int: Double], maxHops: Int) -> [[Int]] {
        var routes: [[Int]] = []
        func walk(_ path: [Int]) {
            if path.count >= 3, targets[path[path.count - 1]] != nil { routes.append(path) }
            guard path.count <= maxHops else { return }
            for (next, _) in graph.neighbours(of: path[path.count - 1]) where !path.contains(next) { walk(path + [next]) }
        }
        walk([source])
        return routes
    }

    static func close(_ a: Double, _ b: Double?) -> Bool { b.map { abs(a - $0) <= 1e-9 } ?? false }

    @Test(arguments: 0..<400)
    func matchesABruteForceEnumerationOnRandomGraphs(_ seed: Int) throws {
        var random = SeededGenerator(seed: UInt64(seed))
        let count = Int.random(in: 2...12, using: &random)
        var edges: [Graph.Edge] = []
        let density = Double.random(in: 0.15...0.6, using: &random)
        for a in 0..<count {
            for b in (a + 1)..<count where Double.random(in: 0..<1, using: &random) < density {
                edges.append(.init(a, b, weight: Double.random(in: 0.01...1, using: &random)))
            }
        }
        let graph = Graph(count: count, edges: edges)
        let source = Int.random(in: 0..<count, using: &random)
        var targets: [Int: Double] = [:]
        for _ in 0..<Int.random(in: 1...3, using: &random) {
            let person = Int.random(in: 0..<count, using: &random)
            if person != source { targets[person] = Double.random(in: 0.05...1, using: &random) }
        }
        let maxHops = Int.random(in: 1...4, using: &random)
        let reach = Reach(graph: graph, source: source, targets: targets.map { .init(person: $0.key, relevance: $0.value) },
                          maxHops: maxHops)
        let suggestions = reach.introducers(limit: count, alternatives: count)
        let routes = Self.allRoutes(graph, source: source, targets: targets, maxHops: maxHops)
        let byIntroducer = Dictionary(grouping: routes, by: { $0[1] })
        let best = byIntroducer.mapValues { $0.map { Self.score(of: $0, in: graph, relevance: targets) }.max()! }
        let ranking = best.sorted { abs($0.value - $1.value) > 1e-12 ? $0.value > $1.value : $0.key < $1.key }.map(\.key)
        #expect(suggestions.map(\.introducer) == ranking, "seed \(seed)")
        for suggestion in suggestions {
            let own = byIntroducer[suggestion.introducer] ?? []
            for route in [suggestion.best] + suggestion.alternatives.map(\.route) {
                // Every route shown is a real simple route with the score the model gives it.
                #expect(own.contains(route.people), "seed \(seed): \(route.people) is no simple route")
                #expect(Self.close(route.score, Self.score(of: route.people, in: graph, relevance: targets)), "seed \(seed)")
                let sameSecond = own.filter { $0[2] == route.people[2] }.map { Self.score(of: $0, in: graph, relevance: targets) }
                #expect(Self.close(route.score, sameSecond.max()), "seed \(seed): not the best through \(route.people[2])")
            }
            #expect(Self.close(suggestion.best.score, best[suggestion.introducer]), "seed \(seed)")
            let seconds = Set(own.map { $0[2] })
            #expect(suggestion.alternatives.count == seconds.count - 1, "seed \(seed)")
            #expect(Set(suggestion.alternatives.map(\.route.people[2]) + [suggestion.best.people[2]]) == seconds)
            // "Only through": exactly the people (not targets) on every one of their routes.
            let onEvery = own.dropFirst().reduce(Set(own[0].dropFirst(2))) { $0.intersection($1) }.filter { targets[$0] == nil }
            #expect(Set(suggestion.onlyThrough) == onEvery, "seed \(seed), introducer \(suggestion.introducer)")
        }
    }
}
