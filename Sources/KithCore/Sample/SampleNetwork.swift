import Foundation
import GRDB

/// A deterministic, plausible network for the demo and the benchmarks: people in organisations
/// and cities, clustered ties, two years of interactions with me, introductions and commitments
/// relative to today.
public struct SampleNetwork: Sendable {
    public var people: Int
    public var seed: UInt64
    public var today: Day

    public init(people: Int, seed: UInt64 = 42, today: Day) {
        self.people = people
        self.seed = seed
        self.today = today
    }

    private typealias Vocabulary = SampleVocabulary

    private struct Organization {
        var name: String
        var domain: String
        var sector: Int
        var city: Int
    }

    private struct Member {
        var organization: Int
        var city: Int
    }

    /// Fills `store`, which must hold nobody but me, in one transaction.
    public func generate(into store: Store) throws -> SampleSummary {
        try KithError.Setting.people.check(people, in: 1...2_000_000)
        return try store.write { db in
            let count = try Int.fetchOne(db, sql: "SELECT count(*) FROM person WHERE is_self = 0") ?? 0
            guard count == 0 else {
                throw KithError.refused(.notEmpty(people: count, for: .sample))
            }
            let me = try PersonResolver(db: db).me().id
            return try SearchIndex.rebuildingAfter(db) { try fill(db, me: me) }
        }
    }

