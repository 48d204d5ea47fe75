import Testing
@testable import KithCore

@Suite struct IntroductionServiceTests {
    let store: Store

    init() throws {
        store = try Store.empty()
        _ = try store.add("Ana Silva", "Bruno Okafor", "Carla Novak")
    }

    @Test func anIntroductionIMadeIsGivenAndTiesTheTwo() throws {
        var new = NewIntroduction("Ana", "Carla")
        new.purpose = "hiring"
        new.date = Day(iso: "2026-11-01")
        let introduction = try store.introductions.introduce(new)
        #expect(introduction.direction == .given)
        #expect(introduction.introducer?.id == 1)
        #expect((introduction.status, introduction.purpose, introduction.date.description) == (.made, "hiring", "2026-11-01"))
        let tie = try #require(try store.ties.ties(of: "Ana").first { $0.personB.name == "Carla Novak" })
        #expect((tie.source, tie.context, tie.since?.description) == (.introduction, "introduced by you", "2026-11-01"))
    }

    @Test func anIntroductionByOthersToMeIsReceived() throws {
        let introduction = try store.introductions.introduce(NewIntroduction("Carla", "me", by: "Bruno"))
        #expect(introduction.direction == .received)
        // Me first, so person_b is whom I was introduced to.
        #expect(introduction.personA.id == 1)
        #expect(introduction.personB.name == "Carla Novak")
        #expect(try store.count("tie", "person_a = 3 AND person_b = 4 AND source = 'introduction'") == 1)

        let between = try store.introductions.introduce(NewIntroduction("Ana", "Carla", by: "Bruno"))
        #expect(between.direction == .others)
    }

    @Test func aRequestTiesNobodyUntilItIsMade() throws {
        let request = try store.introductions.introduce(NewIntroduction("Ana", "Carla", by: "Bruno", status: .requested))
        #expect(try store.count("tie", "person_a = 2 AND person_b = 4") == 0)
        let made = try store.introductions.update(request.id, status: .made, outcome: nil, on: Day(iso: "2026-11-20"))
        #expect((made.status, made.date.description) == (.made, "2026-11-20"))
        #expect(try store.count("tie", "person_a = 2 AND person_b = 4 AND source = 'introduction'") == 1)
        // The introducer evidently knows both.
        #expect(try store.count("tie", "person_a = 3 AND person_b = 4") == 1)
        let outcome = try store.introductions.update(request.id, status: nil, outcome: "coffee next week", on: nil)
        #expect(outcome.outcome == "coffee next week")
        #expect(outcome.date.description == "2026-11-20")
    }

    @Test func aMadeIntroductionStrengthensATieThatExists() throws {
        _ = try store.ties.tie("Ana", "Carla", strength: 3, context: "same gym", since: nil)
        _ = try store.introductions.introduce(NewIntroduction("Ana", "Carla", status: .declined))
        #expect(try store.scalar("SELECT strength FROM tie WHERE person_a = 2 AND person_b = 4") == 3)
        _ = try store.introductions.introduce(NewIntroduction("Ana", "Carla"))
        let tie = try #require(try store.ties.ties(of: "Ana").first { $0.personB.name == "Carla Novak" })
        // What the user stated stays; the introduction adds a step of strength.
        #expect((tie.strength, tie.context, tie.source) == (4, "same gym", .stated))
    }

    @Test func refusesWhatIsNotAnIntroduction() throws {
        let before = try store.snapshot()
        #expect(throws: KithError.refused(.introduceYourself)) {
            try store.introductions.introduce(NewIntroduction("me", "Ana"))
        }
        #expect(throws: KithError.invalid("Ana Silva cannot introduce themself; name the two people they introduced")) {
            try store.introductions.introduce(NewIntroduction("Ana", "Bruno", by: "Ana"))
        }
        #expect(throws: KithError.self) { try store.introductions.introduce(NewIntroduction("Ana", "ana silva")) }
        #expect(throws: KithError.recordNotFound(.introduction, id: 9)) {
            try store.introductions.update(9, status: .made, outcome: nil, on: nil)
        }
        #expect(throws: KithError.self) { try store.introductions.update(9, status: nil, outcome: nil, on: nil) }
        #expect(try store.snapshot() == before)
    }

    @Test func listsByDirectionOpennessAndPerson() throws {
        _ = try store.introductions.introduce(NewIntroduction("Ana", "Carla"))
        _ = try store.introductions.introduce(NewIntroduction("me", "Carla", by: "Bruno", status: .requested))
        _ = try store.introductions.introduce(NewIntroduction("Ana", "Bruno", by: "Carla", status: .declined))
        var filter = IntroductionFilter()
        #expect(try store.introductions.list(filter).count == 3)
        filter.direction = .given
        #expect(try store.introductions.list(filter).map(\.id) == [1])
        filter.direction = .received
        #expect(try store.introductions.list(filter).map(\.id) == [2])
        filter.direction = .others
        #expect(try store.introductions.list(filter).map(\.id) == [3])
        filter = IntroductionFilter()
        filter.openOnly = true
        #expect(try store.introductions.list(filter).map(\.id) == [2])
        filter = IntroductionFilter()
        filter.person = "Bruno"
        #expect(try store.introductions.list(filter).map(\.id) == [3, 2])
    }
}
