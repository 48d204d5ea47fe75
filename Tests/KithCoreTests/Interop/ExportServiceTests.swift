import Foundation
import Testing
@testable import KithCore

/// The exports, read directly: vCards, CSV rows and the JSON document's round trip.
@Suite struct ExportServiceTests {
    let store: Store

    init() throws {
        store = try Store.empty()
        var ana = NewPerson(name: "Ana Silva")
        ana.organization = "Stripe"
        ana.emails = ["ana@stripe.example", "ana@home.example"]
        ana.tags = ["investor", "fintech"]
        ana.birthday = "1990-05-17"
        _ = try store.people.add(ana)
        var bruno = NewPerson(name: "Bruno Okafor")
        bruno.tags = ["friend"]
        bruno.knows = ["Ana"]
        _ = try store.people.add(bruno)
    }

    var export: ExportService { ExportService(store.context) }

    @Test func writesOneCardPerPersonButMe() throws {
        let cards = try export.vcard()
        #expect(cards.components(separatedBy: "BEGIN:VCARD").count - 1 == 2)
        #expect(cards.contains("FN:Ana Silva\r\n") && !cards.contains("FN:Me\r\n"))
        #expect(cards.contains("EMAIL;PREF=1:ana@stripe.example\r\nEMAIL:ana@home.example\r\n"))
        #expect(cards.contains("CATEGORIES:fintech,investor\r\n"))
        #expect(cards.contains("BDAY:19900517\r\n"))
        #expect(try export.vcard(tag: "friend").components(separatedBy: "BEGIN:VCARD").count - 1 == 1)
        #expect(throws: KithError.invalid("vCard version must be 3 or 4, not 2.1")) { try export.vcard(version: "2.1") }
        #expect(throws: KithError.tagNotFound("ghost", known: ["fintech", "friend", "investor"])) { try export.vcard(tag: "ghost") }
    }

    @Test func writesACSVRowPerPersonWithSeveralValuesJoined() throws {
        let rows = String(decoding: try export.csv(), as: UTF8.self).components(separatedBy: "\n")
        #expect(rows[0].hasPrefix("id,name,organization,title,location,emails,phones,links,tags,birthday"))
        #expect(rows[1].hasPrefix("2,Ana Silva,Stripe,,,ana@stripe.example ::: ana@home.example,,,fintech ::: investor,1990-05-17,"))
        #expect(rows[2].hasPrefix("3,Bruno Okafor,"))
    }

    @Test func theJSONDocumentComesBackByteForByte() throws {
        let first = try export.json()
        let copy = try Store.empty()
        let summary = try ImportService(copy.context).importFile(first, file: "kith.json")
        #expect(summary.created == 2 && summary.ties == 3)
        #expect(try ExportService(copy.context).json() == first)
        // Only into a database that holds nobody yet: the ids travel as they are.
        #expect(throws: KithError.refused(.notEmpty(people: 2, for: .jsonImport))) {
            try ImportService(copy.context).importFile(first, file: "kith.json")
        }
    }
}
