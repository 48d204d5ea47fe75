import Foundation
import Testing
@testable import KithCore

/// LinkedIn's and Google's CSV exports read into contacts.
@Suite struct CSVImportTests {
    @Test func readsLinkedInWithNotesBOMReorderedColumnsAndQuotes() throws {
        let text = "\u{FEFF}Notes:\n\"When exporting your connection data, you may notice that some of the email addresses are missing.\"\n\n"
            + "URL,First Name,Last Name,Email Address,Company,Position,Connected On\n"
            + "https://www.linkedin.com/in/ana,Ana,Silva,ana@example.com,\"Stripe, Inc.\",Partner,12 Mar 2024\n"
            + "https://www.linkedin.com/in/bruno,Bruno,Okafor,,Northstar,,2024-01-05\n"
        let (contacts, problems) = try LinkedInCSV.contacts(text)
        #expect(problems.isEmpty)
        #expect(contacts.map(\.name) == ["Ana Silva", "Bruno Okafor"])
        #expect(contacts[0].organization == "Stripe, Inc.")
        #expect(contacts[0].connectedOn == Day(iso: "2024-03-12"))
        #expect(contacts[0].externalID == "linkedin.com/in/ana")
        #expect(contacts[0].links.first?.label == "linkedin")
        #expect(contacts[1].emails.isEmpty && contacts[1].title == nil)
        #expect(contacts[0].line == 5 && contacts[1].line == 6)
    }

    @Test func reportsALinkedInRowThatCannotBeRead() throws {
        let text = "First Name,Last Name,Connected On\nAna,Silva,sometime\n,,12 Mar 2024\n"
        let (contacts, problems) = try LinkedInCSV.contacts(text)
        #expect(contacts.isEmpty)
        #expect(problems.map(\.line) == [2, 3])
        #expect(throws: KithError.self) { try LinkedInCSV.contacts("Name,Email\nAna,a@example.com\n") }
    }

    @Test func readsGoogleInItsCurrentLayout() throws {
        let text = "First Name,Middle Name,Last Name,Nickname,Birthday,Notes,Labels,E-mail 1 - Label,E-mail 1 - Value,"
            + "E-mail 2 - Label,E-mail 2 - Value,Phone 1 - Label,Phone 1 - Value,Relation 1 - Label,Relation 1 - Value,"
            + "Address 1 - City,Address 1 - Country,Organization Name,Organization Title\n"
            + "Ana,M.,Silva,Aninha,--05-17,\"line one\nline two\",* myContacts ::: Investors,* Work,ana@work.example ::: ana@alt.example,"
            + "Home,ana@home.example,Mobile,+351 912 345 678,Colleague,Bruno Okafor,Lisbon,Portugal,Stripe,Partner\n"
        let (contacts, problems) = try GoogleCSV.contacts(text)
        #expect(problems.isEmpty)
        let ana = try #require(contacts.first)
        #expect(ana.name == "Ana M. Silva")
        #expect(ana.emails.map(\.value) == ["ana@work.example", "ana@alt.example", "ana@home.example"])
        #expect(ana.emails.map(\.label) == ["work", "work", "home"])
        #expect(ana.notes == "line one\nline two")
        #expect(ana.birthday?.description == "--05-17")
        #expect(ana.tags == ["myContacts", "Investors"])
        #expect(ana.location == "Lisbon, Portugal")
        #expect(ana.organization == "Stripe" && ana.title == "Partner")
        #expect(ana.related.map(\.reference) == ["Bruno Okafor"])
        #expect(ana.properties.map(\.name) == ["NICKNAME"])
    }

    @Test func readsGoogleInTheLegacyLayout() throws {
        let text = "Name,Given Name,Family Name,Group Membership,E-mail 1 - Type,E-mail 1 - Value,Organization 1 - Name,Birthday\n"
            + "Bruno Okafor,Bruno,Okafor,* My Contacts,* Home,bruno@home.example,Northstar,1985-12-01\n"
            + ",,,,,,,31/12\n"
        let (contacts, problems) = try GoogleCSV.contacts(text)
        #expect(contacts.map(\.name) == ["Bruno Okafor"])
        #expect(contacts[0].emails.first?.label == "home")
        #expect(contacts[0].organization == "Northstar")
        #expect(problems.map(\.line) == [3])
    }

    @Test(arguments: [
        ("BEGIN:VCARD\r\n", ImportFormat.vcard), ("\u{FEFF}  begin:vcard\n", .vcard), ("{\"format\": \"kith\"}", .json),
        ("First Name,Last Name,URL,Connected On\n", .linkedin), ("Given Name,E-mail 1 - Value\n", .google),
    ] as [(String, ImportFormat)])
    func tellsTheFormatFromTheContent(_ head: String, _ format: ImportFormat) {
        #expect(ImportFormat.detect(Data(head.utf8)) == format)
    }

    @Test func tellsNothingFromSomethingElse() {
        #expect(ImportFormat.detect(Data("just some notes\n".utf8)) == nil)
    }
}
