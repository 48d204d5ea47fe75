import Testing
@testable import KithGraph

@Suite struct GraphTests {
    let graph = Graph(count: 5, edges: [
        .init(0, 1, weight: 0.5), .init(0, 2, weight: 0.9), .init(1, 2, weight: 0.3), .init(2, 3, weight: 1),
        .init(1, 0, weight: 0.7), .init(4, 4, weight: 1),
    ])

    @Test func listsNeighboursWithTheirBestWeight() {
        #expect(graph.neighbours(of: 0).map(\.person) == [1, 2])
        #expect(graph.neighbours(of: 0).first?.weight == 0.7)
        #expect(graph.neighbours(of: 4).isEmpty)
    }

    @Test func findsMutualConnections() {
        #expect(graph.mutualConnections(0, 1) == [2])
        #expect(graph.mutualConnections(0, 3) == [2])
        #expect(graph.mutualConnections(3, 4) == [])
    }
}
