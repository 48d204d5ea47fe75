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
    private let neighbours: [Int]
    private let weights: [Double]

    /// Builds the graph; a tie listed twice keeps its greater weight, self-ties are ignored.
    public init(count: Int, edges: [Edge]) {
        self.count = count
        var degree = [Int](repeating: 0, count: count + 1)
        for edge in edges where edge.a != edge.b {
            precondition(edge.a >= 0 && edge.a < count && edge.b >= 0 && edge.b < count, "edge outside the graph")
            degree[edge.a + 1] += 1
            degree[edge.b + 1] += 1
        }
        for index in 0..<count { degree[index + 1] += degree[index] }
        var fill = degree
        var neighbours = [Int](repeating: 0, count: degree[count])
        var weights = [Double](repeating: 0, count: degree[count])
        for edge in edges where edge.a != edge.b {
            neighbours[fill[edge.a]] = edge.b
            weights[fill[edge.a]] = edge.weight
            fill[edge.a] += 1
            neighbours[fill[edge.b]] = edge.a
            weights[fill[edge.b]] = edge.weight
            fill[edge.b] += 1
        }
        offsets = degree
        self.neighbours = neighbours
        self.weights = weights
    }

    /// The people tied to `person`, each with the weight of the tie (the greatest, if repeated).
    public func neighbours(of person: Int) -> [(person: Int, weight: Double)] {
        var best: [Int: Double] = [:]
        for index in offsets[person]..<offsets[person + 1] {
            best[neighbours[index]] = max(best[neighbours[index]] ?? 0, weights[index])
        }
        return best.map { ($0.key, $0.value) }.sorted { $0.person < $1.person }
    }

    /// The people tied to both `a` and `b`: their mutual connections.
    public func mutualConnections(_ a: Int, _ b: Int) -> [Int] {
        let first = Set(neighbours(of: a).map(\.person))
        return neighbours(of: b).map(\.person).filter { first.contains($0) && $0 != a && $0 != b }
    }
}
