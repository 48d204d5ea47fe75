import DequeModule
import Foundation

/// Produces elements on a second thread while the caller consumes them: an import reads and
/// parses the next cards while the database stores the last ones, which on a machine with two
/// cores takes the reading off the import's time.
///
/// The producer runs at most a few batches ahead, so memory stays that of a few hundred
/// elements. When the consumer stops early (it threw), the producer is told and stops too.
enum ReadAhead {
    /// Thrown into the producer when the consumer has stopped.
    struct Stopped: Error {}

    /// Calls `body` with every element `produce` emits, in order, on the caller's thread.
    static func forEach<Element: Sendable>(
        batchSize: Int = 256,
        produce: @escaping @Sendable (_ emit: (Element) throws -> Void) throws -> Void,
        _ body: (Element) throws -> Void
    ) throws {
        let channel = Channel<Element>(limit: 4)
        let producer = Thread {
            var batch: [Element] = []
            batch.reserveCapacity(batchSize)
            do {
                try produce { element in
                    batch.append(element)
                    if batch.count == batchSize {
                        guard channel.send(batch) else { throw Stopped() }
                        batch.removeAll(keepingCapacity: true)
                    }
                }
                if !batch.isEmpty { _ = channel.send(batch) }
                channel.finish(failure: nil)
            } catch is Stopped {
                channel.finish(failure: nil)
            } catch {
                if !batch.isEmpty { _ = channel.send(batch) }
                channel.finish(failure: error)
            }
        }
        producer.stackSize = 8 << 20
        producer.start()
        defer { channel.stop() }
        while let batch = channel.receive() {
            for element in batch { try body(element) }
        }
        // What stopped the producer stops the caller, after everything produced before it.
        if let failure = channel.failure { throw failure }
    }
}

/// A bounded queue of batches between one producer and one consumer.
///
/// `@unchecked Sendable`: every stored property is read and written only while `condition` is
/// locked, which the compiler cannot see.
private final class Channel<Element: Sendable>: @unchecked Sendable {
    private let condition = NSCondition()
    private var batches: Deque<[Element]> = []
    private var finished = false
    private var stopped = false
    private var producerFailure: (any Error)?
    private let limit: Int

    init(limit: Int) { self.limit = limit }

    /// Waits for room; false when the consumer has stopped.
    func send(_ batch: [Element]) -> Bool {
        condition.lock()
        defer { condition.unlock() }
        while batches.count >= limit && !stopped { condition.wait() }
        guard !stopped else { return false }
        batches.append(batch)
        condition.broadcast()
        return true
    }

    /// Why the producer stopped early, once it has finished.
    var failure: (any Error)? {
        condition.lock()
        defer { condition.unlock() }
        return producerFailure
    }

    func finish(failure: (any Error)?) {
        condition.lock()
        finished = true
        producerFailure = failure
        condition.broadcast()
        condition.unlock()
    }

    /// The next batch; nil when the producer has finished and everything was taken.
    func receive() -> [Element]? {
        condition.lock()
        defer { condition.unlock() }
        while batches.isEmpty && !finished { condition.wait() }
        guard let batch = batches.popFirst() else { return nil }
        condition.broadcast()
        return batch
    }

    /// The consumer is done: a waiting producer wakes and stops, and the consumer waits for it
    /// so that no thread outlives the import.
    func stop() {
        condition.lock()
        stopped = true
        condition.broadcast()
        while !finished { condition.wait() }
        condition.unlock()
    }
}
