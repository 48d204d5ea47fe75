import Foundation
import Testing
@testable import KithCore

/// Writing cards as RFC 6350 (4.0) and RFC 2426 (3.0) want them.
@Suite struct VCardWriterTests {
    static func person(_ name: String) -> Person {
        var person = Person(name: name, now: Timestamp(iso: "2026-11-21T09:30:00Z")!)
        person.id = 7
        return person
    }

    static func lines(_ writer: VCardWriter) -> [String] {
        writer.render().components(separatedBy: "\r\n").filter { !$0.isEmpty }
    }

    @Test func writesAFullCardIn4() {
        var person = Self.person("Ana Silva")
        person.organization = "Stripe; Payments"
        person.title = "Partner"
        person.notes = "line one\nline two, with a comma"
        person.birthday = Birthday(year: nil, month: 5, day: 17)
        var writer = VCardWriter(version: .v4)
        writer.card(person, uid: "uid-7", emails: [Email(id: 1, personID: 7, value: "ana@stripe.example", label: "work", isPrimary: true)],
                    phones: [Phone(id: 2, personID: 7, value: "+351 912 345 678", label: "Office", isPrimary: false)],
                    links: [], tags: ["fintech", "a,b"])
        #expect(Self.lines(writer) == [
            "BEGIN:VCARD", "VERSION:4.0", "FN:Ana Silva", "N:Silva;Ana;;;", "ORG:Stripe\\; Payments", "TITLE:Partner",
            "EMAIL;TYPE=work;PREF=1:ana@stripe.example", "item1.TEL:+351 912 345 678", "item1.X-ABLabel:Office",
            "BDAY:--0517", "CATEGORIES:fintech,a\\,b", "NOTE:line one\\nline two\\, with a comma", "UID:uid-7",
            "REV:20261121T093000Z", "END:VCARD",
        ])
    }

    @Test func writes3WithPrefTypeAndAStandInYear() {
        var person = Self.person("Bruno")
        person.birthday = Birthday(year: nil, month: 12, day: 1)
        var writer = VCardWriter(version: .v3)
        writer.card(person, uid: "u", emails: [Email(id: 1, personID: 7, value: "b@example.com", label: nil, isPrimary: true)],
                    phones: [], links: [], tags: [])
        let lines = Self.lines(writer)
        #expect(lines.contains("EMAIL;TYPE=pref:b@example.com"))
        #expect(lines.contains("BDAY:--12-01"))
        #expect(lines.contains("N:Bruno;;;;"))
    }

    @Test func givesKeptPropertiesBackAndNumbersNewLabelsAfterThem() {
        let kept = [PersonProperty(id: 1, personID: 7, name: "item2.X-ABDATE", parameters: nil, value: "2015-06-20"),
                    PersonProperty(id: 2, personID: 7, name: "NICKNAME", parameters: "TYPE=home", value: "Ana\\, M.")]
        var writer = VCardWriter(version: .v4)
        writer.card(Self.person("Ana"), uid: "u", emails: [], phones: [],
                    links: [Link(id: 1, personID: 7, value: "https://x.example/a,b", label: "LinkedIn", isPrimary: false)],
                    tags: [], kept: kept)
        let lines = Self.lines(writer)
        #expect(lines.contains("item3.URL:https://x.example/a,b"))
        #expect(lines.contains("item3.X-ABLabel:LinkedIn"))
        #expect(lines.contains("item2.X-ABDATE:2015-06-20"))
        #expect(lines.contains("NICKNAME;TYPE=home:Ana\\, M."))
    }

    @Test func foldsLongLinesAt75OctetsWithoutSplittingACharacter() {
        var person = Self.person(String(repeating: "é", count: 60))
        person.notes = String(repeating: "x", count: 200)
        var writer = VCardWriter(version: .v4)
        writer.card(person, uid: "u", emails: [], phones: [], links: [], tags: [])
        let physical = writer.render().components(separatedBy: "\r\n")
        #expect(physical.allSatisfy { $0.utf8.count <= 75 })
        #expect(physical.allSatisfy { String(bytes: Array($0.utf8), encoding: .utf8) != nil })
        let unfolded = writer.render().replacingOccurrences(of: "\r\n ", with: "")
        #expect(unfolded.contains("FN:" + String(repeating: "é", count: 60) + "\r\n"))
    }
}
