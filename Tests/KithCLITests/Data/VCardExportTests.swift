import Foundation
import Testing

@Suite struct VCardExportTests {
    let kith: KithProcess

    init() throws {
        kith = try KithProcess()
        try kith.ok("add", "Ana Silva", "--org", "Stripe", "--title", "Partner", "--email", "ana@stripe.example",
                    "--phone", "+351 912 345 678", "--link", "https://linkedin.com/in/ana", "--tag", "fintech",
                    "--tag", "investor", "--birthday", "05-17", "--location", "Lisbon",
                    "--note", "Knows everyone; ask about the fund, and the board")
        try kith.ok("add", "José Álvarez Fernández-Grande", "--birthday", "1988-02-29",
                    "--note", String(repeating: "Long notes about José, ", count: 6))
    }

    @Test func writesVCard4ThatParsesBack() throws {
        let output = try kith.ok("export", "--format", "vcard")
        #expect(output.hasSuffix("\r\n"))
        let physical = output.components(separatedBy: "\r\n").dropLast()
        #expect(physical.allSatisfy { !$0.contains("\n") && $0.utf8.count <= 75 })
        #expect(physical.contains { $0.hasPrefix(" ") }, "long lines are folded")
        let cards = try ICalendarParser.parse("BEGIN:FILE\r\n" + output + "END:FILE\r\n").children
        #expect(cards.map(\.name) == ["VCARD", "VCARD"])
        let ana = cards[0]
        #expect(ana.value("VERSION") == "4.0")
        #expect(ana.value("FN") == "Ana Silva")
        #expect(ana.value("N") == "Silva;Ana;;;")
        #expect(ana.value("ORG") == "Stripe")
        #expect(ana.value("TITLE") == "Partner")
        #expect(ana.value("EMAIL") == "ana@stripe.example")
        #expect(ana.parameters("EMAIL") == "PREF=1")
        #expect(ana.value("TEL") == "+351 912 345 678")
        #expect(ana.value("URL") == "https://linkedin.com/in/ana")
        #expect(ana.value("BDAY") == "--0517")
        #expect(ana.value("CATEGORIES") == "fintech,investor")
        #expect(ana.value("NOTE") == "Knows everyone; ask about the fund, and the board")
        #expect(output.contains("NOTE:Knows everyone\\; ask about the fund\\, and the board\r\n"))
        #expect(cards[1].value("BDAY") == "19880229")
        #expect(cards[1].value("FN") == "José Álvarez Fernández-Grande")
        #expect(cards[1].value("NOTE") == String(repeating: "Long notes about José, ", count: 6).trimmingCharacters(in: .whitespaces))
        // The same person keeps the same UID, so an address book updates instead of doubling.
        let again = try ICalendarParser.parse("BEGIN:FILE\r\n" + (try kith.ok("export")) + "END:FILE\r\n").children
        #expect(again.map { $0.value("UID") } == cards.map { $0.value("UID") })
        #expect(Set(cards.compactMap { $0.value("UID") }).count == 2)
    }

    @Test func writesVCard3ForOlderPhones() throws {
        let cards = try ICalendarParser.parse("BEGIN:FILE\r\n" + (try kith.ok("export", "--vcard-version", "3")) + "END:FILE\r\n").children
        #expect(cards[0].value("VERSION") == "3.0")
        // Without a year, ISO 8601 and Google write --05-17; khard and vobject read it as such.
        #expect(cards[0].value("BDAY") == "--05-17")
        #expect(cards[0].parameters("EMAIL") == "TYPE=pref")
        #expect(cards[1].value("BDAY") == "1988-02-29")
        let file = kith.folder.appendingPathComponent("contacts.vcf").path
        try kith.ok("export", "--tag", "investor", "--out", file)
        let tagged = try String(contentsOfFile: file, encoding: .utf8)
        #expect(tagged.components(separatedBy: "BEGIN:VCARD").count - 1 == 1)
        #expect((try FileManager.default.attributesOfItem(atPath: file)[.posixPermissions] as? Int) == 0o600)
        try kith.refuses(["export", "--vcard-version", "2"], "kith: error: vCard version must be 3 or 4, not 2.0\n")
    }

    @Test func writesCSVForSpreadsheets() throws {
        let output = try kith.ok("export", "--format", "csv")
        let lines = output.components(separatedBy: "\n")
        #expect(lines[0] == "id,name,organization,title,location,emails,phones,links,tags,birthday,cadence_days,how_met,notes,created_at,updated_at")
        #expect(lines[1].hasPrefix("2,Ana Silva,Stripe,Partner,Lisbon,ana@stripe.example,+351 912 345 678,https://linkedin.com/in/ana,fintech ::: investor,--05-17,,,\"Knows everyone; ask about the fund, and the board\","))
        #expect(output.contains("José Álvarez Fernández-Grande"))
        let investors = try kith.ok("export", "--format", "csv", "--tag", "investor")
        #expect(investors.components(separatedBy: "\n").filter { !$0.isEmpty }.count == 2)
    }
}
