import Testing
@testable import KithCore

@Suite struct ReadAheadTests {
    struct Broken: Error, Equatable {}

    @Test func handsOverEveryElementInOrder() throws {
        var seen: [Int] = []
        try ReadAhead.forEach(batchSize: 7, produce: { emit in for number in 0..<1000 { try emit(number) } }) { seen.append($0) }
        #expect(seen == Array(0..<1000))
    }

    @Test func producesNothingForNothing() throws {
        var seen: [Int] = []
        try ReadAhead.forEach(produce: { (_: (Int) throws -> Void) in }) { seen.append($0) }
        #expect(seen.isEmpty)
    }

    /// A consumer that throws stops the producer, however much it had left.
    @Test func aConsumerThatStopsStopsTheProducer() {
        var seen = 0
        #expect(throws: Broken.self) {
            try ReadAhead.forEach(batchSize: 4, produce: { emit in for number in 0..<Int.max { try emit(number) } }) { number in
                seen += 1
                if number == 50 { throw Broken() }
            }
        }
        #expect(seen == 51)
    }

    /// A producer that fails hands over what it made first, then its error.
    @Test func aProducersErrorReachesTheCaller() {
        var seen: [Int] = []
        #expect(throws: Broken.self) {
            try ReadAhead.forEach(batchSize: 2, produce: { emit in
                for number in 0..<5 { try emit(number) }
                throw Broken()
            }) { seen.append($0) }
        }
        #expect(seen == [0, 1, 2, 3, 4])
    }
}
