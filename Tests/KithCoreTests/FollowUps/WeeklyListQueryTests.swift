import Testing
@testable import KithCore

/// The weekly list on Saturday 2026-11-21 (`Store.testToday`), section by section.
@Suite struct WeeklyListQueryTests {
    let store: Store

    init() throws {
        store = try Store.empty()
        _ = try store.add("Ana Silva", "Bruno Okafor", "Carla Novak", "Dan Archived", "Eve Quiet")
        for (person, tags) in [("Ana", ["friend"]), ("Bruno", ["friend"]), ("Carla", ["friend", "mentor"]),
                               ("Dan", ["friend"])] {
            _ = try store.people.retag(person, tags.map(TagChange.add))
        }
        _ = try TagService(store.context).setCadence("friend", days: 30)
        _ = try TagService(store.context).setCadence("mentor", days: 60)
        var own = PersonChanges()
        own.cadenceDays = 14
        _ = try store.people.edit("Bruno", own)
        var archived = PersonChanges()
        archived.archived = true
        _ = try store.people.edit("Dan", archived)
        // Carla was added a while ago and nothing is logged with her.
        try store.execute("UPDATE person SET created_at = '2026-10-25T10:00:00Z' WHERE name = 'Carla Novak'")
        try store.execute("UPDATE person SET created_at = '2026-01-01T10:00:00Z' WHERE name = 'Dan Archived'")
        _ = try store.interactions.log(.meal, with: ["Ana"], on: Day(iso: "2026-10-01"), note: nil)
        _ = try store.interactions.log(.call, with: ["Bruno"], on: Day(iso: "2026-11-01"), note: nil)
    }

    @Test func keepInTouchUsesTheOwnCadenceElseTheShortestTagsAndSkipsTheArchived() throws {
        let list = try store.week.list()
        #expect(list.keepInTouch.map(\.person.name) == ["Ana Silva", "Bruno Okafor", "Carla Novak"])
        let ana = list.keepInTouch[0], bruno = list.keepInTouch[1], carla = list.keepInTouch[2]
        #expect((ana.cadenceDays, ana.cadenceTag, ana.lastContact?.description, ana.daysSince) == (30, "friend", "2026-10-01", 51))
        #expect((ana.due.description, ana.daysOverdue) == ("2026-10-31", 21))
        // Her own 14 days win over the friend tag's 30.
        #expect((bruno.cadenceDays, bruno.cadenceTag, bruno.daysOverdue) == (14, nil, 6))
        // Never contacted: the clock runs from when she was added; friend (30) is shorter than mentor (60).
        #expect((carla.cadenceDays, carla.cadenceTag, carla.lastContact, carla.since.description) == (30, "friend", nil, "2026-10-25"))
        #expect((carla.due.description, carla.daysOverdue) == ("2026-11-24", -3))
        #expect(list.keepInTouchTotal == 3)
    }

    @Test func loggingACallResetsTheClock() throws {
        _ = try store.interactions.log(.call, with: ["Ana"], on: Day(iso: "2026-11-20"), note: nil)
        #expect(try store.week.list().keepInTouch.map(\.person.name) == ["Bruno Okafor", "Carla Novak"])
        // So does meeting her at an event, or any other kind.
        _ = try store.interactions.met(at: "Climate Breakfast", names: ["Carla Novak"], on: Day(iso: "2026-11-19"))
        #expect(try store.week.list().keepInTouch.map(\.person.name) == ["Bruno Okafor"])
    }

    @Test func equallyOverdueStrongerTiesComeFirstAndTheLimitCounts() throws {
        _ = try store.add("Zoe Close")
        _ = try store.people.retag("Zoe", [.add("friend")])
        _ = try store.ties.tie("me", "Zoe", strength: 5, context: nil, since: nil)
        _ = try store.interactions.log(.call, with: ["Zoe"], on: Day(iso: "2026-10-01"), note: nil)
        let list = try store.week.list(limit: 2)
        #expect(list.keepInTouch.map(\.person.name) == ["Zoe Close", "Ana Silva"])
        #expect(list.keepInTouchTotal == 4)
    }

