import Foundation
import Testing
@testable import KithCore

/// A card's properties becoming a contact: names, labels, dates, places, what is kept.
@Suite struct VCardContactTests {
    static func contact(_ lines: String...) throws -> ImportedContact {
        let text = "BEGIN:VCARD\r\n" + lines.map { $0 + "\r\n" }.joined() + "END:VCARD\r\n"
        let card = try #require(VCardParser.parse(Data(text.utf8)).cards.first)
        return try VCardContact.contact(card)
    }

    @Test func takesTheNameFromFNThenNThenOrganisationThenEmail() throws {
        #expect(try Self.contact("FN:Ana Silva", "N:Other;Name;;;").name == "Ana Silva")
        #expect(try Self.contact("N:Öztürk;José;Maria;Dr.;PhD").name == "Dr. José Maria Öztürk PhD")
        #expect(try Self.contact("ORG:Stripe;Payments").name == "Stripe")
        #expect(try Self.contact("EMAIL:x@example.com").name == "x@example.com")
        #expect(try Self.contact("NICKNAME:Bee,B").name == "Bee")
        #expect(try Self.contact("TEL:+1 555 0100").name == "+1 555 0100")
        #expect(try Self.contact("TEL:+1 555 0100").nameIsFallback)
        #expect(throws: MalformedRecord.self) { try Self.contact("NOTE:who?") }
    }

    @Test func labelsAddressesTheWayAppleAndGoogleDo() throws {
        let contact = try Self.contact(
            "FN:Ana", "item1.EMAIL;type=INTERNET;type=pref:ana@work.example", "item1.X-ABLabel:_$!<Work>!$_",
            "EMAIL;TYPE=INTERNET;TYPE=HOME:ana@home.example", "item2.TEL:+44 20 7946 0000", "item2.X-ABLabel:Office",
            "TEL;VALUE=uri:tel:+1-555-0100", "URL:https://example.com/ana")
        #expect(contact.emails.map(\.value) == ["ana@work.example", "ana@home.example"])
        #expect(contact.emails.map(\.label) == ["work", "home"])
        #expect(contact.phones.map(\.value) == ["+44 20 7946 0000", "+1-555-0100"])
        #expect(contact.phones.first?.label == "Office")
        #expect(contact.links.map(\.value) == ["https://example.com/ana"])
    }

    @Test(arguments: [
        ("1990-05-17", "1990-05-17"), ("19900517", "1990-05-17"), ("--0517", "--05-17"), ("--05-17", "--05-17"),
        ("1604-05-17", "--05-17"), ("0000-05-17", "--05-17"), ("1990-05-17T00:00:00Z", "1990-05-17"),
        ("2023-02-29", nil), ("tomorrow", nil),
    ] as [(String, String?)])
    func readsBirthdaysInEveryForm(_ text: String, _ stored: String?) {
        #expect(VCardContact.birthday(text)?.description == stored)
    }

    @Test func readsPlaceTagsUIDRelatedAndKeepsTheRest() throws {
        let contact = try Self.contact(
            "FN:Ana", "ADR;TYPE=work:;;Rua Augusta 1;Lisbon;;1100-048;Portugal", "CATEGORIES:fintech,investor",
            "UID:abc-1", "RELATED;TYPE=colleague:urn:uuid:carla", "NICKNAME:Aninha", "X-CUSTOM;X-A=1:kept\\, as written",
            "item3.X-ABDATE:2015-06-20", "item3.X-ABLabel:_$!<Anniversary>!$_")
        #expect(contact.location == "Lisbon, Portugal")
        #expect(contact.tags == ["fintech", "investor"])
        #expect(contact.externalID == "abc-1")
        #expect(contact.related.map(\.reference) == ["carla"])
        #expect(contact.related.map(\.label) == ["colleague"])
        let kept = contact.properties.map { "\($0.name)|\($0.parameters ?? "")|\($0.value)" }
        #expect(kept == ["ADR|TYPE=work|;;Rua Augusta 1;Lisbon;;1100-048;Portugal", "RELATED|TYPE=colleague|urn:uuid:carla",
                         "NICKNAME||Aninha", "X-CUSTOM|X-A=1|kept\\, as written", "item3.X-ABDATE||2015-06-20",
                         "item3.X-ABLabel||_$!<Anniversary>!$_"])
    }
}
