/// An undirected graph of people with weighted ties, in compressed adjacency form.
///
/// People are dense integer ids `0..<count`; a tie's weight is in (0, 1], higher meaning more
/// reliable. The graph knows nothing of where its data came from.
public struct Graph: Sendable {
    public struct Edge: Equatable, Sendable {
        public var a: Int
        public var b: Int
        public var weight: Double

        public init(_ a: Int, _ b: Int, weight: Double) {
            self.a = a
            self.b = b
            self.weight = weight
        }
    }

    public let count: Int
    private let offsets: [Int]
    private let targets: [Int]
    private let weights: [Double]

    /// Builds the graph; a tie listed twice keeps its greater weight, self-ties are ignored.
    public init(count: Int, edges: [Edge]) {
        self.count = count
        var halves: [(from: Int, to: Int, weight: Double)] = []
        halves.reserveCapacity(edges.count * 2)
        for edge in edges where edge.a != edge.b {
            precondition(edge.a >= 0 && edge.a < count && edge.b >= 0 && edge.b < count, "edge outside the graph")
            halves.append((edge.a, edge.b, edge.weight))
            halves.append((edge.b, edge.a, edge.weight))
        }
        // By person, then neighbour, the heaviest first: the first of each pair is the one kept.
        halves.sort { ($0.from, $0.to, $1.weight) < ($1.from, $1.to, $0.weight) }
        var offsets = [Int](repeating: 0, count: count + 1)
        var targets: [Int] = []
        var weights: [Double] = []
        targets.reserveCapacity(halves.count)
        weights.reserveCapacity(halves.count)
        var previous: (Int, Int)?
        for half in halves where previous.map({ $0 != (half.from, half.to) }) ?? true {
            previous = (half.from, half.to)
            offsets[half.from + 1] += 1
            targets.append(half.to)
            weights.append(half.weight)
        }
        for index in 0..<count { offsets[index + 1] += offsets[index] }
        self.offsets = offsets
        self.targets = targets
        self.weights = weights
    }

    /// How many people `person` is tied to.
    public func degree(of person: Int) -> Int { offsets[person + 1] - offsets[person] }

    /// The people tied to `person`, by id, each with the weight of the tie.
    public func neighbours(of person: Int) -> [(person: Int, weight: Double)] {
        (offsets[person]..<offsets[person + 1]).map { (targets[$0], weights[$0]) }
    }

    /// Calls `body` for every tie of `person`, without building an array: for search loops.
    @inline(__always)
    public func forEachNeighbour(of person: Int, _ body: (_ neighbour: Int, _ weight: Double) -> Void) {
        for index in offsets[person]..<offsets[person + 1] { body(targets[index], weights[index]) }
    }

    /// The weight of the tie between `a` and `b`, or nil when they have none.
    public func weight(_ a: Int, _ b: Int) -> Double? {
        var low = offsets[a], high = offsets[a + 1]
        while low < high {
            let middle = (low + high) / 2
            if targets[middle] < b { low = middle + 1 } else { high = middle }
        }
        return low < offsets[a + 1] && targets[low] == b ? weights[low] : nil
    }

    /// The people tied to both `a` and `b`: their mutual connections.
    public func mutualConnections(_ a: Int, _ b: Int) -> [Int] {
        neighbours(of: b).map(\.person).filter { $0 != a && weight(a, $0) != nil }
    }
}