    @Test func sortsPromisesIntoOverdueDueAndOwedToMe() throws {
        let promises: [(String, String, String?, Bool)] = [
            ("Ana", "overdue deck", "2026-11-14", true), ("Ana", "due report", "2026-11-25", true),
            ("Ana", "next month", "2026-12-20", true), ("Ana", "someday", nil, true),
            ("Bruno", "late list", "2026-11-18", false), ("Bruno", "soon tickets", "2026-11-26", false),
            ("Bruno", "far draft", "2026-12-10", false),
        ]
        for (person, what, due, mine) in promises {
            _ = try store.commitments.promise(person, what, due: due.flatMap { Day(iso: $0) }, owedByMe: mine)
        }
        let kept = try store.commitments.promise("Ana", "kept", due: Day(iso: "2026-11-10"), owedByMe: true)
        _ = try store.commitments.close(kept.id, as: .done)
        let list = try store.week.list()
        #expect(list.overdue.map(\.what) == ["overdue deck"])
        #expect(list.due.map(\.what) == ["due report"])
        #expect(list.owedToMe.map(\.what) == ["late list", "soon tickets"])
        #expect(list.undatedOpen == 1)
        #expect(list.recap.commitmentsKept == 1)
        // A longer window takes in next month's promise.
        #expect(try store.week.list(days: 30).due.map(\.what) == ["due report", "next month"])
    }

    @Test func followsUpIntroductionsWithNoOutcomeOrNoAnswer() throws {
        func introduce(_ a: String, _ b: String, by: String? = nil, _ status: IntroductionStatus, _ date: String,
                       outcome: String? = nil) throws {
            var new = NewIntroduction(a, b, by: by, status: status)
            new.date = Day(iso: date)
            new.outcome = outcome
            _ = try store.introductions.introduce(new)
        }
        try introduce("Ana", "Bruno", .made, "2026-11-01")                          // 20 days, no outcome
        try introduce("Ana", "Carla", .made, "2026-11-15")                          // too recent
        try introduce("Bruno", "Carla", .made, "2026-10-01", outcome: "hired")      // has an outcome
        try introduce("me", "Eve", by: "Bruno", .requested, "2026-11-20")           // no answer yet
        try introduce("Ana", "Eve", by: "Bruno", .requested, "2026-11-01")         // between others
        let followUps = try store.week.list().introductions
        #expect(followUps.map(\.introduction.id) == [1, 4])
        #expect(followUps.map(\.reason) == [.noOutcome, .noAnswer])
        #expect(followUps.map(\.days) == [20, 1])
    }

    @Test func birthdaysInTheWindowWithAgeAcrossYearEndsAndLeapDays() throws {
        for (name, birthday) in [("Ana", "1990-11-24"), ("Eve", "--11-21"), ("Bruno", "1985-12-01")] {
            var change = PersonChanges()
            change.birthday = birthday
            _ = try store.people.edit(name, change)
        }
        let birthdays = try store.week.list().birthdays
        #expect(birthdays.map(\.person.name) == ["Eve Quiet", "Ana Silva"])
        #expect(birthdays.map(\.turns) == [nil, 36])
        #expect(birthdays.map(\.date.description) == ["2026-11-21", "2026-11-24"])

        var change = PersonChanges()
        change.birthday = "01-02"
        _ = try store.people.edit("Carla", change)
        change.birthday = "2000-02-29"
        _ = try store.people.edit("Ana", change)
        let newYear = try WeeklyListQuery(Context(store: store, today: Day(iso: "2026-12-29")!)).list().birthdays
        #expect(newYear.map(\.date.description) == ["2027-01-02"])
        let leap = try WeeklyListQuery(Context(store: store, today: Day(iso: "2027-02-25")!)).list().birthdays
        #expect(leap.map(\.date.description) == ["2027-02-28"])
        #expect(leap.map(\.turns) == [27])
    }

    @Test func recapsTheLastSevenDays() throws {
        _ = try store.interactions.log(.call, with: ["Ana", "Bruno"], on: Day(iso: "2026-11-20"), note: nil)
        _ = try store.interactions.log(.email, with: ["Ana"], on: Day(iso: "2026-11-14"), note: nil)
        _ = try store.introductions.introduce(NewIntroduction("Ana", "Eve"))
        let recap = try store.week.list().recap
        #expect(recap.since.description == "2026-11-14")
        #expect((recap.interactions, recap.peopleContacted, recap.introductions) == (2, 2, 1))
        // Everyone but Carla and Dan (backdated above) was added just now.
        #expect(recap.peopleAddedCount == 3)
        #expect(Set(recap.peopleAdded.map(\.name)) == ["Ana Silva", "Bruno Okafor", "Eve Quiet"])
    }

    @Test func anEmptyNetworkHasAClearList() throws {
        let list = try try Store.empty().week.list()
        #expect(list.isClear)
        #expect(list.until.description == "2026-11-27")
        #expect(throws: KithError.outOfRange(.days, value: 0, allowed: 1...366)) { try store.week.list(days: 0) }
    }
}
