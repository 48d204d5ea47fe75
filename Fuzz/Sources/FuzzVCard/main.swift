import Foundation
import FuzzSupport
@testable import KithCore

/// Any bytes as a vCard file: every card read and turned into a contact, its properties split,
/// unescaped and put in their lasting form, without a crash or a trap; then the whole file
/// imported into an empty database, where only a user error may stop it, and what was taken
/// must export again.
func fuzzOne(_ data: Data) {
    VCardParser.forEachCard(in: data) { result in
        guard case .success(let card) = result, let contact = try? VCardContact.contact(card) else { return }
        _ = contact.unkeepable
        for link in contact.links { _ = AddressKey.link(link.value) }
        for phone in contact.phones { _ = AddressKey.phone(phone.value) }
        for property in card.properties {
            _ = property.components
            _ = property.list
            _ = KeptProperty.lasting(property)
        }
    }
    importThenReadBack(data, as: .vcard, file: "fuzz.vcf") { context in
        _ = try ExportService(context).vcard()
        _ = try ExportService(context).json()
        _ = try WeeklyListQuery(context).list()
    }
}

runFuzzer(fuzzOne)
