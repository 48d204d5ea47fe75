import Foundation
import GRDB
import KithGraph

/// Reads the neighbourhood a reach question needs, a step at a time: the inferred steps from
/// the targets to people the start knows, then back from the targets over every step, the
/// start's ties into all that, and the evidence behind every tie. What is read grows with the
/// neighbourhood, never with the network, and holds every route of at most `maxHops` hops.
struct ReachNetworkLoader {
    let db: Database
    let source: Int64
    let me: Int64
    let targets: [Int64]
    let maxHops: Int
    let today: Day

    private var ties: [UInt64: TieWeighing.StoredTie] = [:]
    /// The targets and everyone traced back from them.
    private var near = Set<Int64>()
    private var organizations: [Int64: String] = [:]
    /// Events each person was logged at.
    private var eventsOf: [Int64: [(id: Int64, name: String)]] = [:]
    /// Pairs of a target and someone the start knows who share an organisation or an event.
    private var inferred = Set<UInt64>()

    init(db: Database, source: Int64, me: Int64, targets: [Int64], maxHops: Int, today: Day) {
        self.db = db
        self.source = source
        self.me = me
        self.targets = targets
        self.maxHops = maxHops
        self.today = today
    }

    static func pair(_ a: Int64, _ b: Int64) -> UInt64 { UInt64(min(a, b)) << 32 | UInt64(max(a, b)) }

    mutating func load() throws -> ReachNetwork {
        try inferSteps()
        try traceBack()
        try readStartTies()
        return try build()
    }

    /// Reads tie rows (`person_a, person_b, strength, source`) into `ties`; returns the pairs.
    private mutating func remember(_ rows: RowCursor) throws -> [(Int64, Int64)] {
        var found: [(Int64, Int64)] = []
        while let row = try rows.next() {
            let a: Int64 = row[0], b: Int64 = row[1]
            ties[Self.pair(a, b)] = TieWeighing.StoredTie(strength: row[2], source: try row.decode(atIndex: 3))
            found.append((a, b))
        }
        return found
    }

    /// The people the start is tied to who work where a target works or were logged at an event
    /// where a target was: each such pair is a step even without a stored tie (README: an
    /// inferred step). A stored tie between them is read later and weighs the same evidence.
    private mutating func inferSteps() throws {
        organizations = try Self.organizations(of: targets, in: db)
        let targetOrganizations = Array(Set(targets.compactMap { organizations[$0]?.lowercased() })).sorted()
        var colleagues: [String: [Int64]] = [:]
        for row in try Row.fetchAll(db, sql: """
            SELECT p.id, lower(p.organization) FROM json_each(:organizations) o
            CROSS JOIN person p ON p.organization = o.value COLLATE NOCASE
            WHERE EXISTS (SELECT 1 FROM tie WHERE person_a = min(:source, p.id) AND person_b = max(:source, p.id))
            """, arguments: ["source": source, "organizations": Self.jsonStrings(targetOrganizations)]) {
            colleagues[row[1], default: []].append(row[0])
        }
        let attendance = try attendanceAtTargetsEvents()
        let known = try Set(Int64.fetchAll(db, sql: """
            SELECT CASE WHEN person_a = :source THEN person_b ELSE person_a END FROM tie
            WHERE (person_a = :source AND person_b IN (SELECT value FROM json_each(:ids)))
               OR (person_b = :source AND person_a IN (SELECT value FROM json_each(:ids)))
            """, arguments: ["source": source, "ids": IDList.json(Array(attendance.keys))]))
        for target in targets {
            let attended = attendance[target] ?? []
            var partners = organizations[target].map { colleagues[$0.lowercased()] ?? [] } ?? []
            partners += known.filter { !(attendance[$0] ?? []).isDisjoint(with: attended) }
            for partner in partners where partner != target && partner != source {
                inferred.insert(Self.pair(target, partner))
            }
        }
    }

    /// Back from the targets, level by level over stored ties and inferred steps: every tie of
    /// everyone within maxHops - 2, then from the last level only the ties that lead to someone
    /// the start knows. That set is kept inside SQLite, so that none of it crosses into Swift.
    private mutating func traceBack() throws {
        let startKnows = """
            SELECT CASE WHEN person_a = :source THEN person_b ELSE person_a END FROM tie
            WHERE person_a = :source OR person_b = :source
            """
        near = Set(targets)
        var frontier = targets
        for level in 0..<max(0, maxHops - 1) where !frontier.isEmpty {
            let filter = level == maxHops - 2 ? "AND (person_a IN (\(startKnows)) OR person_b IN (\(startKnows)))" : ""
            var rows = try remember(try Row.fetchCursor(db, sql: """
                SELECT person_a, person_b, strength, source FROM tie
                WHERE (person_a IN (SELECT value FROM json_each(:ids)) OR person_b IN (SELECT value FROM json_each(:ids)))
                \(filter)
                """, arguments: ["ids": IDList.json(frontier), "source": source]))
            // Inferred steps join targets to people the start knows: one step back, like a tie.
            if level == 0 { rows += inferred.map { (Int64($0 >> 32), Int64($0 & 0xFFFF_FFFF)) } }
            var next: [Int64] = []
            for (a, b) in rows {
                // The start is where routes begin, never a way through.
                for person in [a, b] where person != source && near.insert(person).inserted { next.append(person) }
            }
            frontier = next
        }
    }

