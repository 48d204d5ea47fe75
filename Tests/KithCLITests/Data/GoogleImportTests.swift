import Foundation
import Testing

/// Google Contacts CSV in both layouts Google has used.
@Suite struct GoogleImportTests {
    static let current = """
        First Name,Middle Name,Last Name,Nickname,Organization Name,Organization Title,Birthday,Notes,Labels,E-mail 1 - Label,E-mail 1 - Value,E-mail 2 - Label,E-mail 2 - Value,Phone 1 - Label,Phone 1 - Value,Address 1 - City,Address 1 - Country,Website 1 - Label,Website 1 - Value,Relation 1 - Label,Relation 1 - Value
        Ana,Maria,Silva,Aninha,Stripe,Partner,--05-17,"Knows every seed investor,
        and their dogs.",* myContacts ::: Investors,* Work,ana@stripe.example ::: ana.silva@stripe.example,Home,ana@home.example,Mobile,+351 912 345 678,Lisbon,Portugal,Profile,https://www.linkedin.com/in/ana-silva,Colleague,Bruno Okafor
        Bruno,,Okafor,,Northstar Ventures,Principal,1985-12-01,,* myContacts,,bruno@northstar.example,,,,,,,,,,

        """
    static let legacy = """
        Name,Given Name,Additional Name,Family Name,Nickname,Birthday,Location,Notes,Group Membership,E-mail 1 - Type,E-mail 1 - Value,Phone 1 - Type,Phone 1 - Value,Phone 2 - Type,Phone 2 - Value,Organization 1 - Type,Organization 1 - Name,Organization 1 - Title,Website 1 - Type,Website 1 - Value
        Carla Diaz,Carla,,Diaz,,1990-02-28,Madrid,,* myContacts ::: Friends,* Work,carla@tidal.example,Mobile,+34 600 000 000,Work,+34 910 000 000 ::: +34 910 000 001,,Tidal Grid,Founder,Blog,https://carla.example

        """

    let kith: KithProcess

    init() throws { kith = try KithProcess() }


    @Test func readsTheCurrentLayout() throws {
        let path = try kith.write("contacts.csv", Self.current)
        #expect(try kith.ok("import", path) == "Imported \(path): 2 created, 0 updated, 1 tie from related names.\n")
        let ana = try #require(try kith.json("show", "Ana") as? [String: Any])
        #expect(ana["name"] as? String == "Ana Maria Silva")
        #expect(ana["organization"] as? String == "Stripe")
        #expect(ana["title"] as? String == "Partner")
        #expect(ana["birthday"] as? String == "--05-17")
        #expect(ana["location"] as? String == "Lisbon, Portugal")
        #expect(ana["notes"] as? String == "Knows every seed investor,\nand their dogs.")
        // Google's own groups ("* myContacts") are not tags; labels keep the case they were typed in.
        #expect(ana["tags"] as? [String] == ["Investors"])
        let emails = try #require(ana["emails"] as? [[String: Any]])
        #expect(emails.compactMap { $0["value"] as? String } == ["ana@stripe.example", "ana.silva@stripe.example", "ana@home.example"])
        #expect(emails.compactMap { $0["label"] as? String } == ["work", "work", "Home"])
        #expect((ana["links"] as? [[String: Any]])?.first?["label"] as? String == "Profile")
        #expect(try kith.count("tie", "person_a = 2 AND person_b = 3 AND context = 'Colleague'") == 1)
        #expect(try kith.count("person_property", "name = 'NICKNAME' AND value = 'Aninha'") == 1)
        #expect(try kith.ok("import", path).hasPrefix("Imported \(path): 0 created, 0 updated, 2 unchanged"))
    }

    @Test func readsTheLegacyLayout() throws {
        let path = try kith.write("google.csv", Self.legacy)
        #expect(try kith.ok("import", path, "--format", "google").hasPrefix("Imported \(path): 1 created, 0 updated"))
        let carla = try #require(try kith.json("show", "Carla") as? [String: Any])
        #expect(carla["organization"] as? String == "Tidal Grid")
        #expect(carla["title"] as? String == "Founder")
        #expect(carla["location"] as? String == "Madrid")
        #expect(carla["birthday"] as? String == "1990-02-28")
        #expect(carla["tags"] as? [String] == ["Friends"])
        #expect((carla["phones"] as? [[String: Any]])?.compactMap { $0["value"] as? String }
                == ["+34 600 000 000", "+34 910 000 000", "+34 910 000 001"])
    }

    @Test func aBadBirthdayIsReportedWithItsLine() throws {
        try kith.ok("me", "--name", "Alex Rivera")
        let path = try kith.write("bad.csv", "First Name,Last Name,Birthday,E-mail 1 - Value\nAna,Silva,sometime,ana@x.example\nBo,Li,,bo@x.example\n")
        try kith.refuses(["import", path, "--strict"],
                         "kith: error: \(path), line 2: 'sometime' is not a birthday; nothing was imported (without --strict, the rest would be)\n")
        #expect(try kith.ok("import", path).hasPrefix("Imported \(path): 1 created, 0 updated, 1 skipped."))
        // The flag of kith 0.1 is still taken, and does what every import now does.
        #expect(try kith.ok("import", path, "--skip-invalid").hasPrefix("Imported \(path): 0 created, 0 updated, 1 unchanged, 1 skipped."))
    }
}
