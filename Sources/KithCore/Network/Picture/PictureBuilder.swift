import GRDB

/// Reads what a picture shows of the people chosen for it, and the ties between them.
struct PictureBuilder {
    let db: Database
    let me: Int64
    let today: Day
    /// Close ties gone quiet, and people I owe a promise.
    private let drifting: Set<Int64>
    private let owed: [Int64: Int]

    init(me: Int64, today: Day, in db: Database) throws {
        self.db = db
        self.me = me
        self.today = today
        drifting = Set(try DriftingEntry.all(me: me, today: today, in: db).map(\.person.id))
        var owed: [Int64: Int] = [:]
        for row in try Row.fetchAll(db, sql: """
            SELECT person_id, count(*) FROM commitment WHERE status = 'open' AND owed_by_me = 1 GROUP BY person_id
            """) { owed[row[0]] = row[1] }
        self.owed = owed
    }

    mutating func picture(kind: NetworkPicture.Kind, focus: PersonSummary?, depth: Int?, people ids: [Int64],
                          weights: [Int64: Double], depths: [Int64: Int], filter: PictureFilter, total: Int) throws -> NetworkPicture {
        let ties = try TieWeighing.ties(among: ids, minStrength: filter.minStrength, me: me, today: today, in: db)
        // I know someone when I have a tie to them, drawn or not (`weights` holds my ties).
        var tiedToFocus = Set<Int64>()
        for tie in ties {
            if let focus, tie.a == focus.id || tie.b == focus.id { tiedToFocus.insert(tie.a == focus.id ? tie.b : tie.a) }
        }
        let summaries = Dictionary(uniqueKeysWithValues: try PersonSummary.fetchAll(db, sql: """
            SELECT id, uid, name, organization FROM person WHERE id IN (SELECT value FROM json_each(?))
            """, arguments: [IDList.json(ids)]).map { ($0.id, $0) })
        let tags = try self.tags(of: ids)
        let lastContacts = try self.lastContacts(with: ids)
        let people = ids.compactMap { id -> NetworkPicture.Person? in
            guard let summary = summaries[id] else { return nil }
            let last = lastContacts[id]
            return NetworkPicture.Person(
                person: summary, tags: tags[id] ?? [], isMe: id == me, lastContact: last, daysSince: last.map { $0.days(to: today) },
                drifting: drifting.contains(id), owed: owed[id] ?? 0, depth: kind == .person ? depths[id] : nil,
                mutual: kind == .person && id != focus?.id && id != me ? weights[id] != nil && tiedToFocus.contains(id) : nil,
                weight: weights[id] ?? (id == me ? 1 : 0))
        }
        return NetworkPicture(kind: kind, focus: focus, depth: depth, people: people,
                              ties: ties.map { .init(personA: $0.a, personB: $0.b, strength: $0.tie.strength, weight: $0.weight,
                                                     source: $0.tie.source.rawValue) },
                              total: total, limit: filter.limit)
    }

    private func tags(of people: [Int64]) throws -> [Int64: [String]] {
        var tags: [Int64: [String]] = [:]
        for row in try Row.fetchAll(db, sql: """
            SELECT pt.person_id, t.name FROM json_each(?) w JOIN person_tag pt ON pt.person_id = w.value
            JOIN tag t ON t.id = pt.tag_id ORDER BY t.name
            """, arguments: [IDList.json(people)]) { tags[row[0], default: []].append(row[1]) }
        return tags
    }

    /// The day of my last interaction with each of `people`.
    private func lastContacts(with people: [Int64]) throws -> [Int64: Day] {
        var days: [Int64: Day] = [:]
        for row in try Row.fetchAll(db, sql: """
            SELECT ip.person_id, max(i.date) FROM json_each(?) w JOIN interaction_person ip ON ip.person_id = w.value
            JOIN interaction i ON i.id = ip.interaction_id GROUP BY ip.person_id
            """, arguments: [IDList.json(people)]) {
            if let day = Day(iso: row[1] as String) { days[row[0]] = day }
        }
        return days
    }
}