    private func fill(_ db: Database, me: Int64) throws -> SampleSummary {
        var random = SeededGenerator(seed: seed)
        let now = Timestamp.now()
        // Index pages of a large sample do not fit SQLite's default 2 MB cache.
        let cacheSize = try Int.fetchOne(db, sql: "PRAGMA cache_size") ?? -2000
        try db.execute(sql: "PRAGMA cache_size = -262144")
        defer { try? db.execute(sql: "PRAGMA cache_size = \(cacheSize)") }

        // Organisations and tags.
        let organizationCount = max(8, people / 30)
        var organizations: [Organization] = []
        var usedNames = Set<String>()
        for index in 0..<organizationCount {
            let sector = index % Vocabulary.sectors.count
            let words = Vocabulary.sectors[sector]
            var name = "\(random.pick(words.orgWords)) \(random.pick(words.orgSuffixes))"
            if usedNames.contains(name) { name = "\(random.pick(Vocabulary.cities).split(separator: " ")[0]) \(name)" }
            if usedNames.contains(name) { name += " \(index)" }
            usedNames.insert(name)
            let domain = name.lowercased().filter { $0.isLetter || $0.isNumber } + ".example"
            organizations.append(Organization(name: name, domain: domain, sector: sector,
                                              city: Int.random(in: 0..<Vocabulary.cities.count, using: &random)))
        }
        let tagNames = Vocabulary.sectors.map(\.tag) + Vocabulary.roleTags
        var tagIDs: [Int64] = []
        // Keep-in-touch cadences on the tags only my own circle carries.
        let tagCadence: [String: Int] = ["mentor": 60, "friend": 30]
        let circleOnlyTags = Set(tagCadence.keys)
        let openRoleTags = Vocabulary.roleTags.indices.filter { !circleOnlyTags.contains(Vocabulary.roleTags[$0]) }
        for name in tagNames {
            try db.execute(sql: "INSERT INTO tag (name, cadence_days) VALUES (?, ?)", arguments: [name, tagCadence[name]])
            tagIDs.append(db.lastInsertedRowID)
        }

        // My own circle: a Dunbar-sized core for small networks, growing slowly with imports.
        let circleSize = min(people, max(30, min(3000, people / 25 + 120)))
        var circle = Set<Int>()
        while circle.count < circleSize { circle.insert(Int.random(in: 0..<people, using: &random)) }

        // People. Ids are handed out in order after me, so person i has id firstID + i.
        let firstID = (try Int64.fetchOne(db, sql: "SELECT max(id) FROM person") ?? 0) + 1
        var members: [Member] = []
        members.reserveCapacity(people)
        let insertPerson = try db.makeStatement(sql: """
            INSERT INTO person (id, name, organization, title, location, notes, how_met, cadence_days, birthday,
                                created_at, updated_at)
            VALUES (?, ?, ?, ?, ?, ?, NULL, ?, ?, ?, ?)
            """)
        let insertTag = try db.makeStatement(sql: "INSERT OR IGNORE INTO person_tag (person_id, tag_id) VALUES (?, ?)")
        let insertEmail = try db.makeStatement(sql: "INSERT INTO email (person_id, value, label, is_primary) VALUES (?, ?, 'work', 1)")
        let insertPhone = try db.makeStatement(sql: "INSERT INTO phone (person_id, value, label, is_primary) VALUES (?, ?, 'mobile', 1)")
        for index in 0..<people {
            let id = firstID + Int64(index)
            // People cluster: most work at one of a few organisations near the previous person's.
            let organizationIndex = random.chance(0.85)
                ? (index * organizationCount / people + Int.random(in: 0..<3, using: &random)) % organizationCount
                : Int.random(in: 0..<organizationCount, using: &random)
            let organization = organizations[organizationIndex]
            let sector = Vocabulary.sectors[organization.sector]
            let city = random.chance(0.8) ? organization.city : Int.random(in: 0..<Vocabulary.cities.count, using: &random)
            members.append(Member(organization: organizationIndex, city: city))
            let first = random.pick(Vocabulary.firstNames)
            let last = random.pick(Vocabulary.lastNames)
            let note: String? = random.chance(0.3)
                ? random.pick(Vocabulary.notes).replacingOccurrences(of: "%@", with: random.pick(sector.interests))
                : nil
            let birthday: String? = random.chance(0.3)
                ? Day(ordinal: today.ordinal - Int.random(in: 8000...22000, using: &random)).description
                : nil
            let inCircle = circle.contains(index)
            let cadence: Int? = inCircle && random.chance(0.1) ? random.pick([14, 30, 60, 90]) : nil
            // Added over the last two years; my circle's dates are set to when we met, below.
            let added = "\(today.adding(days: -Int.random(in: 30...730, using: &random)))T09:00:00Z"

            try insertPerson.execute(arguments: [
                id, "\(first) \(last)", organization.name, random.pick(sector.titles), Vocabulary.cities[city],
                note, cadence, birthday, added, added,
            ])
            try insertTag.execute(arguments: [id, tagIDs[organization.sector]])
            if random.chance(inCircle ? 0.6 : 0.3) {
                let role = inCircle ? Int.random(in: 0..<Vocabulary.roleTags.count, using: &random) : random.pick(openRoleTags)
                try insertTag.execute(arguments: [id, tagIDs[Vocabulary.sectors.count + role]])
            }
            if random.chance(0.7) {
                try insertEmail.execute(arguments: [id, "\(first).\(last)@\(organization.domain)".lowercased()])
            }
            if random.chance(0.4) {
                try insertPhone.execute(arguments: [id, String(format: "+1 555 %03d %04d", index / 10_000 % 1000, index % 10_000)])
            }
        }

        // Ties between others: mostly colleagues, then neighbours in the same city, then anyone.
        var byOrganization = [[Int]](repeating: [], count: organizationCount)
        var byCity = [[Int]](repeating: [], count: Vocabulary.cities.count)
        for (index, member) in members.enumerated() {
            byOrganization[member.organization].append(index)
            byCity[member.city].append(index)
        }
        // Ties are gathered first and written in key order: appending to the indexes is much
        // cheaper than inserting all over them.
        var ties: [UInt64: (strength: Int, context: String?, since: Day, source: TieSource)] = [:]
        func tie(_ a: Int64, _ b: Int64, strength: Int, context: String?, since: Day, source: TieSource) {
            guard a != b else { return }
            let key = UInt64(min(a, b)) << 32 | UInt64(max(a, b))
            if ties[key] == nil { ties[key] = (strength, context, since, source) }
        }
        func pastDay(within days: Int) -> Day { today.adding(days: -Int.random(in: 0..<days, using: &random)) }
        func id(_ index: Int) -> Int64 { firstID + Int64(index) }
        if people > 1 {
            for index in 0..<people {
                let member = members[index]
                for _ in 0..<Int.random(in: 1...5, using: &random) {
                    let roll = Double.random(in: 0..<1, using: &random)
                    let colleagues = byOrganization[member.organization], neighbours = byCity[member.city]
                    let (other, context): (Int, String?) =
                        roll < 0.6 && !colleagues.isEmpty
                        ? (random.pick(colleagues), "worked together at \(organizations[member.organization].name)")
                        : roll < 0.85 && !neighbours.isEmpty
                        ? (random.pick(neighbours), "both in \(Vocabulary.cities[member.city])")
                        : (Int.random(in: 0..<people, using: &random), nil)
                    let strength = random.pick([1, 2, 2, 3, 3, 4])
                    tie(id(index), id(other), strength: strength, context: context,
                        since: pastDay(within: 2000), source: random.chance(0.1) ? .inferred : .stated)
                }
            }
        }

        // Events over the last two years.
        let eventCount = max(4, min(400, people / 100))
        var events: [(id: Int64, name: String, date: Day)] = []
        let insertEvent = try db.makeStatement(sql: "INSERT INTO event (name, date, place) VALUES (?, ?, ?)")
        var eventNames = Set<String>()
        for index in 0..<eventCount {
            let city = Vocabulary.cities[index % Vocabulary.cities.count]
            let topic = Vocabulary.sectors[index % Vocabulary.sectors.count].tag.capitalized
            let date = pastDay(within: 730)
            var name = "\(topic) \(random.pick(Vocabulary.eventKinds)) \(city)"
            if !eventNames.insert("\(name) \(date)").inserted { name += " \(index)" }
            try insertEvent.execute(arguments: [name, date.description, city])
            events.append((db.lastInsertedRowID, name, date))
        }

        let insertInteraction = try db.makeStatement(sql: """
            INSERT INTO interaction (kind, date, note, event_id, created_at) VALUES (?, ?, ?, ?, ?)
            """)
        let insertParticipant = try db.makeStatement(sql: "INSERT INTO interaction_person (interaction_id, person_id) VALUES (?, ?)")
        let kinds: [InteractionKind] = [.call, .message, .message, .email, .meal, .meeting, .meeting]
        var interactionCount = 0
        let updateHowMet = try db.makeStatement(sql: """
            UPDATE person SET how_met = ?, created_at = ?, updated_at = ? WHERE id = ?
            """)
        for index in circle.sorted() {
            let strength = random.pick([1, 2, 2, 2, 3, 3, 3, 4, 4, 5])
            let event = random.chance(0.5) ? random.pick(events) : nil
            let metOn = event?.date ?? pastDay(within: 730)
            let context = event.map { "met at \($0.name)" }
            tie(me, id(index), strength: strength, context: context, since: metOn, source: .stated)
            let added = "\(metOn)T20:00:00Z"
            try updateHowMet.execute(arguments: [event.map { "at \($0.name), on \($0.date)" } ?? "on \(metOn)", added, added,
                                                 id(index)])
            try insertInteraction.execute(arguments: ["met", metOn.description, nil, event?.id, now])
            try insertParticipant.execute(arguments: [db.lastInsertedRowID, id(index)])
            interactionCount += 1
            // Closer ties see more of me, and more recently.
            let span = max(1, metOn.days(to: today))
            for _ in 0..<Int.random(in: 0...(strength * 3), using: &random) {
                let recency = strength >= 4 ? min(span, 120) : span
                let date = today.adding(days: -Int.random(in: 0..<recency, using: &random))
                let note: String? = random.chance(0.3) ? random.pick(Vocabulary.interactionNotes) : nil
                try insertInteraction.execute(arguments: [random.pick(kinds).rawValue, date.description, note, nil, now])
                try insertParticipant.execute(arguments: [db.lastInsertedRowID, id(index)])
                interactionCount += 1
            }
        }

        // Introductions: some people introduced me, I introduced some pairs, and some others.
        let circleList = circle.sorted()
        let insertIntroduction = try db.makeStatement(sql: """
            INSERT INTO introduction (introducer_id, person_a, person_b, date, purpose, status, outcome, created_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """)
        var introductionCount = 0
        let introductionRounds = max(3, circleList.count / 8)
        for round in 0..<introductionRounds where circleList.count >= 3 {
            let a = id(random.pick(circleList))
            var b = id(random.pick(circleList))
            if a == b { b = id((Int(b - firstID) + 1) % people) }
            guard a != b else { continue }
            let date = pastDay(within: 365)
            let purpose = random.pick(["hiring", "fundraising", "advice", "partnership", "a speaking slot"])
            let status = random.pick([IntroductionStatus.made, .made, .made, .requested, .offered, .declined])
            let outcome: String? = status == .made && random.chance(0.5) ? random.pick(["hired", "invested", "became friends", "no fit"]) : nil
            switch round % 3 {
            case 0:  // received: a contact introduced me to someone
                try insertIntroduction.execute(arguments: [a, min(me, b), max(me, b), date.description, purpose, status.rawValue, outcome, now])
                if status == .made { tie(a, b, strength: 2, context: nil, since: date, source: .introduction) }
            case 1:  // given: I introduced two contacts
                try insertIntroduction.execute(arguments: [me, min(a, b), max(a, b), date.description, purpose, status.rawValue, outcome, now])
                if status == .made { tie(a, b, strength: 2, context: nil, since: date, source: .introduction) }
            default:  // between others
                let c = id(Int.random(in: 0..<people, using: &random))
                guard c != a, c != b else { continue }
                try insertIntroduction.execute(arguments: [c, min(a, b), max(a, b), date.description, purpose, status.rawValue, outcome, now])
            }
            introductionCount += 1
        }

        // Commitments both ways, some overdue, some due soon, some kept.
        let insertCommitment = try db.makeStatement(sql: """
            INSERT INTO commitment (person_id, owed_by_me, what, due, status, done_at, created_at)
            VALUES (?, ?, ?, ?, ?, ?, ?)
            """)
        var commitmentCount = 0
        for _ in 0..<max(4, circleList.count / 6) where !circleList.isEmpty {
            let person = id(random.pick(circleList))
            let mine = random.chance(0.6)
            let what = random.pick(mine ? Vocabulary.promisesByMe : Vocabulary.promisesToMe)
            let due = today.adding(days: Int.random(in: -21...21, using: &random))
            let status = due < today.adding(days: -10) && random.chance(0.5) ? CommitmentStatus.done : .open
            try insertCommitment.execute(arguments: [
                person, mine, what, random.chance(0.85) ? due.description : nil, status.rawValue,
                status == .done ? now : nil, now,
            ])
            commitmentCount += 1
        }

        let insertTie = try db.makeStatement(sql: """
            INSERT INTO tie (person_a, person_b, strength, context, since, source, created_at, updated_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """)
        for key in ties.keys.sorted() {
            let tie = ties[key]!
            try insertTie.execute(arguments: [
                Int64(key >> 32), Int64(key & 0xFFFF_FFFF), tie.strength, tie.context, tie.since.description,
                tie.source.rawValue, now, now,
            ])
        }

        return SampleSummary(people: people, organizations: organizationCount, events: eventCount, ties: ties.count,
                             interactions: interactionCount, introductions: introductionCount,
                             commitments: commitmentCount)
    }
}
