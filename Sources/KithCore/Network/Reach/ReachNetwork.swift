import Foundation
import GRDB
import KithGraph

/// The part of the network a reach question needs, read from the store and handed to KithGraph:
/// the targets and everyone within `maxHops - 2` ties of them with all their ties, the ties from
/// there to people the start knows, the start's ties into all that, and the evidence behind
/// every tie. What is read grows with the neighbourhood searched, never with the network.
struct ReachNetwork {
    /// Dense graph ids to person ids, and back.
    let people: [Int64]
    let index: [Int64: Int]
    let graph: Graph
    /// The evidence of each tie, by `key(a, b)` of dense ids; contexts are filled in by
    /// `explain`, for the ties an answer shows.
    private(set) var evidence: [UInt64: TieEvidence]

    static func key(_ a: Int, _ b: Int) -> UInt64 { UInt64(min(a, b)) << 32 | UInt64(max(a, b)) }
    private static func pair(_ a: Int64, _ b: Int64) -> UInt64 { UInt64(min(a, b)) << 32 | UInt64(max(a, b)) }

    /// At most this many organisations of targets are searched for colleagues of theirs.
    static let colleagueOrganizations = 20

    private struct StoredTie {
        var strength: Int
        var source: TieSource
    }

    static func load(source: Int64, me: Int64, targets: [Int64], maxHops: Int, today: Day,
                     in db: Database) throws -> ReachNetwork {
        var ties: [UInt64: StoredTie] = [:]
        func remember(_ rows: RowCursor) throws -> [(Int64, Int64)] {
            var found: [(Int64, Int64)] = []
            while let row = try rows.next() {
                let a: Int64 = row[0], b: Int64 = row[1]
                ties[pair(a, b)] = StoredTie(strength: row[2], source: row[3])
                found.append((a, b))
            }
            return found
        }
        // Everyone the start knows, kept inside SQLite: the last level and the colleagues are
        // checked against it there, so that none of it crosses into Swift.
        let startKnows = """
            SELECT CASE WHEN person_a = :source THEN person_b ELSE person_a END FROM tie
            WHERE person_a = :source OR person_b = :source
            """

        // Back from the targets, level by level: every tie of everyone within maxHops - 2, then
        // from the last level only the ties that lead to someone the start knows.
        var near = Set(targets)
        var frontier = targets
        for level in 0..<max(0, maxHops - 1) where !frontier.isEmpty {
            let last = level == maxHops - 2
            let filter = last
                ? "AND (person_a IN (\(startKnows)) OR person_b IN (\(startKnows)))"
                : ""
            let rows = try remember(try Row.fetchCursor(db, sql: """
                SELECT person_a, person_b, strength, source FROM tie
                WHERE (person_a IN (SELECT value FROM json_each(:ids)) OR person_b IN (SELECT value FROM json_each(:ids)))
                \(filter)
                """, arguments: ["ids": IDList.json(frontier), "source": source]))
            var next: [Int64] = []
            for (a, b) in rows {
                // The start is where routes begin, never a way through.
                for person in [a, b] where person != source && near.insert(person).inserted { next.append(person) }
            }
            frontier = next
        }

        // Inferred evidence around the targets: colleagues the start knows, and people met at
        // the same events.
        var organizations = try organizations(of: targets, in: db)
        let targetOrganizations = Array(Set(targets.compactMap { organizations[$0]?.lowercased() })).sorted()
        var colleagues: [Int64: String] = [:]
        if !targetOrganizations.isEmpty {
            for row in try Row.fetchAll(db, sql: """
                SELECT p.id, p.organization FROM json_each(:organizations) o
                CROSS JOIN person p ON p.organization = o.value COLLATE NOCASE
                WHERE p.archived = 0
                  AND EXISTS (SELECT 1 FROM tie WHERE person_a = min(:source, p.id) AND person_b = max(:source, p.id))
                """, arguments: ["source": source, "organizations": jsonStrings(targetOrganizations.prefix(colleagueOrganizations))]) {
                colleagues[row[0]] = row[1]
            }
        }
        var eventsOf: [Int64: [(id: Int64, name: String)]] = [:]
        for row in try Row.fetchAll(db, sql: """
            WITH events AS (
                SELECT DISTINCT i.event_id FROM interaction_person ip JOIN interaction i ON i.id = ip.interaction_id
                WHERE ip.person_id IN (SELECT value FROM json_each(?)) AND i.event_id IS NOT NULL
            )
            SELECT DISTINCT ip.person_id, e.id, e.name FROM events JOIN event e ON e.id = events.event_id
            JOIN interaction i ON i.event_id = e.id JOIN interaction_person ip ON ip.interaction_id = i.id
            """, arguments: [IDList.json(targets)]) {
            eventsOf[row[0], default: []].append((row[1], row[2]))
        }

        // The start's own ties into all of that.
        let candidates = near.union(colleagues.keys).union(eventsOf.keys).subtracting([source])
        var startTies = Set<Int64>()
        for (a, b) in try remember(try Row.fetchCursor(db, sql: """
            SELECT person_a, person_b, strength, source FROM tie
            WHERE (person_a = :source AND person_b IN (SELECT value FROM json_each(:ids)))
               OR (person_b = :source AND person_a IN (SELECT value FROM json_each(:ids)))
            """, arguments: ["source": source, "ids": IDList.json(candidates)])) {
            startTies.insert(a == source ? b : a)
        }

        // Inferred ties join a target to someone the start knows, or who is already near.
        var inferred = Set<UInt64>()
        for target in targets {
            let useful = { (other: Int64) in other != target && (startTies.contains(other) || near.contains(other)) }
            if let organization = organizations[target]?.lowercased() {
                for (other, theirs) in colleagues where theirs.lowercased() == organization && useful(other) {
                    inferred.insert(pair(target, other))
                }
            }
            let attended = Set((eventsOf[target] ?? []).map(\.id))
            for (other, events) in eventsOf where useful(other) && events.contains(where: { attended.contains($0.id) }) {
                inferred.insert(pair(target, other))
            }
        }

        // Dense ids for everyone on a tie that can be part of a route.
        var people: [Int64] = [source]
        var index: [Int64: Int] = [source: 0]
        func dense(_ person: Int64) -> Int {
            if let id = index[person] { return id }
            index[person] = people.count
            people.append(person)
            return people.count - 1
        }
        for target in targets { _ = dense(target) }
        var edges: [(Int64, Int64)] = []
        for key in Set(ties.keys).union(inferred).sorted() {
            let a = Int64(key >> 32), b = Int64(key & 0xFFFF_FFFF)
            edges.append((a, b))
            _ = dense(a)
            _ = dense(b)
        }
        for (id, organization) in try self.organizations(of: people.filter { organizations[$0] == nil }, in: db) {
            organizations[id] = organization
        }

        // Evidence: my interactions behind my ties, introductions (between the two, or
        // exchanged with me), shared organisation and events.
        var introducedToEachOther: [UInt64: Int] = [:]
        var exchangedWithMe: [Int64: Int] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT introducer_id, person_a, person_b FROM introduction WHERE status = 'made'") {
            let introducer: Int64? = row[0], a: Int64 = row[1], b: Int64 = row[2]
            introducedToEachOther[pair(a, b), default: 0] += 1
            // Reciprocity: introductions I made for someone, or they made for me.
            if introducer == me {
                exchangedWithMe[a, default: 0] += 1
                exchangedWithMe[b, default: 0] += 1
            } else if let introducer, a == me || b == me {
                exchangedWithMe[introducer, default: 0] += 1
            }
        }
        let partners = edges.compactMap { edge -> Int64? in edge.0 == me ? edge.1 : edge.1 == me ? edge.0 : nil }
        var interactions: [Int64: [TieEvidence.Interaction]] = [:]
        for row in try Row.fetchAll(db, sql: """
            SELECT ip.person_id, i.date, i.kind, e.name FROM interaction_person ip
            JOIN interaction i ON i.id = ip.interaction_id LEFT JOIN event e ON e.id = i.event_id
            WHERE ip.person_id IN (SELECT value FROM json_each(?)) ORDER BY i.date DESC, i.id DESC
            """, arguments: [IDList.json(partners)]) {
            let day: Day = try row.decode(atIndex: 1), kind: InteractionKind = try row.decode(atIndex: 2)
            interactions[row[0], default: []].append(.init(daysAgo: day.days(to: today), kind: kind.evidence, event: row[3]))
        }