    /// The start's own ties into all of that.
    private mutating func readStartTies() throws {
        let candidates = near.union(inferred.flatMap { [Int64($0 >> 32), Int64($0 & 0xFFFF_FFFF)] }).subtracting([source])
        _ = try remember(try Row.fetchCursor(db, sql: """
            SELECT person_a, person_b, strength, source FROM tie
            WHERE (person_a = :source AND person_b IN (SELECT value FROM json_each(:ids)))
               OR (person_b = :source AND person_a IN (SELECT value FROM json_each(:ids)))
            """, arguments: ["source": source, "ids": IDList.json(candidates)]))
    }

    /// Everyone logged at an event where a target was, with those events.
    private func attendanceAtTargetsEvents() throws -> [Int64: Set<Int64>] {
        var attendance: [Int64: Set<Int64>] = [:]
        for row in try Row.fetchAll(db, sql: """
            SELECT DISTINCT ip.person_id, i.event_id FROM interaction i
            JOIN interaction_person ip ON ip.interaction_id = i.id
            WHERE i.event_id IN (SELECT t.event_id FROM json_each(?) w
                                 JOIN interaction_person tp ON tp.person_id = w.value
                                 JOIN interaction t ON t.id = tp.interaction_id WHERE t.event_id IS NOT NULL)
            """, arguments: [IDList.json(targets)]) {
            attendance[row[0], default: []].insert(row[1])
        }
        return attendance
    }

    /// Dense ids for everyone on a tie that can be part of a route, and each tie weighed by its
    /// evidence.
    private mutating func build() throws -> ReachNetwork {
        let edges = Set(ties.keys).union(inferred).sorted().map { (Int64($0 >> 32), Int64($0 & 0xFFFF_FFFF)) }
        // Dense ids in the order of person ids, so that ties between equal scores fall the same
        // way whatever was read first.
        let people = Set(edges.flatMap { [$0.0, $0.1] }).union(targets).union([source]).sorted()
        let index = Dictionary(uniqueKeysWithValues: people.enumerated().map { ($1, $0) })
        func dense(_ person: Int64) -> Int { index[person] ?? 0 }
        for (id, organization) in try Self.organizations(of: people.filter { organizations[$0] == nil }, in: db) {
            organizations[id] = organization
        }
        // Every tie between others weighs the events where I met both, so everyone's events.
        eventsOf = try TieWeighing.events(of: people, in: db)
        let evidence = try self.evidence(for: edges)
        var graphEdges: [Graph.Edge] = []
        var byKey: [UInt64: TieEvidence] = [:]
        graphEdges.reserveCapacity(edges.count)
        for ((a, b), item) in zip(edges, evidence) {
            let (x, y) = (dense(a), dense(b))
            byKey[ReachNetwork.key(x, y)] = item
            graphEdges.append(Graph.Edge(x, y, weight: TieModel.weight(item)))
        }
        return ReachNetwork(people: people, index: index, graph: Graph(count: people.count, edges: graphEdges),
                            evidence: byKey)
    }

    /// The evidence of each tie, weighed as README says.
    private func evidence(for edges: [(Int64, Int64)]) throws -> [TieEvidence] {
        try TieWeighing(me: me, today: today, ties: ties, organizations: organizations, eventsOf: eventsOf)
            .evidence(for: edges, in: db)
    }

    /// Made introductions: how many between each pair, and how many each person exchanged with
    /// me (I made one for them, or they for me).
    static func introductions(me: Int64, in db: Database) throws -> (between: [UInt64: Int], withMe: [Int64: Int]) {
        var between: [UInt64: Int] = [:]
        var withMe: [Int64: Int] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT introducer_id, person_a, person_b FROM introduction WHERE status = 'made'") {
            let introducer: Int64? = row[0], a: Int64 = row[1], b: Int64 = row[2]
            between[Self.pair(a, b), default: 0] += 1
            if introducer == me {
                withMe[a, default: 0] += 1
                withMe[b, default: 0] += 1
            } else if let introducer, a == me || b == me {
                withMe[introducer, default: 0] += 1
            }
        }
        return (between, withMe)
    }

    /// My interactions with each of `partners`, newest first.
    static func interactions(with partners: [Int64], today: Day, in db: Database) throws -> [Int64: [TieEvidence.Interaction]] {
        var interactions: [Int64: [TieEvidence.Interaction]] = [:]
        for row in try Row.fetchAll(db, sql: """
            SELECT ip.person_id, i.date, i.kind, e.name FROM interaction_person ip
            JOIN interaction i ON i.id = ip.interaction_id LEFT JOIN event e ON e.id = i.event_id
            WHERE ip.person_id IN (SELECT value FROM json_each(?)) ORDER BY i.date DESC, i.id DESC
            """, arguments: [IDList.json(partners)]) {
            let day: Day = try row.decode(atIndex: 1), kind: InteractionKind = try row.decode(atIndex: 2)
            interactions[row[0], default: []].append(.init(daysAgo: day.days(to: today), kind: kind.evidence, event: row[3]))
        }
        return interactions
    }

    /// The evidence behind my tie to `person`, as reach weighs it; nil when we have no tie.
    static func myTie(with person: Int64, me: Int64, today: Day, in db: Database) throws -> TieEvidence? {
        guard let row = try Row.fetchOne(db, sql: "SELECT strength, source FROM tie WHERE person_a = ? AND person_b = ?",
                                         arguments: [min(me, person), max(me, person)]) else { return nil }
        var evidence = TieEvidence(mine: true, strength: row[0])
        evidence.source = (try row.decode(atIndex: 1) as TieSource).evidence
        evidence.interactions = try interactions(with: [person], today: today, in: db)[person] ?? []
        evidence.introductions = try introductions(me: me, in: db).withMe[person] ?? 0
        return evidence
    }

    static func organizations(of people: [Int64], in db: Database) throws -> [Int64: String] {
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
