import Collections

/// "Who can introduce me to …?": the best simple routes from one person to a set of targets,
/// grouped by the first person after them (the introducer), at most `maxHops` ties long.
///
/// A route's score is the target's relevance times the weights of its ties times `hopPenalty`
/// for every hop after the first, multiplied from the target back (`score(of:)`). The search is
/// exact over simple routes (nobody twice, the start never a way through) for caps up to four:
/// the two people a route has passed before its last two hops are all a way on has to avoid,
/// so keeping each person's three best next targets is enough to leave out any two of them.
public struct Reach: Sendable {
    public static let hopPenalty = 0.8
    /// The longest route searched: every cap Kith offers.
    public static let maxSupportedHops = 4

    public struct Target: Equatable, Sendable {
        public var person: Int
        /// How well this person fits the goal, in (0, 1].
        public var relevance: Double

        public init(person: Int, relevance: Double) {
            self.person = person
            self.relevance = relevance
        }
    }

    /// The rest of a route from some person on: the people after them, and the route's value
    /// from there (relevance times the weights and penalties of those hops).
    struct Way {
        var people: [Int]
        var value: Double
    }

    public let graph: Graph
    public let source: Int
    public let maxHops: Int
    /// Each person's relevance; 0 for everyone who is not a target.
    private let relevance: [Double]
    /// For each person, the three best one-hop ways to a target other than themself, best first.
    private let nextTargets: [[Way]]

    public init(graph: Graph, source: Int, targets: [Target], maxHops: Int) {
        precondition((1...Self.maxSupportedHops).contains(maxHops), "routes have one to four hops")
        self.graph = graph
        self.source = source
        self.maxHops = maxHops
        var relevance = [Double](repeating: 0, count: graph.count)
        for target in targets where target.person != source && target.relevance > 0 {
            relevance[target.person] = max(relevance[target.person], target.relevance)
        }
        self.relevance = relevance
        nextTargets = (0..<graph.count).map { person in
            var ways: [Way] = []
            graph.forEachNeighbour(of: person) { target, weight in
                guard target != source, relevance[target] > 0 else { return }
                ways.append(Way(people: [target], value: (weight * Self.hopPenalty) * relevance[target]))
            }
            return Array(ways.sorted(by: Self.betterWay).prefix(3))
        }
    }

    /// Whether `person` fits the goal.
    public func isTarget(_ person: Int) -> Bool { relevance[person] > 0 }

    /// The targets tied to the source directly, best first.
    public func direct() -> [Route] {
        graph.neighbours(of: source).compactMap { neighbour, _ in
            isTarget(neighbour) ? route([source, neighbour]) : nil
        }.sorted(by: Self.better)
    }

    /// The best introducers, each a different first person after the source, best first, each
    /// with up to `alternatives` other routes through a different second person.
    public func introducers(limit: Int, alternatives: Int = 0) -> [Suggestion] {
        guard maxHops >= 2 else { return [] }
        var memo = Memo()
        var ranked = Heap<RankedRoute>()
        for (introducer, _) in graph.neighbours(of: source) {
            guard let best = routes(through: introducer, memo: &memo).first else { continue }
            ranked.insert(RankedRoute(route: best))
            if ranked.count > limit { ranked.removeMin() }
        }
        var suggestions: [Suggestion] = []
        while let next = ranked.popMax() {
            let routes = self.routes(through: next.route.introducer, memo: &memo)
            suggestions.append(Suggestion(best: routes[0], alternatives: Self.alternatives(routes, count: alternatives),
                                          onlyThrough: onlyThrough(routes[0])))
        }
        return suggestions
    }

    /// The best route through `introducer` for each of their ties (a second person), best first.
    func routes(through introducer: Int, memo: inout Memo) -> [Route] {
        var routes: [Route] = []
        graph.forEachNeighbour(of: introducer) { second, _ in
            guard second != source, let way = bestWay(from: second, hops: maxHops - 2, avoiding: introducer, memo: &memo)
            else { return }
            routes.append(route([source, introducer, second] + way.people))
        }
        return routes.sorted(by: Self.better)
    }

    /// Other routes through the same introducer, one per second person: those that share nobody
    /// with the best route after the introducer first, then those that meet it again.
    static func alternatives(_ routes: [Route], count: Int) -> [Alternative] {
        guard let best = routes.first, count > 0 else { return [] }
        let bestMiddle = Set(best.middle)
        let others = routes.dropFirst().map { route in
            Alternative(route: route, meetsBestAt: route.middle.filter(bestMiddle.contains))
        }
        return Array((others.filter(\.meetsBestAt.isEmpty) + others.filter { !$0.meetsBestAt.isEmpty }).prefix(count))
    }

