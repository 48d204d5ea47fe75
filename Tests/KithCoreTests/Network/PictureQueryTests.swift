import Testing
@testable import KithCore
import KithGraph

/// What a picture of the network holds: whom it keeps when it is cut, how it weighs each tie,
/// whom it marks, and how far a person's neighbourhood reaches.
@Suite struct PictureQueryTests {
    let store: Store
    var pictures: PictureQuery { PictureQuery(store.context) }

    /// Me tied to Ann (4, spoken to this week) and Bo (2, never); Ann and Bo both at Acme and tied
    /// to each other; Cy tied only to Ann, Dee only to Cy; Eve archived.
    init() throws {
        store = try Store.empty()
        for (name, organization) in [("Ann Lake", "Acme"), ("Bo Chen", "Acme"), ("Cy Reed", nil), ("Dee Moss", nil), ("Eve Hart", nil)] {
            var person = NewPerson(name: name)
            person.organization = organization
            person.notMet = true
            if name == "Cy Reed" { person.tags = ["friend"] }
            _ = try store.people.add(person)
        }
        _ = try store.ties.tie("me", "Ann", strength: 4, context: nil, since: nil)
        _ = try store.ties.tie("me", "Bo", strength: 2, context: nil, since: nil)
        _ = try store.ties.tie("Ann", "Bo", strength: 3, context: nil, since: nil)
        _ = try store.ties.tie("Ann", "Cy", strength: 5, context: nil, since: nil)
        _ = try store.ties.tie("Cy", "Dee", strength: 2, context: nil, since: nil)
        _ = try store.ties.tie("me", "Eve", strength: 5, context: nil, since: nil)
        _ = try store.interactions.log(.call, with: ["Ann"], on: Store.testToday.adding(days: -3), note: nil)
        _ = try store.commitments.promise("Bo", "send the deck", due: nil, owedByMe: true)
        try store.execute("UPDATE person SET archived = 1 WHERE name = 'Eve Hart'")
    }

    func names(_ picture: NetworkPicture) -> [String] { picture.people.map(\.person.name) }

    @Test func myNetworkKeepsTheStrongestTiesFirstAndSaysWhenItIsCut() throws {
        let all = try pictures.network()
        #expect(names(all) == ["Me", "Ann Lake", "Bo Chen", "Cy Reed", "Dee Moss"])
        #expect(all.people[0].isMe && all.people[0].weight == 1)
        #expect(all.total == 4 && !all.isCut)
        let cut = try pictures.network(PictureFilter(limit: 2))
        #expect(names(cut) == ["Me", "Ann Lake", "Bo Chen"])
        #expect(cut.total == 4 && cut.isCut && cut.others == 2)
        // Only the ties among the people drawn.
        #expect(Set(cut.ties.map { "\($0.personA)-\($0.personB)" }) == ["1-2", "1-3", "2-3"])
    }

    @Test func aTieWeighsWhatReachWeighs() throws {
        let picture = try pictures.network()
        let weight = { (a: Int64, b: Int64) in picture.ties.first { $0.personA == a && $0.personB == b }?.weight ?? -1 }
        // Ann: 4/5 and a call three days ago; Bo: 2/5 and nothing logged.
        #expect(weight(1, 2) > weight(1, 3))
        #expect(abs(weight(1, 3) - TieModel.weight(TieEvidence(mine: true, strength: 2))) < 1e-9)
        // Between others, the shared organisation counts as well as the stated strength.
        var colleagues = TieEvidence(mine: false, strength: 3)
        colleagues.sharedOrganization = "Acme"
        #expect(abs(weight(2, 3) - TieModel.weight(colleagues)) < 1e-9)
        #expect(picture.people.first { $0.person.name == "Ann Lake" }?.daysSince == 3)
        #expect(picture.people.first { $0.person.name == "Bo Chen" }?.owed == 1)
    }

    @Test func filtersKeepMeAndTheirOwnPeople() throws {
        #expect(names(try pictures.network(PictureFilter(minStrength: 3))) == ["Me", "Ann Lake"])
        #expect(names(try pictures.network(PictureFilter(organization: "acme"))) == ["Me", "Ann Lake", "Bo Chen"])
        #expect(names(try pictures.network(PictureFilter(organization: "CM"))) == ["Me", "Ann Lake", "Bo Chen"])
        #expect(names(try pictures.network(PictureFilter(tag: "friend"))) == ["Me", "Cy Reed"])
        #expect(throws: KithError.self) { try pictures.network(PictureFilter(tag: "nobody")) }
        #expect(throws: KithError.outOfRange(.strength, value: 6, allowed: 1...5)) { try pictures.network(PictureFilter(minStrength: 6)) }
        #expect(throws: KithError.outOfRange(.limit, value: 0, allowed: 1...Int.max)) { try pictures.network(PictureFilter(limit: 0)) }
    }

    @Test func aNeighbourhoodReachesItsDepthNeverThroughMe() throws {
        let one = try pictures.person("Cy", depth: 1)
        #expect(one.focus?.name == "Cy Reed" && one.depth == 1)
        #expect(names(one) == ["Cy Reed", "Ann Lake", "Dee Moss"])
        let two = try pictures.person("Cy", depth: 2)
        // Me, Bo through Ann; nobody only I know (Eve is archived anyway) comes through me.
        #expect(Set(names(two)) == ["Cy Reed", "Me", "Ann Lake", "Dee Moss", "Bo Chen"])
        #expect(two.people.first { $0.person.name == "Bo Chen" }?.depth == 2)
        // Ann is tied to me and to Cy: a mutual connection.
        #expect(two.people.first { $0.person.name == "Ann Lake" }?.mutual == true)
        #expect(two.people.first { $0.person.name == "Dee Moss" }?.mutual == false)
        // A filter keeps the walk to its people (and me): at Acme, Cy reaches Ann and, through her, Bo;
        // among friends (only Cy is one) nobody.
        #expect(Set(names(try pictures.person("Cy", depth: 2, PictureFilter(organization: "Acme")))) == ["Cy Reed", "Me", "Ann Lake", "Bo Chen"])
        #expect(names(try pictures.person("Cy", depth: 2, PictureFilter(tag: "friend"))) == ["Cy Reed"])
        // Fay is known only to me: three ties from Cy, but only through me.
        _ = try store.add("Fay Stone")
        #expect(!names(try pictures.person("Cy", depth: 3)).contains("Fay Stone"))
        #expect(throws: KithError.outOfRange(.depth, value: 5, allowed: 1...4)) { try pictures.person("Cy", depth: 5) }
    }
}
