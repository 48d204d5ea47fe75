import GRDB
import KithGraph

/// What a tie is weighed by (README "How Kith ranks introductions"), read once for many ties:
/// reach weighs the ties of a neighbourhood with it, and a picture of the network the ties it draws.
struct TieWeighing {
    struct StoredTie {
        var strength: Int
        var source: TieSource
    }

    let me: Int64
    let today: Day
    /// The stored ties, by `ReachNetworkLoader.pair`.
    let ties: [UInt64: StoredTie]
    let organizations: [Int64: String]
    /// The events each person was logged at.
    let eventsOf: [Int64: [(id: Int64, name: String)]]

    /// The evidence of each tie: my interactions behind my ties, introductions (between the two,
    /// or exchanged with me), shared organisation and events.
    func evidence(for edges: [(Int64, Int64)], in db: Database) throws -> [TieEvidence] {
        let (introducedToEachOther, exchangedWithMe) = try ReachNetworkLoader.introductions(me: me, in: db)
        let mine = edges.compactMap { $0.0 == me ? $0.1 : $0.1 == me ? $0.0 : nil }
        let interactions = try ReachNetworkLoader.interactions(with: mine, today: today, in: db)
        return edges.map { a, b in
            let mine = a == me || b == me
            var item = TieEvidence(mine: mine)
            if let tie = ties[ReachNetworkLoader.pair(a, b)] {
                item.strength = tie.strength
                item.source = tie.source.evidence
            }
            if mine {
                let other = a == me ? b : a
                item.interactions = interactions[other] ?? []
                item.introductions = exchangedWithMe[other] ?? 0
                return item
            }
            item.introductions = introducedToEachOther[ReachNetworkLoader.pair(a, b)] ?? 0
            if let first = organizations[a], let second = organizations[b], first.lowercased() == second.lowercased() {
                item.sharedOrganization = first
            }
            if let theirs = eventsOf[a], let others = eventsOf[b] {
                let attended = Set(theirs.map(\.id))
                item.sharedEvents = others.filter { attended.contains($0.id) }.map(\.name)
            }
            return item
        }
    }

    /// A stored tie among `people` as a picture draws it: its ends, strength, source and weight.
    struct Weighed {
        var a: Int64
        var b: Int64
        var tie: StoredTie
        var weight: Double
    }

    /// The stored ties among `people` of at least `minStrength`, each weighed; with `touching`,
    /// only those with that person at one end.
    static func ties(among people: [Int64], touching: Int64? = nil, minStrength: Int, me: Int64, today: Day,
                     in db: Database) throws -> [Weighed] {
        var stored: [UInt64: StoredTie] = [:]
        var pairs: [(Int64, Int64)] = []
        // One person's ties by the tie indexes, the rest of the set checked here: an IN over a
        // whole network's ids costs more than the ties it finds.
        let among = Set(people)
        let rows = try touching.map { person in
            try Row.fetchAll(db, sql: """
                SELECT person_a, person_b, strength, source FROM tie WHERE (person_a = ? OR person_b = ?) AND strength >= ?
                ORDER BY person_a, person_b
                """, arguments: [person, person, minStrength])
        } ?? Row.fetchAll(db, sql: """
            SELECT person_a, person_b, strength, source FROM tie
            WHERE person_a IN (SELECT value FROM json_each(:ids)) AND person_b IN (SELECT value FROM json_each(:ids))
            AND strength >= :least ORDER BY person_a, person_b
            """, arguments: ["ids": IDList.json(people), "least": minStrength])
        for row in rows {
            let (a, b): (Int64, Int64) = (row[0], row[1])
            guard among.contains(a), among.contains(b) else { continue }
            stored[ReachNetworkLoader.pair(a, b)] = StoredTie(strength: row[2], source: try row.decode(atIndex: 3))
            pairs.append((a, b))
        }
        // My own ties weigh my interactions; others' their organisation and events.
        let others = touching == me ? [] : people
        let weighing = TieWeighing(me: me, today: today, ties: stored,
                                   organizations: try ReachNetworkLoader.organizations(of: others, in: db),
                                   eventsOf: try events(of: others, in: db))
        return zip(pairs, try weighing.evidence(for: pairs, in: db)).map { pair, evidence in
            Weighed(a: pair.0, b: pair.1, tie: stored[ReachNetworkLoader.pair(pair.0, pair.1)]!, weight: TieModel.weight(evidence))
        }
    }

    /// The events each of `people` was logged at, oldest id first.
    static func events(of people: [Int64], in db: Database) throws -> [Int64: [(id: Int64, name: String)]] {
        var events: [Int64: [(id: Int64, name: String)]] = [:]
        for row in try Row.fetchAll(db, sql: """
            SELECT DISTINCT wp.person_id, e.id, e.name FROM json_each(?) w
            JOIN interaction_person wp ON wp.person_id = w.value JOIN interaction i ON i.id = wp.interaction_id
            JOIN event e ON e.id = i.event_id ORDER BY 1, 2
            """, arguments: [IDList.json(people)]) {
            events[row[0], default: []].append((row[1], row[2]))
        }
        return events
    }
}