    /// The people on `route` (after its introducer, before its target, not targets themselves)
    /// whom every route through that introducer passes: without them, no target is within reach.
    func onlyThrough(_ route: Route) -> [Int] {
        route.middle.filter { !isTarget($0) && !reachesATarget(from: route.introducer, without: $0) }
    }

    /// Whether some target other than `start` is at most `maxHops - 1` ties from `start`, not
    /// counting the source or `excluded` (a shortest chain never repeats anyone).
    private func reachesATarget(from start: Int, without excluded: Int) -> Bool {
        var seen: Set<Int> = [start, source, excluded]
        var frontier = [start]
        for _ in 0..<(maxHops - 1) {
            var next: [Int] = []
            for person in frontier {
                for (neighbour, _) in graph.neighbours(of: person) where seen.insert(neighbour).inserted {
                    if isTarget(neighbour) { return true }
                    next.append(neighbour)
                }
            }
            frontier = next
        }
        return false
    }

    /// Ways already worked out at two hops, by person and the one person they avoid.
    struct Memo {
        var unconstrained: [Int: Way?] = [:]
        var avoiding: [UInt64: Way?] = [:]
    }

    /// The best way on from `person` in at most `hops` hops (none: `person` is a target), never
    /// through the source or `avoided` (the introducer before them).
    func bestWay(from person: Int, hops: Int, avoiding avoided: Int, memo: inout Memo) -> Way? {
        guard hops == 2 else { return bestWay(from: person, hops: hops, avoiding: [avoided]) }
        // The best way that avoids nobody serves every introducer not on it.
        let free: Way?
        if let known = memo.unconstrained[person] {
            free = known
        } else {
            free = bestWay(from: person, hops: 2, avoiding: [])
            memo.unconstrained[person] = free
        }
        guard let free, free.people.contains(avoided) else { return free }
        let key = UInt64(person) << 32 | UInt64(avoided)
        if let known = memo.avoiding[key] { return known }
        let way = bestWay(from: person, hops: 2, avoiding: [avoided])
        memo.avoiding[key] = way
        return way
    }

    /// The best way on from `person` in at most `hops` (0–2) hops through nobody in `avoid`.
    private func bestWay(from person: Int, hops: Int, avoiding avoid: [Int]) -> Way? {
        var best: Way? = isTarget(person) ? Way(people: [], value: relevance[person]) : nil
        func consider(_ way: Way) {
            if best.map({ Self.betterWay(way, $0) }) ?? true { best = way }
        }
        if hops == 1 {
            let excluded = avoid + [person]
            if let way = nextTargets[person].first(where: { !excluded.contains($0.people[0]) }) { consider(way) }
        } else if hops == 2 {
            graph.forEachNeighbour(of: person) { next, weight in
                guard next != source, !avoid.contains(next),
                      let rest = bestWay(from: next, hops: 1, avoiding: avoid + [person]) else { return }
                consider(Way(people: [next] + rest.people, value: (weight * Self.hopPenalty) * rest.value))
            }
            if let shorter = bestWay(from: person, hops: 1, avoiding: avoid) { consider(shorter) }
        }
        return best
    }

    /// `people` as a route, scored from the target back.
    func route(_ people: [Int]) -> Route { Route(people: people, score: score(of: people)) }

    /// A route's score as the model defines it: the target's relevance, times each tie's weight
    /// and the hop penalty from the target back to the second person, times the first tie.
    public func score(of people: [Int]) -> Double {
        var value = relevance[people[people.count - 1]]
        for index in stride(from: people.count - 1, to: 1, by: -1) {
            value = ((graph.weight(people[index - 1], people[index]) ?? 0) * Self.hopPenalty) * value
        }
        return (graph.weight(people[0], people[1]) ?? 0) * value
    }

    /// Scores this close are the same score reached by multiplying in another order.
    static func same(_ a: Double, _ b: Double) -> Bool { abs(a - b) <= 1e-12 * max(abs(a), abs(b)) }

    /// Higher score first; among equals, the lower person ids, so that answers are stable.
    public static func better(_ a: Route, _ b: Route) -> Bool {
        same(a.score, b.score) ? a.people.lexicographicallyPrecedes(b.people) : a.score > b.score
    }

    private static func betterWay(_ a: Way, _ b: Way) -> Bool {
        same(a.value, b.value) ? a.people.lexicographicallyPrecedes(b.people) : a.value > b.value
    }

    private struct RankedRoute: Comparable {
        var route: Route

        static func < (a: RankedRoute, b: RankedRoute) -> Bool { Reach.better(b.route, a.route) }
        static func == (a: RankedRoute, b: RankedRoute) -> Bool { a.route == b.route }
    }
}
