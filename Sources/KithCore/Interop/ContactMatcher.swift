import GRDB

/// Who an incoming contact already is, by the rules of identity (README "One person, one row"):
/// the same UID (Kith's own, or one a person came with), then the same profile link in any
/// spelling or carrier, then the same email or phone *and* a name that agrees, then the same
/// full name at the same organisation. A shared email or phone under a name that clearly differs
/// (an office line, a family address) is not a match: the contact stays apart, and says so.
struct ContactMatcher {
    let db: Database
    private var byUID: [String: Int64] = [:]
    private var byLink: [String: Int64] = [:]
    private var byEmail: [String: [Int64]] = [:]
    private var byPhone: [String: [Int64]] = [:]
    private var byNameAndOrganization: [String: Int64] = [:]
    /// Names of the people matched by email or phone, read when first needed.
    private var names: [Int64: String] = [:]
    /// How kith 0.1 named this database's people in the UIDs it exported: `kith-<when I was
    /// made>-<id>`. Such a UID still finds the person with that id.
    private let legacyUIDPrefix: String?

    /// What a contact matched, or, when it matched nobody, whom it shares an address with
    /// under another name.
    struct Match {
        var person: Int64?
        var keptApartFrom: Int64?
    }

    /// Reads every key a contact could match on, once: imports are large, the look-ups many.
    init(db: Database) throws {
        self.db = db
        legacyUIDPrefix = try Timestamp.fetchOne(db, sql: "SELECT created_at FROM person WHERE is_self = 1")
            .map { "kith-" + $0.basic.lowercased() + "-" }
        for row in try Row.fetchAll(db, sql: "SELECT uid, id FROM person") { byUID[Self.uidKey(row[0])] = row[1] }
        for row in try Row.fetchAll(db, sql: "SELECT external_id, person_id FROM person_source WHERE external_id IS NOT NULL") {
            byUID[Self.uidKey(row[0])] = row[1]
        }
        for row in try Row.fetchAll(db, sql: "SELECT value, person_id FROM link") { byLink[AddressKey.link(row[0])] = row[1] }
        for row in try Row.fetchAll(db, sql: """
            SELECT name, parameters, value, person_id FROM person_property
            WHERE upper(name) LIKE '%X-SOCIALPROFILE' OR upper(name) LIKE '%IMPP'
            """) {
            if let key = Self.identity(name: row[0], parameters: row[1], value: row[2]) { byLink[key] = row[3] }
        }
        for row in try Row.fetchAll(db, sql: "SELECT value, person_id FROM email") {
            byEmail[AddressKey.email(row[0]), default: []].append(row[1])
        }
        for row in try Row.fetchAll(db, sql: "SELECT value, person_id FROM phone") {
            let key = AddressKey.phone(row[0])
            if !key.isEmpty { byPhone[key, default: []].append(row[1]) }
        }
        for row in try Row.fetchAll(db, sql: "SELECT id, name, organization FROM person WHERE organization IS NOT NULL") {
            byNameAndOrganization[Self.nameKey(row[1], row[2])] = row[0]
        }
    }

    /// A UID as compared: without `urn:uuid:`, in lower case.
    static func uidKey(_ uid: String) -> String {
        var key = uid.trimmingBlanks().lowercased()
        if key.hasPrefix("urn:uuid:") { key.removeFirst(9) }
        return key
    }

    static func nameKey(_ name: String, _ organization: String) -> String {
        TextFolding.words(name).joined(separator: " ") + "\u{1F}" + organization.lowercased()
    }

    /// The key of a kept X-SOCIALPROFILE or IMPP property.
    static func identity(name: String, parameters: String?, value: String) -> String? {
        let parameter = { (wanted: String) in
            (parameters ?? "").split(separator: ";").first { $0.uppercased().hasPrefix(wanted + "=") }
                .map { String($0.dropFirst(wanted.count + 1)).trimmingCharacters(in: .init(charactersIn: "\"")) }
        }
        let text = VCardProperty.unescape(value)
        return name.uppercased().hasSuffix("IMPP") ? AddressKey.instantMessaging(text)
            : AddressKey.socialProfile(text, service: parameter("TYPE"), user: parameter("X-USER"))
    }

    mutating func match(_ contact: ImportedContact) throws -> Match {
        if let uid = contact.externalID, let id = try person(legacyUID: uid) ?? byUID[Self.uidKey(uid)] {
            return Match(person: id)
        }
        for key in contact.links.map({ AddressKey.link($0.value) }) + contact.identities {
            if let id = byLink[key] { return Match(person: id) }
        }
        var apart: Int64?
        let shared = contact.emails.flatMap { byEmail[AddressKey.email($0.value)] ?? [] }
            + contact.phones.flatMap { byPhone[AddressKey.phone($0.value)] ?? [] }
        for id in shared {
            if try agrees(contact, id) { return Match(person: id) }
            apart = apart ?? id
        }
        if let organization = contact.organization, let id = byNameAndOrganization[Self.nameKey(contact.name, organization)] {
            return Match(person: id)
        }
        return Match(person: nil, keptApartFrom: apart)
    }

    /// Whether the contact's name can be the person's: a contact with no name of its own, or a
    /// person whose name is only an address, agrees with anyone.
    private mutating func agrees(_ contact: ImportedContact, _ id: Int64) throws -> Bool {
        if contact.nameIsFallback { return true }
        if names[id] == nil { names[id] = try String.fetchOne(db, sql: "SELECT name FROM person WHERE id = ?", arguments: [id]) }
        let name = names[id] ?? ""
        if name.contains("@") || name.allSatisfy({ $0.isNumber || " +-().".contains($0) }) { return true }
        return NameMatch.agree(contact.name, name)
    }

    /// Makes `contact`'s keys find `id` from now on: later records of the same file match it.
    mutating func remember(_ contact: ImportedContact, as id: Int64, name: String) {
        if let uid = contact.externalID { byUID[Self.uidKey(uid)] = id }
        for link in contact.links { byLink[AddressKey.link(link.value)] = id }
        for key in contact.identities { byLink[key] = id }
        for email in contact.emails where !(byEmail[AddressKey.email(email.value)] ?? []).contains(id) {
            byEmail[AddressKey.email(email.value), default: []].append(id)
        }
        for phone in contact.phones {
            let key = AddressKey.phone(phone.value)
            if !key.isEmpty, !(byPhone[key] ?? []).contains(id) { byPhone[key, default: []].append(id) }
        }
        if let organization = contact.organization { byNameAndOrganization[Self.nameKey(name, organization)] = id }
        names[id] = name
    }

    /// The person a kith 0.1 UID of this database names, if they are still here.
    private func person(legacyUID uid: String) throws -> Int64? {
        let key = Self.uidKey(uid)
        guard let prefix = legacyUIDPrefix, key.hasPrefix(prefix), let id = Int64(key.dropFirst(prefix.count)) else { return nil }
        return try Int64.fetchOne(db, sql: "SELECT id FROM person WHERE id = ? AND is_self = 0", arguments: [id])
    }

    /// The one person with this UID, or this full name, if any: for ties from related names.
    func person(uid: String) -> Int64? { byUID[Self.uidKey(uid)] }
}
