import Foundation
import GRDB

/// Two people who are probably the same person, and why Kith thinks so.
public struct DuplicatePair: Codable, Equatable, Sendable {
    public var personA: PersonSummary
    public var personB: PersonSummary
    /// Strongest first: `same email maya@tidal.example`, `same phone`, `same link`, `same name and
    /// organisation`, `similar name and same organisation`.
    public var reasons: [String]

    enum CodingKeys: String, CodingKey {
        case personA = "person_a", personB = "person_b", reasons
    }
}

extension DuplicatePair {
    /// Every likely duplicate pair, the best-supported first.
    static func all(in db: Database) throws -> [DuplicatePair] {
        var reasons: [UInt64: [String]] = [:]
        func note(_ a: Int64, _ b: Int64, _ reason: String) {
            guard a != b else { return }
            let key = UInt64(min(a, b)) << 32 | UInt64(max(a, b))
            if !(reasons[key]?.contains(reason) ?? false) { reasons[key, default: []].append(reason) }
        }
        func group(_ rows: [(Int64, String)], _ reason: (String) -> String) {
            var byKey: [String: [Int64]] = [:]
            for (person, key) in rows where !key.isEmpty { byKey[key, default: []].append(person) }
            for (key, people) in byKey where people.count > 1 {
                let people = Array(Set(people)).sorted()
                for (index, a) in people.enumerated() { for b in people[(index + 1)...] { note(a, b, reason(key)) } }
            }
        }
        let self_ = try Int64.fetchOne(db, sql: "SELECT id FROM person WHERE is_self = 1")
        func rows(_ sql: String) throws -> [(Int64, String)] {
            try Row.fetchAll(db, sql: sql).compactMap { row in
                let person: Int64 = row[0]
                return person == self_ ? nil : (person, row[1] as String)
            }
        }
        group(try rows("SELECT person_id, lower(value) FROM email")) { "same email \($0)" }
        group(try rows("SELECT person_id, value FROM phone").map { ($0.0, Self.phoneKey($0.1)) }) { _ in "same phone" }
        group(try rows("SELECT person_id, value FROM link").map { ($0.0, Self.linkKey($0.1)) }) { "same link \($0)" }

        // Names: the same folded name at the same organisation (or where one has none), and a
        // name whose words hold the other's at the same organisation ("Ana Silva", "Ana M. Silva").
        let people = try Row.fetchAll(db, sql: "SELECT id, name, organization FROM person WHERE is_self = 0")
            .map { (id: $0[0] as Int64, words: TextFolding.words($0[1] as String), organization: ($0[2] as String?)?.lowercased()) }
        var byName: [String: [Int]] = [:]
        var byOrganization: [String: [Int]] = [:]
        for (index, person) in people.enumerated() {
            byName[person.words.joined(separator: " "), default: []].append(index)
            if let organization = person.organization { byOrganization[organization, default: []].append(index) }
        }
        for indices in byName.values where indices.count > 1 {
            for (position, first) in indices.enumerated() {
                for second in indices[(position + 1)...] {
                    let a = people[first], b = people[second]
                    if a.organization == b.organization, a.organization != nil {
                        note(a.id, b.id, "same name and organisation")
                    } else if a.organization == nil || b.organization == nil {
                        note(a.id, b.id, "same name")
                    }
                }
            }
        }
        for indices in byOrganization.values where indices.count > 1 && indices.count <= 500 {
            for (position, first) in indices.enumerated() {
                for second in indices[(position + 1)...] {
                    let a = people[first], b = people[second]
                    guard a.words != b.words, min(a.words.count, b.words.count) >= 2 else { continue }
                    let (short, long) = a.words.count <= b.words.count ? (a.words, b.words) : (b.words, a.words)
                    if Set(short).isSubset(of: Set(long)) { note(a.id, b.id, "similar name and same organisation") }
                }
            }
        }

        let names = try PeopleQuery.summaries(Set(reasons.keys.flatMap { [Int64($0 >> 32), Int64($0 & 0xFFFF_FFFF)] }), in: db)
        return reasons.map { key, reasons in
            let a = Int64(key >> 32), b = Int64(key & 0xFFFF_FFFF)
            return DuplicatePair(personA: names[a] ?? PersonSummary(id: a, name: "#\(a)"),
                                 personB: names[b] ?? PersonSummary(id: b, name: "#\(b)"), reasons: reasons)
        }.sorted { ($1.reasons.count, $0.personA.id, $0.personB.id) < ($0.reasons.count, $1.personA.id, $1.personB.id) }
    }

    /// How the values of an address table (`email`, `phone`, `link`) are compared: the same
    /// address written differently has the same key.
    static func addressKey(_ table: String) -> (String) -> String {
        switch table {
        case "email": { $0.lowercased() }
        case "phone": { phoneKey($0).isEmpty ? $0 : phoneKey($0) }
        default: linkKey
        }
    }

    /// The digits that identify a phone: the last nine, so that `+351 912 345 678` and
    /// `912345678` meet; shorter numbers are too ambiguous to match.
    static func phoneKey(_ value: String) -> String {
        let digits = value.filter(\.isNumber)
        return digits.count >= 7 ? String(digits.suffix(9)) : ""
    }

    /// A link without its scheme, `www.`, query or trailing slash, in lower case.
    static func linkKey(_ value: String) -> String {
        var text = value.lowercased()
        for prefix in ["https://", "http://"] where text.hasPrefix(prefix) { text.removeFirst(prefix.count) }
        if text.hasPrefix("www.") { text.removeFirst(4) }
        if let query = text.firstIndex(where: { $0 == "?" || $0 == "#" }) { text = String(text[..<query]) }
        while text.hasSuffix("/") { text.removeLast() }
        return text
    }
}
