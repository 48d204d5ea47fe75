import Foundation
import Testing
@testable import KithCore

@Suite struct MergeTests {
    let store: Store

    init() throws {
        store = try Store.empty()
        var ana = NewPerson(name: "Ana Silva")
        ana.organization = "Stripe"
        ana.emails = ["ana@stripe.example"]
        ana.phones = ["+351 912 345 678"]
        ana.tags = ["fintech"]
        _ = try store.people.add(ana)
        var twin = NewPerson(name: "Ana M. Silva")
        twin.organization = "stripe"
        twin.emails = ["ANA@stripe.example", "ana@home.example"]
        twin.phones = ["912345678"]
        twin.tags = ["investor", "fintech"]
        twin.birthday = "1990-05-17"
        // The same Ana from another address book, said to be new (else her email would be refused).
        twin.isNew = true
        twin.notes = "met at Web Summit"
        _ = try store.people.add(twin)
        _ = try store.add("Bruno Okafor", "Carla", "Carla Diaz")
        _ = try store.ties.tie("Ana M", "Bruno", strength: 4, context: "old friends", since: nil)
        _ = try store.ties.tie("Ana Silva", "Bruno", strength: 2, context: nil, since: nil)
        _ = try store.ties.tie("Ana M", "Ana Silva", strength: 3, context: nil, since: nil)
        _ = try store.commitments.promise("Ana M", "send the deck", due: nil, owedByMe: true)
        _ = try store.interactions.log(.call, with: ["Ana M", "Ana Silva"], on: Store.testToday, note: nil)
        _ = try store.introductions.introduce(NewIntroduction("Ana M", "Carla Diaz"))
        _ = try store.introductions.introduce(NewIntroduction("Ana M", "Ana Silva", by: "Bruno"))
        try store.execute("INSERT INTO link (person_id, value, is_primary) VALUES (5, 'https://www.linkedin.com/in/carla/', 1)")
        try store.execute("INSERT INTO link (person_id, value, is_primary) VALUES (6, 'linkedin.com/in/carla', 1)")
    }

    @Test func findsDuplicatesWithTheirReasons() throws {
        let pairs = try store.people.duplicates()
        #expect(pairs.map { [$0.personA.name, $0.personB.name] } == [["Ana Silva", "Ana M. Silva"], ["Carla", "Carla Diaz"]])
        #expect(pairs[0].reasons == ["same email ana@stripe.example", "same phone", "similar name and same organisation"])
        #expect(pairs[1].reasons == ["same link linkedin.com/in/carla"])
    }

    @Test func mergeMovesEverythingAndKeepsProvenance() throws {
        let merged = try store.people.merge(keep: "Ana Silva", other: "Ana M")
        #expect(merged.removed.name == "Ana M. Silva")
        #expect((merged.ties, merged.commitments, merged.tags, merged.addresses) == (3, 1, 1, 1))
        #expect(try store.count("person", "name = 'Ana M. Silva'") == 0)
        let ana = try store.query.profile("Ana Silva")
        #expect(ana.tags == ["fintech", "investor"])
        #expect(ana.emails.map(\.value) == ["ana@stripe.example", "ana@home.example"])
        #expect(ana.phones.map(\.value) == ["+351 912 345 678"])
        #expect(ana.birthday?.description == "1990-05-17")
        #expect(ana.organization == "Stripe")
        #expect(ana.notes == "met at Web Summit\nMerged with Ana M. Silva (#3) on 2026-11-21.")
        // The tie to Bruno: one tie, what was stated kept at the stronger strength.
        let bruno = try #require(ana.ties.first { $0.person.name == "Bruno Okafor" })
        #expect((bruno.strength, bruno.context, bruno.source) == (4, "old friends", .stated))
        #expect(ana.ties.filter { $0.person.name == "Bruno Okafor" }.count == 1)
        #expect(ana.commitments.map(\.what) == ["send the deck"])
        #expect(ana.interactions.count == 1)
        // The introduction of the two to each other is gone; the one Ana M. made is Ana's now.
        #expect(ana.introductions.map(\.personB.name) == ["Carla Diaz"])
        #expect(try store.count("person_fts", "person_fts MATCH 'name : Ana'") == 1)
    }

    @Test func refusesToMergeSomeoneWithThemselfOrWithMe() throws {
        let before = try store.snapshot()
        #expect(throws: KithError.invalid("'Ana Silva' and '#2' are both Ana Silva (#2); name two different people")) {
            try store.people.merge(keep: "Ana Silva", other: "#2")
        }
        #expect(throws: KithError.invalid("you cannot be merged with someone else; name two other people")) {
            try store.people.merge(keep: "me", other: "Bruno")
        }
        #expect(throws: KithError.self) { try store.people.merge(keep: "Ana", other: "Bruno") }
        #expect(try store.snapshot() == before)
    }
}

@Suite struct MergedIdentityTests {
    @Test func aCardOfTheMergedPersonStillFindsTheOneKept() throws {
        let store = try Store.empty()
        let ana = try store.people.add(NewPerson(name: "Ana Silva")).person
        var twin = NewPerson(name: "Ana M. Silva")
        twin.isNew = true
        let other = try store.people.add(twin).person
        _ = try store.people.merge(keep: "#\(ana.id)", other: "#\(other.id)")
        let card = "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Ana M. Silva\r\nUID:urn:uuid:\(other.uid!)\r\nEND:VCARD\r\n"
        let summary = try ImportService(store.context).importFile(Data(card.utf8), file: "old.vcf")
        #expect(summary.created == 0 && summary.unchanged + summary.updated == 1)
        #expect(try store.count("person", "is_self = 0") == 1)
    }
}
