import Testing
@testable import KithCore

@Suite struct InteractionServiceTests {
    let store: Store

    init() throws {
        store = try Store.empty()
        _ = try store.people.add(NewPerson(name: "Ana Silva"))
        _ = try store.people.add(NewPerson(name: "Anabel Ruiz"))
    }

    @Test func metMatchesWholeWordsAndAddsTheRest() throws {
        let attendance = try store.interactions.met(at: "Rust Meetup", names: ["ana silva", "Ana", "Carla Novak"],
                                                     on: Day(iso: "2026-11-19"))
        // "Ana" is a whole word of one name only (Anabel is not Ana): Ana Silva, once.
        #expect(attendance.matched.map(\.name) == ["Ana Silva"])
        #expect(attendance.added.map(\.name) == ["Carla Novak"])
        #expect(try store.count("event", "name = 'Rust Meetup' AND date = '2026-11-19'") == 1)
        #expect(try store.count("interaction", "kind = 'met'") == 1)
        #expect(try store.count("interaction", "kind = 'event'") == 1)
        #expect(try store.count("interaction_person") == 2)
        #expect(try store.count("tie", "person_a = 1") == 3)
    }

    @Test func metRefusesALikelyTypoUnlessTheNameIsNew() throws {
        _ = try store.people.add(NewPerson(name: "Lena Fischer"))
        let before = try store.snapshot()
        let lena = try store.query.person("Lena Fischer")
        #expect(throws: KithError.refused(.lookAlike("Lena Fisher", like: [lena]))) {
            try store.interactions.met(at: "Meetup", names: ["Zoe New", "Lena Fisher"], on: nil)
        }
        #expect(try store.snapshot() == before)
        let attendance = try store.interactions.met(at: "Meetup", names: ["Zoe New", "Lena Fisher"], on: nil, allowNew: true)
        #expect(attendance.added.map(\.name) == ["Zoe New", "Lena Fisher"])
    }

    @Test func metRefusesAnAmbiguousFullName() throws {
        var namesake = NewPerson(name: "Ana Silva")
        namesake.isNew = true
        _ = try store.people.add(namesake)
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
