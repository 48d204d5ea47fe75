import Testing
@testable import KithCore

@Suite struct InteractionServiceTests {
    let store: Store

    init() throws {
        store = try Store.empty()
        _ = try store.people.add(NewPerson(name: "Ana Silva"))
        _ = try store.people.add(NewPerson(name: "Anabel Ruiz"))
    }

    @Test func metMatchesFullNamesAndAddsTheRest() throws {
        let attendance = try store.interactions.met(at: "Rust Meetup", names: ["ana silva", "Ana", "Carla Novak"],
                                                     on: Day(iso: "2026-11-19"))
        #expect(attendance.matched.map(\.name) == ["Ana Silva"])
        // "Ana" is not a full name anyone has: a new person, not a guess at Ana Silva.
        #expect(attendance.added.map(\.name) == ["Ana", "Carla Novak"])
        #expect(try store.count("event", "name = 'Rust Meetup' AND date = '2026-11-19'") == 1)
        #expect(try store.count("interaction", "kind = 'met'") == 1)
        #expect(try store.count("interaction", "kind = 'event'") == 1)
        #expect(try store.count("interaction_person") == 3)
        #expect(try store.count("tie", "person_a = 1") == 4)
    }

    @Test func metRefusesAnAmbiguousFullName() throws {
        _ = try store.people.add(NewPerson(name: "Ana Silva"))
        let before = try store.snapshot()
        #expect(throws: KithError.self) {
            try store.interactions.met(at: "Meetup", names: ["Zoe New", "Ana Silva"], on: nil)
        }
        #expect(try store.snapshot() == before)
    }

    @Test func logRecordsOneInteractionWithEveryone() throws {
        let logged = try store.interactions.log(.call, with: ["Ana Silva", "Anabel"], on: nil, note: " catch-up ")
        #expect(logged.date == Store.testToday)
        #expect(logged.note == "catch-up")
        #expect(logged.people.map(\.name) == ["Ana Silva", "Anabel Ruiz"])
        #expect(try store.count("interaction_person", "interaction_id = \(logged.id)") == 2)
        #expect(throws: KithError.self) { try store.interactions.log(.call, with: ["me"], on: nil, note: nil) }
        #expect(throws: KithError.self) { try store.interactions.log(.call, with: [], on: nil, note: nil) }
    }
}
