import Collections

/// "Who can introduce me to …?": the best routes from one person to a set of targets, grouped
/// by the first person after them, with at most `maxHops` ties per route.
///
/// A route's score is the target's relevance times the weights of its ties times
/// `hopPenalty` for every hop after the first: the most reliable chain, since nobody forwards
/// an introduction four times. The search is a dynamic programme over hop counts, walking back
/// from the targets, which is exact under a hop limit where Dijkstra on `-log w` is not; it keeps
/// for each person the two best ways on that end at different targets, so that a route never
/// "reaches" the introducer themself.
public struct Reach: Sendable {
    public static let hopPenalty = 0.8

    public struct Target: Equatable, Sendable {
        public var person: Int
        /// How well this person fits the goal, in (0, 1].
        public var relevance: Double

        public init(person: Int, relevance: Double) {
            self.person = person
            self.relevance = relevance
        }
    }

    /// One way on from a person towards a target, and how to follow it.
    private struct Way {
        var value = 0.0
        var end = -1
        /// The next person on the way, -1 at the target, or the same person for a way found
        /// with fewer hops.
        var next = -1
        var nextSlot = 0
    }

    public let graph: Graph
    public let source: Int
    public let maxHops: Int
    private let relevance: [Int: Double]
    /// `ways[level][person * 2 + slot]`: the best way from `person` to a target in at most
    /// `level` hops, never through `source`; slot 1 is the best that ends at another target.
    private let ways: [[Way]]

    public init(graph: Graph, source: Int, targets: [Target], maxHops: Int) {
        precondition(maxHops >= 1, "a route has at least one hop")
        self.graph = graph
        self.source = source
        self.maxHops = maxHops
        var relevance: [Int: Double] = [:]
        for target in targets where target.person != source && target.relevance > 0 {
            relevance[target.person] = max(relevance[target.person] ?? 0, target.relevance)
        }
        self.relevance = relevance

        var levels: [[Way]] = []
        var level = [Way](repeating: Way(), count: graph.count * 2)
        for (person, value) in relevance { level[person * 2] = Way(value: value, end: person) }
        levels.append(level)
        for _ in 0..<max(0, maxHops - 2) {
            let previous = levels[levels.count - 1]
            var next = previous
            for person in 0..<graph.count where person != source {
                var first = previous[person * 2], second = previous[person * 2 + 1]
                if first.value > 0 { first = Way(value: first.value, end: first.end, next: person, nextSlot: 0) }
                if second.value > 0 { second = Way(value: second.value, end: second.end, next: person, nextSlot: 1) }
                graph.forEachNeighbour(of: person) { neighbour, weight in
                    guard neighbour != source else { return }
                    for slot in 0..<2 {
                        let way = previous[neighbour * 2 + slot]
                        guard way.value > 0 else { continue }
                        Self.keep(Way(value: (weight * Self.hopPenalty) * way.value, end: way.end, next: neighbour,
                                      nextSlot: slot), first: &first, second: &second)
                    }
                }
                next[person * 2] = first
                next[person * 2 + 1] = second
            }
            levels.append(next)
        }
        ways = levels
    }

    /// Keeps the best way, and the best that ends at a different target.
    private static func keep(_ way: Way, first: inout Way, second: inout Way) {
        if way.value > first.value {
            if way.end != first.end { second = first }
            first = way
        } else if way.end != first.end && way.value > second.value {
            second = way
        }
    }

    /// The targets tied to the source directly, best first.
    public func direct() -> [Route] {
        graph.neighbours(of: source).compactMap { neighbour, weight in
            relevance[neighbour].map { Route(people: [source, neighbour], score: weight * $0) }
        }.sorted(by: Self.better)
    }

    /// The best introducers, each a different first person after the source, best first, each
    /// with up to `alternatives` other routes through a different second person.
    public func introducers(limit: Int, alternatives: Int = 0) -> [Suggestion] {
        guard maxHops >= 2 else { return [] }
        var ranked = Heap<RankedSuggestion>()
        for (introducer, weight) in graph.neighbours(of: source) {
            let routes = self.routes(through: introducer, weight: weight)
            guard let best = routes.first else { continue }
            let bridges = Set(routes.map(\.bridge))
            let onlyBridge = bridges.count == 1 && bridges.first != introducer ? bridges.first : nil
            ranked.insert(RankedSuggestion(suggestion: Suggestion(
                introducer: introducer, best: best, alternatives: Array(routes.dropFirst().prefix(alternatives)),
                onlyBridge: onlyBridge)))
            if ranked.count > limit { ranked.removeMin() }
        }
        var suggestions: [Suggestion] = []
        while let next = ranked.popMax() { suggestions.append(next.suggestion) }
        return suggestions
    }

    /// Every best route through `introducer`, one per second person, best first.
    func routes(through introducer: Int, weight: Double) -> [Route] {
        let level = maxHops - 2
        var routes: [Route] = []
        graph.forEachNeighbour(of: introducer) { second, secondWeight in
            guard second != source else { return }
            // A way that would end at the introducer is no introduction.
            var slot = 0
            if ways[level][second * 2].end == introducer { slot = 1 }
            let way = ways[level][second * 2 + slot]
            guard way.value > 0 else { return }
            let score = weight * ((secondWeight * Self.hopPenalty) * way.value)
            routes.append(Route(people: [source, introducer] + follow(second, level: level, slot: slot), score: score))
        }
        return routes.sorted(by: Self.better)
    }

    /// The people on the way from `person` (included) to its target.
    private func follow(_ person: Int, level: Int, slot: Int) -> [Int] {
        var people = [person]
        var (person, level, slot) = (person, level, slot)
        while true {
            let way = ways[level][person * 2 + slot]
            if way.next < 0 { return people }
            if way.next != person { people.append(way.next) }
            (person, level, slot) = (way.next, level - 1, way.nextSlot)
        }
    }

    /// Higher score first; among equals, the lower person ids, so that answers are stable.
    static func better(_ a: Route, _ b: Route) -> Bool {
        a.score != b.score ? a.score > b.score : a.people.lexicographicallyPrecedes(b.people)
    }

    private struct RankedSuggestion: Comparable {
        var suggestion: Suggestion

        static func < (a: RankedSuggestion, b: RankedSuggestion) -> Bool {
            Reach.better(b.suggestion.best, a.suggestion.best)
        }

        static func == (a: RankedSuggestion, b: RankedSuggestion) -> Bool {
            a.suggestion.best == b.suggestion.best
        }
    }
}
