import Foundation
import Testing
@testable import KithCore

/// Reading vCard content lines: unfolding, groups, parameters, encodings, broken cards.
@Suite struct VCardParserTests {
    static func cards(_ text: String) -> (cards: [VCardParser.Card], malformed: [VCardParser.Malformed]) {
        VCardParser.parse(Data(text.utf8))
    }

    @Test func unfoldsBytesSoThatACharacterFoldedInTwoComesBackWhole() throws {
        let bytes = Array("BEGIN:VCARD\r\nFN:Jos".utf8) + [0xC3, 0x0D, 0x0A, 0x20, 0xA9] + Array("\r\nEND:VCARD\r\n".utf8)
        let (cards, malformed) = VCardParser.parse(Data(bytes))
        #expect(malformed.isEmpty)
        #expect(cards.first?.properties.first?.text == "José")
    }

    @Test func readsGroupsParametersAndBareTypes() throws {
        let card = try #require(Self.cards("""
            BEGIN:VCARD\r
            item1.EMAIL;type=INTERNET;type=pref:ana@example.com\r
            TEL;HOME;VOICE:+1 555 0100\r
            X-Note;X-PARAM="a;b":value\r
            END:VCARD\r

            """).cards.first)
        let email = card.properties[0]
        #expect(email.group == "item1" && email.name == "EMAIL")
        #expect(email.parameter("TYPE") == ["INTERNET", "pref"])
        #expect(card.properties[1].parameter("TYPE") == ["HOME", "VOICE"])
        // A quoted parameter value may hold a separator; the name keeps how it was written.
        #expect(card.properties[2].writtenName == "X-Note" && card.properties[2].name == "X-NOTE")
        #expect(card.properties[2].parameter("X-PARAM") == ["a;b"])
        #expect(card.properties[2].rawValue == "value")
    }

    @Test func decodesQuotedPrintableWithSoftBreaksAndCharsets() throws {
        let text = "BEGIN:VCARD\r\nVERSION:2.1\r\nFN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:Jos=C3=A9 =C3=96zt=\r\n=C3=BCrk\r\n"
            + "NOTE;CHARSET=ISO-8859-1;QUOTED-PRINTABLE:caf=E9\r\nEND:VCARD\r\n"
        let card = try #require(Self.cards(text).cards.first)
        #expect(card.properties.first { $0.name == "FN" }?.text == "José Öztürk")
        #expect(card.properties.first { $0.name == "NOTE" }?.text == "café")
    }

    @Test func unescapesTextAndSplitsStructuredValues() throws {
        let card = try #require(Self.cards("""
            BEGIN:VCARD\r
            N:Silva\\, Jr.;Ana;;Dr.;\r
            NOTE:one\\ntwo\\, three\\;\\\\\r
            CATEGORIES:a,b\\,c, d\r
            END:VCARD\r

            """).cards.first)
        #expect(card.properties[0].components == ["Silva, Jr.", "Ana", "", "Dr.", ""])
        #expect(card.properties[1].text == "one\ntwo, three;\\")
        #expect(card.properties[2].list == ["a", "b,c", "d"])
    }

    @Test func reportsBrokenCardsWithTheirLine() {
        let (cards, malformed) = Self.cards("""
            BEGIN:VCARD\r
            FN:Fine\r
            END:VCARD\r
            BEGIN:VCARD\r
            FN:Never closed\r
            BEGIN:VCARD\r
            this line has no colon\r
            END:VCARD\r
            END:VCARD\r

            """)
        #expect(cards.map { $0.properties.first?.text } == ["Fine"])
        #expect(malformed == [
            VCardParser.Malformed(line: 4, reason: "a card without END:VCARD"),
            VCardParser.Malformed(line: 7, reason: "a line without a property name and a colon"),
            VCardParser.Malformed(line: 9, reason: "END:VCARD without BEGIN:VCARD"),
        ])
    }
}