        let targetSet = Set(targets)
        var graphEdges: [Graph.Edge] = []
        var evidence: [UInt64: TieEvidence] = [:]
        graphEdges.reserveCapacity(edges.count)
        for (a, b) in edges {
            let mine = a == me || b == me
            var item = TieEvidence(mine: mine)
            if let tie = ties[pair(a, b)] {
                item.strength = tie.strength
                item.source = tie.source.evidence
            }
            if mine {
                let other = a == me ? b : a
                item.interactions = interactions[other] ?? []
                item.introductions = exchangedWithMe[other] ?? 0
            } else {
                item.introductions = introducedToEachOther[pair(a, b)] ?? 0
                if let first = organizations[a], let second = organizations[b], first.lowercased() == second.lowercased() {
                    item.sharedOrganization = first
                }
                if targetSet.contains(a) || targetSet.contains(b), let theirs = eventsOf[a], let others = eventsOf[b] {
                    let attended = Set(theirs.map(\.id))
                    item.sharedEvents = others.filter { attended.contains($0.id) }.map(\.name)
                }
            }
            let (x, y) = (dense(a), dense(b))
            evidence[key(x, y)] = item
            graphEdges.append(Graph.Edge(x, y, weight: TieModel.weight(item)))
        }
        return ReachNetwork(people: people, index: index, graph: Graph(count: people.count, edges: graphEdges),
                            evidence: evidence)
    }

    /// Fills in how the two know each other for the ties between `pairs` of dense ids: only
    /// what an answer shows is worth reading.
    mutating func explain(_ pairs: [(Int, Int)], in db: Database) throws {
        let wanted = pairs.map { (min(people[$0.0], people[$0.1]), max(people[$0.0], people[$0.1])) }
        guard !wanted.isEmpty else { return }
        let list = "[" + wanted.map { "[\($0.0),\($0.1)]" }.joined(separator: ",") + "]"
        for row in try Row.fetchAll(db, sql: """
            SELECT t.person_a, t.person_b, t.context FROM json_each(?) w
            JOIN tie t ON t.person_a = w.value ->> 0 AND t.person_b = w.value ->> 1
            WHERE t.context IS NOT NULL
            """, arguments: [list]) {
            guard let a = index[row[0]], let b = index[row[1]] else { continue }
            evidence[Self.key(a, b)]?.context = row[2]
        }
    }

    private static func organizations(of people: [Int64], in db: Database) throws -> [Int64: String] {
        guard !people.isEmpty else { return [:] }
        var organizations: [Int64: String] = [:]
        for row in try Row.fetchAll(db, sql: """
            SELECT id, organization FROM person WHERE id IN (SELECT value FROM json_each(?)) AND organization IS NOT NULL
            """, arguments: [IDList.json(people)]) {
            organizations[row[0]] = row[1]
        }
        return organizations
    }

    private static func jsonStrings(_ values: some Sequence<String>) -> String {
        let data = (try? JSONSerialization.data(withJSONObject: Array(values))) ?? Data("[]".utf8)
        return String(decoding: data, as: UTF8.self)
    }
}
