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
        var finder = DuplicateFinder(db: db)
        try finder.sameAddresses()
        try finder.sameNames()
        return try finder.pairs()
    }
}

/// Finds likely duplicates one kind of evidence at a time, gathering the reasons per pair.
private struct DuplicateFinder {
    let db: Database
    private var reasons: [UInt64: [String]] = [:]

    init(db: Database) { self.db = db }

    private mutating func note(_ a: Int64, _ b: Int64, _ reason: String) {
        guard a != b else { return }
        let key = UInt64(min(a, b)) << 32 | UInt64(max(a, b))
        if !(reasons[key]?.contains(reason) ?? false) { reasons[key, default: []].append(reason) }
    }

    /// Notes every pair of people who share a key, with the reason the key gives.
    private mutating func group(_ rows: [(Int64, String)], _ reason: (String) -> String) {
        var byKey: [String: [Int64]] = [:]
        for (person, key) in rows where !key.isEmpty { byKey[key, default: []].append(person) }
        for (key, people) in byKey where people.count > 1 {
            let people = Array(Set(people)).sorted()
            for (index, a) in people.enumerated() { for b in people[(index + 1)...] { note(a, b, reason(key)) } }
        }
    }

    /// The same email, phone or link, however written.
    mutating func sameAddresses() throws {
        let me = try Int64.fetchOne(db, sql: "SELECT id FROM person WHERE is_self = 1")
        func rows(_ table: String) throws -> [(Int64, String)] {
            try Row.fetchAll(db, sql: "SELECT person_id, value FROM \(table)").compactMap { row in
                let person: Int64 = row[0]
                return person == me ? nil : (person, AddressKey.of(table)(row[1]))
            }
        }
        group(try rows("email")) { "same email \($0)" }
        group(try rows("phone")) { _ in "same phone" }
        group(try rows("link")) { "same link \($0)" }
    }

    /// The same folded name at the same organisation (or where one has none), and a name whose
    /// words hold the other's at the same organisation ("Ana Silva", "Ana M. Silva").
    mutating func sameNames() throws {
        let people = try Row.fetchAll(db, sql: "SELECT id, name, organization FROM person WHERE is_self = 0").map {
            (id: $0[0] as Int64, words: TextFolding.words($0[1] as String), organization: ($0[2] as String?)?.lowercased())
        }
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
        let ids = people.map(\.id), words = people.map(\.words)
        for indices in byOrganization.values where indices.count > 1 && indices.count <= 500 {
            similarNames(among: indices, ids, words)
        }
    }

    /// Pairs among `indices` (people at one organisation) where one name's words are all words
    /// of the other's ("Ana Silva", "Ana M. Silva"). Each person's candidates are those holding
    /// every one of their words, found by word rather than by trying every pair.
    private mutating func similarNames(among indices: [Int], _ ids: [Int64], _ words: [[String]]) {
        var holding: [String: Set<Int>] = [:]
        for index in indices { for word in words[index] { holding[word, default: []].insert(index) } }
        for short in indices where words[short].count >= 2 {
            var candidates = holding[words[short][0]] ?? []
            for word in words[short].dropFirst() where !candidates.isEmpty { candidates.formIntersection(holding[word] ?? []) }
            for long in candidates where long != short && words[long] != words[short] && words[long].count >= words[short].count {
                note(ids[short], ids[long], "similar name and same organisation")
            }
        }
    }

    /// The pairs with their people named, the best-supported first.
    func pairs() throws -> [DuplicatePair] {
        let names = try PeopleQuery.summaries(Set(reasons.keys.flatMap { [Int64($0 >> 32), Int64($0 & 0xFFFF_FFFF)] }), in: db)
        return reasons.map { key, reasons in
            let a = Int64(key >> 32), b = Int64(key & 0xFFFF_FFFF)
            return DuplicatePair(personA: names[a] ?? PersonSummary(id: a, name: "#\(a)"),
                                 personB: names[b] ?? PersonSummary(id: b, name: "#\(b)"), reasons: reasons)
        }.sorted { ($1.reasons.count, $0.personA.id, $0.personB.id) < ($0.reasons.count, $1.personA.id, $1.personB.id) }
    }
}
