import Testing
@testable import KithCore

@Suite struct PeopleQueryTests {
    let store: Store

    init() throws {
        store = try Store.empty()
        var ana = NewPerson(name: "Ana Silva")
        ana.organization = "Stripe"
        ana.title = "Payments Engineer"
        ana.tags = ["fintech"]
        ana.notes = "Knows every seed investor in Lisbon"
        ana.strength = 4
        _ = try store.people.add(ana)
        var bruno = NewPerson(name: "Bruno Ökafor")
        bruno.organization = "Northstar Ventures"
        bruno.tags = ["investor", "fintech"]
        bruno.event = "Fintech Summit"
        bruno.metOn = Day(iso: "2026-10-01")
        _ = try store.people.add(bruno)
        var carla = NewPerson(name: "Carla Novak")
        carla.location = "Berlin"
        _ = try store.people.add(carla)
        _ = try store.interactions.log(.call, with: ["Ana"], on: Day(iso: "2026-11-01"), note: nil)
    }

    @Test func listsByNameRecencyAndStrength() throws {
        var filter = PersonListFilter()
        #expect(try store.query.list(filter).map(\.name) == ["Ana Silva", "Bruno Ökafor", "Carla Novak"])
        filter.sort = .recent
        #expect(try store.query.list(filter).map(\.name) == ["Ana Silva", "Bruno Ökafor", "Carla Novak"])
        filter.sort = .strength
        #expect(try store.query.list(filter).first?.name == "Ana Silva")
        filter.limit = 1
        #expect(try store.query.list(filter).count == 1)
    }

    @Test func filtersByTagOrganisationAndEvent() throws {
        var filter = PersonListFilter()
        filter.tag = "FINTECH"
        #expect(try store.query.list(filter).map(\.name) == ["Ana Silva", "Bruno Ökafor"])
        filter = PersonListFilter()
        filter.organization = "northstar"
        #expect(try store.query.list(filter).map(\.name) == ["Bruno Ökafor"])
        filter = PersonListFilter()
        filter.metAt = "summit"
        #expect(try store.query.list(filter).map(\.name) == ["Bruno Ökafor"])
    }

    @Test func listItemsCarryTagsTieAndLastContact() throws {
        let ana = try #require(try store.query.list(PersonListFilter()).first)
        #expect(ana.tags == ["fintech"])
        #expect(ana.strength == 4)
        #expect(ana.lastContact == Day(iso: "2026-11-01"))
    }

    @Test(arguments: [
        ("fintech", ["Ana Silva", "Bruno Ökafor"]), ("okafor", ["Bruno Ökafor"]), ("berl", ["Carla Novak"]),
        ("seed lisbon", ["Ana Silva"]), ("pay eng", ["Ana Silva"]), ("nobody", []),
    ])
    func searchesEveryField(_ query: String, _ names: [String]) throws {
        #expect(Set(try store.query.search(query).map(\.name)) == Set(names))
    }

    /// Operators the user types are plain words: a query either finds what its words find, or,
    /// with no word in it, is the one clear refusal.
    @Test(arguments: [
        ("fintech\" OR \"x", [String]()), ("fintech OR", []), ("NOT", []), ("a AND (", []), ("name:ana", []),
        ("^ana", ["Ana Silva"]), ("ana*", ["Ana Silva"]), ("(fintech)", ["Ana Silva", "Bruno Ökafor"]),
        ("\"fintech\"", ["Ana Silva", "Bruno Ökafor"]), ("fintech -lisbon", ["Ana Silva"]),
    ])
    func searchTreatsOperatorsAsWords(_ query: String, _ names: [String]) throws {
        #expect(Set(try store.query.search(query).map(\.name)) == Set(names))
    }

    @Test(arguments: ["\"", "*", "()", "-", "^", "  ", "\u{0}"])
    func aSearchWithNoWordsIsRefused(_ query: String) {
        #expect(throws: KithError.refused(.emptySearch)) { try store.query.search(query) }
    }

    @Test func searchRanksNameHitsFirst() throws {
        var dora = NewPerson(name: "Dora Stripe")
        dora.organization = "Acme"
        _ = try store.people.add(dora)
        #expect(try store.query.search("stripe").first?.name == "Dora Stripe")
    }

    @Test func profileGathersEverything() throws {
        let profile = try store.query.profile("bruno")
        #expect(profile.tags == ["fintech", "investor"])
        #expect(profile.ties.map(\.person.name) == ["Me"])
        #expect(profile.interactions.first?.event == "Fintech Summit")
        #expect(profile.lastContact == Day(iso: "2026-10-01"))
    }

    @Test func profileListsMutualConnections() throws {
        var dan = NewPerson(name: "Dan Weber")
        dan.knows = ["Ana", "Bruno"]
        _ = try store.people.add(dan)
        #expect(try store.query.profile("Dan").mutualConnections.map(\.name) == ["Ana Silva", "Bruno Ökafor"])
    }
}
