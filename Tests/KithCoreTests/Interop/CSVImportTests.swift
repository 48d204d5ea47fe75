import Foundation
import Testing
@testable import KithCore

/// LinkedIn's and Google's CSV exports read into contacts.
@Suite struct CSVImportTests {
    /// The records read, split into contacts and problems.
    static func split(_ records: [Result<ImportedContact, MalformedRecord>]) -> ([ImportedContact], [MalformedRecord]) {
        (records.compactMap { try? $0.get() }, records.compactMap { if case .failure(let problem) = $0 { problem } else { nil } })
    }

    @Test func readsLinkedInWithNotesBOMReorderedColumnsAndQuotes() throws {
        let text = "\u{FEFF}Notes:\n\"When exporting your connection data, you may notice that some of the email addresses are missing.\"\n\n"
            + "URL,First Name,Last Name,Email Address,Company,Position,Connected On\n"
            + "https://www.linkedin.com/in/ana,Ana,Silva,ana@example.com,\"Stripe, Inc.\",Partner,12 Mar 2024\n"
            + "https://www.linkedin.com/in/bruno,Bruno,Okafor,,Northstar,,2024-01-05\n"
        let read = try LinkedInCSV.contacts(text, file: "Connections.csv")
        let (contacts, problems) = Self.split(read.records)
        #expect(problems.isEmpty && read.hidden == 0)
        #expect(contacts.map(\.name) == ["Ana Silva", "Bruno Okafor"])
        #expect(contacts[0].organization == "Stripe, Inc.")
        #expect(contacts[0].connectedOn == Day(iso: "2024-03-12"))
        #expect(contacts[0].externalID == "linkedin.com/in/ana")
        #expect(contacts[0].links.first?.label == "LinkedIn")
        #expect(contacts[1].emails.isEmpty && contacts[1].title == nil)
        #expect(contacts[0].line == 5 && contacts[1].line == 6)
    }

    @Test func countsHiddenConnectionsAndNamesARowThatCannotBeRead() throws {
        let text = "First Name,Last Name,URL,Email Address,Company,Position,Connected On\nAna,Silva,,,,,sometime\n"
            + ",,,,,,12 Mar 2024\n,,,,,,03 Jan 2025\nBruno,Okafor,,,,,05 Jan 2024\n"
        let read = try LinkedInCSV.contacts(text, file: "Connections.csv")
        let (contacts, problems) = Self.split(read.records)
        #expect(contacts.map(\.name) == ["Bruno Okafor"])
        #expect(problems == [MalformedRecord(line: 2, reason: "'sometime' is not a date (Connected On)")])
        #expect(read.hidden == 2)
        #expect(throws: KithError.invalid("x.csv, line 1: no header with First Name and Last Name; is this LinkedIn's Connections.csv?")) {
            try LinkedInCSV.contacts("Name,Email\nAna,a@example.com\n", file: "x.csv")
        }
    }

    static let googleHeader = "First Name,Middle Name,Last Name,Name Prefix,Name Suffix,Nickname,Birthday,Notes,Labels,"
        + "E-mail 1 - Label,E-mail 1 - Value,E-mail 2 - Label,E-mail 2 - Value,Phone 1 - Label,Phone 1 - Value,"
        + "Relation 1 - Label,Relation 1 - Value,Address 1 - Label,Address 1 - Street,Address 1 - City,Address 1 - Postal Code,"
        + "Address 1 - Country,Organization Name,Organization Title,Organization Department,IM 1 - Label,IM 1 - Service,IM 1 - Value\n"

    @Test func readsGoogleInItsCurrentLayoutKeepingWhatKithHasNoFieldFor() throws {
        let text = Self.googleHeader
            + "Ana,M.,Silva,Dr.,,Aninha,--05-17,\"line one\nline two\",* myContacts ::: * starred ::: Investors,* Work,"
            + "ana@work.example ::: ana@alt.example,Home,ana@home.example,Mobile,+351 912 345 678,Colleague,Bruno Okafor,"
            + "* Work,Rua Augusta 1,Lisbon,1100-048,Portugal,Stripe,Partner,Payments,,Skype,ana.silva\n"
        let (contacts, problems) = Self.split(try GoogleCSV.contacts(text, file: "google.csv").records)
        #expect(problems.isEmpty)
        let ana = try #require(contacts.first)
        #expect(ana.name == "Dr. Ana M. Silva")
        #expect(ana.emails.map(\.value) == ["ana@work.example", "ana@alt.example", "ana@home.example"])
        #expect(ana.emails.map(\.label) == ["work", "work", "Home"])
        #expect(ana.notes == "line one\nline two")
        #expect(ana.birthday?.description == "--05-17")
        // Google's own groups are not tags.
        #expect(ana.tags == ["Investors"])
        #expect(ana.location == "Lisbon, Portugal")
        #expect(ana.organization == "Stripe" && ana.title == "Partner")
        #expect(ana.related.map(\.reference) == ["Bruno Okafor"])
        #expect(ana.identities == ["skype:ana.silva"])
        let kept = ana.properties.map { "\($0.name)|\($0.parameters ?? "")|\($0.value)" }
        #expect(kept == ["N||Silva;Ana;M.;Dr.;", "NICKNAME||Aninha", "ORG||Stripe;Payments",
                         "ADR|TYPE=work|;;Rua Augusta 1;Lisbon;;1100-048;Portugal", "item1.X-ABRELATEDNAMES||Bruno Okafor",
                         "item1.X-ABLabel||Colleague", "IMPP|X-SERVICE-TYPE=Skype|skype:ana.silva"])
    }

    @Test func readsGoogleInTheLegacyAndThePhoneOnlyLayouts() throws {
        let legacy = "Name,Given Name,Family Name,Group Membership,E-mail 1 - Type,E-mail 1 - Value,Organization 1 - Name,Birthday\n"
            + "Bruno Okafor,Bruno,Okafor,* My Contacts ::: Friends,* Home,bruno@home.example,Northstar,1985-12-01\n"
            + ",,,,,,,31/12\n"
        let (contacts, problems) = Self.split(try GoogleCSV.contacts(legacy, file: "g.csv").records)
        #expect(contacts.map(\.name) == ["Bruno Okafor"])
        #expect(contacts[0].emails.first?.label == "home")
        #expect(contacts[0].tags == ["Friends"])
        #expect(contacts[0].organization == "Northstar")
        #expect(problems.map(\.line) == [3])
        let phoneOnly = "First Name,Last Name,Phone 1 - Label,Phone 1 - Value\n,,Mobile,+44 20 7946 0000\n"
        #expect(GoogleCSV.recognizes(phoneOnly))
        let (numbers, _) = Self.split(try GoogleCSV.contacts(phoneOnly, file: "p.csv").records)
        #expect(numbers.map(\.name) == ["+44 20 7946 0000"])
        #expect(numbers.first?.nameIsFallback == true)
    }

    @Test(arguments: [
        ("BEGIN:VCARD\r\n", ImportFormat.vcard), ("\u{FEFF}  begin:vcard\n", .vcard), ("{\"format\": \"kith\"}", .json),
        ("First Name,Last Name,URL,Connected On\n", .linkedin), ("Given Name,E-mail 1 - Value\n", .google),
        ("First Name,Last Name,Phone 1 - Value\n", .google),
    ] as [(String, ImportFormat)])
    func tellsTheFormatFromTheContent(_ head: String, _ format: ImportFormat) {
        #expect(ImportFormat.detect(Data(head.utf8)) == format)
    }

    @Test func tellsNothingFromSomethingElse() {
        #expect(ImportFormat.detect(Data("just some notes\n".utf8)) == nil)
    }
}
