import Foundation
import Testing

/// One person is one row: commands that may create someone never do so silently (README
/// "One person, one row").
@Suite struct IdentityCommandTests {
    let kith: KithProcess

    init() throws {
        kith = try KithProcess()
        try kith.ok("add", "Ruth Tan", "--org", "Acme", "--email", "ruth@acme.example")
        try kith.ok("add", "Lena Fischer", "--org", "Globex", "--phone", "+49 30 1234 5678")
        try kith.ok("add", "Ana Silva", "--org", "Stripe")
    }

    @Test func addRefusesSomeoneAlreadyHere() throws {
        try kith.refuses(["add", "lena fischer"], "kith: error: Lena Fischer (#3, Globex) is already in kith; add to them "
                         + "with 'kith edit' or 'kith log', or add --new if this is someone else\n")
        try kith.refuses(["add", "Lena F.", "--phone", "030 12345678"], "kith: error: 030 12345678 is Lena Fischer (#3, Globex)'s; "
                         + "add to them with 'kith edit', or add --new if this is someone else\n")
        try kith.refuses(["add", "Someone Else", "--email", "RUTH@acme.example"])
    }

    @Test func addNamesLookAlikesAndHowToMergeThem() throws {
        let typo = try kith.ok("add", "Lena Fisher")
        #expect(typo.contains("note: Lena Fisher looks like Lena Fischer (#3, Globex); if they are one person: kith merge '#3' '#5'"))
        let namesake = try kith.ok("add", "Ana Silva", "--new")
        #expect(namesake.contains("note: Ana Silva looks like Ana Silva (#4, Stripe)"))
        let json = try #require(try kith.json("add", "Ruth", "--org", "Initech") as? [String: Any])
        #expect((json["look_alikes"] as? [[String: Any]])?.compactMap { $0["name"] as? String } == ["Ruth Tan"])
        #expect(try kith.count("person", "name = 'Ana Silva'") == 2)
    }

    @Test func addNotMetRecordsSomeoneToReachWithoutATie() throws {
        try kith.ok("add", "Tess Lind", "--not-met", "--knows", "Ana Silva", "--org", "Vercel")
        #expect(try kith.count("tie", "person_a = 1 AND person_b = 5") == 0)
        #expect(try kith.ok("reach", "Tess").contains("you → Ana Silva → Tess Lind (Vercel)"))
        try kith.refuses(["add", "Tara Lind", "--not-met", "--met", "PyCon"],
                         "kith: error: --not-met is for someone you have not met; leave out --met, --on, --via and --strength\n")
    }

    @Test func metFindsPeopleByWholeWordsAndRefusesLikelyTypos() throws {
        let known = try kith.ok("met", "Mentor Night", "Ruth", "--on", "yesterday")
        #expect(known.contains("known  Ruth Tan (#2)"))
        #expect(try kith.count("person") == 4)
        try kith.refuses(["met", "Mentor Night", "Lena Fisher", "Zoe New"],
                         "kith: error: 'Lena Fisher' is not in kith, but Lena Fischer (#3, Globex) is; write the name as kith has it, "
                         + "or add --new to add Lena Fisher\n")
        let added = try kith.ok("met", "Mentor Night", "Lena Fisher", "Zoe New", "--new")
        #expect(added.contains("new    Lena Fisher (#5)") && added.contains("new    Zoe New (#6)"))
        try kith.ok("add", "Ana Silva", "--org", "Acme", "--new")
        try kith.refuses(["met", "Mentor Night", "Ana Silva"],
                         "kith: error: 'Ana Silva' matches 2 people: #4 Ana Silva (Stripe, nothing logged), #7 Ana Silva (Acme, nothing logged); name one by #ID\n")
    }
}
