import Testing
@testable import KithCore

@Suite struct CommitmentServiceTests {
    let store: Store

    init() throws {
        store = try Store.empty()
        _ = try store.add("Ana Silva", "Bruno Okafor")
    }

    @Test func recordsPromisesBothWays() throws {
        let mine = try store.commitments.promise("Ana", " send the deck ", due: Day(iso: "2026-11-27"), owedByMe: true)
        #expect((mine.person.name, mine.what, mine.owedByMe, mine.status) == ("Ana Silva", "send the deck", true, .open))
        let theirs = try store.commitments.promise("Bruno", "his investor list", due: nil, owedByMe: false)
        #expect(!theirs.owedByMe)
        #expect(theirs.due == nil)
        #expect(mine.daysOverdue(on: Store.testToday) == -6)
    }

    @Test func doneDropAndSnoozeOnlyTouchOpenCommitments() throws {
        let deck = try store.commitments.promise("Ana", "send the deck", due: Day(iso: "2026-11-14"), owedByMe: true)
        let coffee = try store.commitments.promise("Ana", "coffee", due: nil, owedByMe: true)
        let snoozed = try store.commitments.snooze(deck.id, to: Day(iso: "2026-12-01")!)
        #expect(snoozed.due?.description == "2026-12-01")
        let done = try store.commitments.close(deck.id, as: .done)
        #expect(done.status == .done)
        #expect(done.doneAt != nil)
        #expect(try store.commitments.close(coffee.id, as: .dropped).status == .dropped)

        let before = try store.snapshot()
        #expect(throws: KithError.invalid("commitment #2 is already dropped; only an open one can be marked done")) {
            try store.commitments.close(coffee.id, as: .done)
        }
        #expect(throws: KithError.invalid("commitment #1 is already done; only an open one can be dropped")) {
            try store.commitments.close(deck.id, as: .dropped)
        }
        #expect(throws: KithError.invalid("commitment #1 is done; only an open one can be snoozed")) {
            try store.commitments.snooze(deck.id, to: Day(iso: "2026-12-24")!)
        }
        #expect(throws: KithError.recordNotFound(.commitment, id: 7)) {
            try store.commitments.close(7, as: .done)
        }
        #expect(try store.snapshot() == before)
    }

    @Test func refusesASnoozeIntoThePastAndPromisesToMyself() throws {
        let deck = try store.commitments.promise("Ana", "send the deck", due: nil, owedByMe: true)
        let before = try store.snapshot()
        #expect(throws: KithError.invalid("2026-11-20 is in the past; snooze to today or a later date")) {
            try store.commitments.snooze(deck.id, to: Day(iso: "2026-11-20")!)
        }
        #expect(throws: KithError.self) { try store.commitments.promise("me", "rest", due: nil, owedByMe: true) }
        #expect(throws: KithError.self) { try store.commitments.promise("Ana", "  ", due: nil, owedByMe: true) }
        #expect(try store.snapshot() == before)
    }

    @Test func listsOpenOnesFirstByDueDate() throws {
        _ = try store.commitments.promise("Ana", "undated", due: nil, owedByMe: true)
        _ = try store.commitments.promise("Ana", "later", due: Day(iso: "2026-12-10"), owedByMe: true)
        _ = try store.commitments.promise("Bruno", "sooner", due: Day(iso: "2026-11-25"), owedByMe: false)
        let kept = try store.commitments.promise("Bruno", "kept", due: Day(iso: "2026-11-01"), owedByMe: true)
        _ = try store.commitments.close(kept.id, as: .done)
        var filter = CommitmentFilter()
        #expect(try store.commitments.list(filter).map(\.what) == ["sooner", "later", "undated", "kept"])
        filter.openOnly = true
        #expect(try store.commitments.list(filter).map(\.what) == ["sooner", "later", "undated"])
        filter.owedByMe = false
        #expect(try store.commitments.list(filter).map(\.what) == ["sooner"])
        filter = CommitmentFilter()
        filter.person = "Bruno"
        #expect(try store.commitments.list(filter).map(\.what) == ["sooner", "kept"])
    }
}
