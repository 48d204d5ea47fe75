import Testing
@testable import KithCore

@Suite struct PeopleServiceTests {
    let store: Store

    init() throws {
        store = try Store.empty()
        var ana = NewPerson(name: "Ana Silva")
        ana.organization = "Stripe"
        _ = try store.people.add(ana)
        _ = try store.people.add(NewPerson(name: "Bruno Okafor"))
    }

    func meetMaya() -> NewPerson {
        var maya = NewPerson(name: "Maya Chen")
        maya.organization = "Tidal"
        maya.emails = ["maya@tidal.example"]
        maya.phones = ["+49 30 1234567"]
        maya.tags = ["climate", "Founder"]
        maya.event = "Climate Breakfast"
        maya.metOn = Day(iso: "2026-11-20")
        maya.introducedBy = "Ana"
        maya.knows = ["Bruno"]
        maya.strength = 3
        maya.followUp = "send her the deck"
        maya.followUpDue = Day(iso: "2026-11-27")
        return maya
    }

    @Test func addRecordsEverythingInOneGo() throws {
        let added = try store.people.add(meetMaya())
        let id = added.person.id
        #expect(added.introducedBy?.name == "Ana Silva")
        #expect(added.knows.map(\.name) == ["Bruno Okafor"])
        #expect(try store.count("event", "name = 'Climate Breakfast' AND date = '2026-11-20'") == 1)
        #expect(try store.count("interaction i JOIN interaction_person ip ON ip.interaction_id = i.id",
                                "ip.person_id = \(id) AND i.kind = 'met' AND i.date = '2026-11-20'") == 1)
        #expect(try store.scalar("SELECT strength FROM tie WHERE person_a = 1 AND person_b = ?", [id]) == 3)
        #expect(try store.count("tie", "person_b = \(id) AND person_a = 3 AND source = 'stated'") == 1)
        #expect(try store.count("tie", "person_b = \(id) AND person_a = 2 AND source = 'introduction'") == 1)
        #expect(try store.count("introduction", "introducer_id = 2 AND person_a = 1 AND person_b = \(id) AND status = 'made'") == 1)
        #expect(try store.count("commitment", "person_id = \(id) AND owed_by_me = 1 AND due = '2026-11-27' AND status = 'open'") == 1)
        #expect(try store.count("email", "person_id = \(id) AND is_primary = 1") == 1)
        #expect(try store.count("person_tag", "person_id = \(id)") == 2)
        #expect(try store.scalar("SELECT how_met FROM person WHERE id = ?", [id])
                == "at Climate Breakfast, on 2026-11-20, introduced by Ana Silva")
    }

    @Test func reusesTheSameEventOnTheSameDay() throws {
        _ = try store.people.add(meetMaya())
        var other = NewPerson(name: "Jonas Berg")
        other.event = "climate breakfast"
        other.metOn = Day(iso: "2026-11-20")
        _ = try store.people.add(other)
        other.name = "Lena Vik"
        other.metOn = Day(iso: "2026-12-20")
        _ = try store.people.add(other)
        #expect(try store.count("event") == 2)
    }

    @Test func aBadReferenceLeavesTheDatabaseAsItWas() throws {
        let before = try store.snapshot()
        var maya = meetMaya()
        maya.knows = ["Bruno", "Nobody Atall"]
        #expect(throws: KithError.personNotFound("Nobody Atall")) { try store.people.add(maya) }
        maya = meetMaya()
        maya.emails = ["maya at tidal"]
        #expect(throws: KithError.self) { try store.people.add(maya) }
        maya = meetMaya()
        maya.strength = 6
        #expect(throws: KithError.self) { try store.people.add(maya) }
        #expect(try store.snapshot() == before)
    }

    @Test func neverAddsASecondPersonSilently() throws {
        let before = try store.snapshot()
        #expect(throws: KithError.refused(.personExists(try store.query.person("Ana Silva")))) {
            try store.people.add(NewPerson(name: "ana silva"))
        }
        var again = NewPerson(name: "Ana S.")
        again.emails = ["ANA@stripe.example"]
        _ = try store.people.edit("Ana", { var change = PersonChanges(); change.addEmails = ["ana@stripe.example"]; return change }())
        let withEmail = try store.snapshot()
        #expect(throws: KithError.self) { try store.people.add(again) }
        #expect(try store.snapshot() == withEmail && withEmail != before)
        // Said to be new, the namesake is added, and named as a look-alike.
        var namesake = NewPerson(name: "ana silva")
        namesake.isNew = true
        let added = try store.people.add(namesake)
        #expect(added.lookAlikes.map(\.name) == ["Ana Silva"])
        // A typo or a first name only is added, with its look-alike named.
        #expect(try store.people.add(NewPerson(name: "Ana Silvia")).lookAlikes.map(\.name) == ["Ana Silva", "ana silva"])
        #expect(try store.people.add(NewPerson(name: "Bruno")).lookAlikes.map(\.name) == ["Bruno Okafor"])
    }

    @Test func recordsSomeoneNotMetWithoutATieToMe() throws {
        var tess = NewPerson(name: "Tess Lind")
        tess.notMet = true
        tess.knows = ["Bruno"]
        let added = try store.people.add(tess)
        #expect(added.strength == nil && added.metOn == nil)
        #expect(try store.count("tie", "person_a = 1 AND person_b = \(added.person.id)") == 0)
        #expect(try store.count("tie", "person_b = \(added.person.id)") == 1)
        tess = NewPerson(name: "Tara Lind")
        tess.notMet = true
        tess.introducedBy = "Bruno"
        #expect(throws: KithError.refused(.notMetButMet)) { try store.people.add(tess) }
    }

    @Test func editChangesAndClearsFields() throws {
        var changes = PersonChanges()
        changes.title = "CTO"
        changes.organization = ""
        changes.addEmails = ["ana@stripe.example"]
        changes.cadenceDays = 30
        changes.appendNote = "Loves climbing"
        _ = try store.people.edit("Ana", changes)
        let profile = try store.query.profile("Ana")
        #expect(profile.title == "CTO")
        #expect(profile.organization == nil)
        #expect(profile.emails.map(\.value) == ["ana@stripe.example"])
        #expect(profile.cadenceDays == 30)
        #expect(profile.notes == "Loves climbing")
        var removal = PersonChanges()
        removal.removeEmails = ["nobody@x.example"]
        #expect(throws: KithError.self) { try store.people.edit("Ana", removal) }
        #expect(throws: KithError.self) { try store.people.edit("Ana", PersonChanges()) }
    }

    @Test func retagAddsAndRemoves() throws {
        #expect(try store.people.retag("Ana", [.add("investor"), .add("Fintech")]).tags == ["Fintech", "investor"])
        #expect(try store.people.retag("Ana", [.remove("FINTECH")]).tags == ["investor"])
        #expect(throws: KithError.invalid("Ana Silva has no tag 'ghost'")) {
            try store.people.retag("Ana", [.remove("ghost")])
        }
        #expect(try TagChange("-x") == .remove("x"))
        #expect(try TagChange("+x") == .add("x"))
        #expect(try TagChange("x") == .add("x"))
    }

    @Test func removeLeavesNothingThatReferredOnlyToThem() throws {
        let maya = try store.people.add(meetMaya()).person.id
        _ = try store.interactions.log(.meal, with: ["Maya", "Bruno"], on: nil, note: "lunch")
        let preview = try store.people.remove("Maya")
        #expect(preview.ties == 3)
        #expect(preview.interactions == 1)
        #expect(preview.commitments == 1)
        for table in ["tie": "\(maya) IN (person_a, person_b)", "email": "person_id = \(maya)",
                      "commitment": "person_id = \(maya)", "introduction": "\(maya) IN (person_a, person_b)",
                      "interaction_person": "person_id = \(maya)", "person_tag": "person_id = \(maya)",
                      "person_fts": "rowid = \(maya)"] {
            #expect(try store.count(table.key, table.value) == 0, "\(table.key) keeps a trace")
        }
        // The met interaction was hers alone and goes, with its event; the shared lunch stays.
        #expect(try store.count("interaction") == 1)
        #expect(try store.count("event") == 0)
        #expect(throws: KithError.self) { try store.people.remove("me") }
    }

    @Test func renamesMe() throws {
        #expect(try store.people.rename(me: "Alex Rivera").name == "Alex Rivera")
        #expect(try store.query.profile("me").name == "Alex Rivera")
    }
}
