import Foundation
import GRDB

/// Writes one sample network, a table at a time, inside the caller's transaction. Every random
/// draw comes from one seeded generator in a fixed order, so a seed always gives the same network.
struct SampleBuilder {
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

    private struct PendingTie {
        var strength: Int
        var context: String?
        var since: Day
        var source: TieSource
    }

    let db: Database
    let people: Int
    let today: Day
    let me: Int64
    private var random: SeededGenerator
    private let now = Timestamp.now()
    /// Ids are handed out in order after me, so person `i` has id `firstID + i`.
    private var firstID: Int64 = 0
    private var organizations: [Organization] = []
    private var tagIDs: [Int64] = []
    private var circle = Set<Int>()
    private var members: [Member] = []
    private var events: [(id: Int64, name: String, date: Day)] = []
    /// Gathered first and written in key order: appending to the indexes is much cheaper than
    /// inserting all over them.
    private var ties: [UInt64: PendingTie] = [:]
    private var interactions = 0
    /// Full names at each organisation and emails given so far: two people are never one
    /// person by the rules of identity (README "One person, one row").
    private var namesAtOrganizations = Set<String>()
    private var emails = Set<String>()

    init(db: Database, people: Int, seed: UInt64, today: Day, me: Int64) {
        self.db = db
        self.people = people
        self.today = today
        self.me = me
        random = SeededGenerator(seed: seed)
    }

    mutating func build() throws -> SampleSummary {
        // Index pages of a large sample do not fit SQLite's default 2 MB cache.
        let cacheSize = try Int.fetchOne(db, sql: "PRAGMA cache_size") ?? -2000
        try db.execute(sql: "PRAGMA cache_size = -262144")
        defer { try? db.execute(sql: "PRAGMA cache_size = \(cacheSize)") }
        makeOrganizations()
        try makeTags()
        chooseMyCircle()
        try addPeople()
        tieColleagues()
        try addEvents()
        try meetMyCircle()
        let introductions = try addIntroductions()
        let commitments = try addCommitments()
        let needsAndOffers = try addNeedsAndOffers()
        try writeTies()
        return SampleSummary(people: people, organizations: organizations.count, events: events.count, ties: ties.count,
                             interactions: interactions, introductions: introductions, commitments: commitments,
                             needsAndOffers: needsAndOffers)
    }

    private func id(_ index: Int) -> Int64 { firstID + Int64(index) }

    private mutating func pastDay(within days: Int) -> Day { today.adding(days: -Int.random(in: 0..<days, using: &random)) }

    private mutating func tie(_ a: Int64, _ b: Int64, strength: Int, context: String?, since: Day, source: TieSource) {
        guard a != b else { return }
        let key = UInt64(min(a, b)) << 32 | UInt64(max(a, b))
        if ties[key] == nil { ties[key] = PendingTie(strength: strength, context: context, since: since, source: source) }
    }

    /// Organisations, one sector each, with a unique name and a home city.
    private mutating func makeOrganizations() {
        let count = max(8, people / 30)
        var usedNames = Set<String>()
        for index in 0..<count {
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
    }

    /// A tag per sector and per role; keep-in-touch cadences on the tags only my circle carries.
    private mutating func makeTags() throws {
        for name in Vocabulary.sectors.map(\.tag) + Vocabulary.roleTags {
            try db.execute(sql: "INSERT INTO tag (name, cadence_days) VALUES (?, ?)",
                           arguments: [name, Vocabulary.tagCadence[name]])
            tagIDs.append(db.lastInsertedRowID)
        }
    }

    /// My own circle: a Dunbar-sized core for small networks, growing slowly with imports.
    private mutating func chooseMyCircle() {
        let size = min(people, max(30, min(3000, people / 25 + 120)))
        while circle.count < size { circle.insert(Int.random(in: 0..<people, using: &random)) }
    }

    /// People cluster: most work at one of a few organisations near the previous person's.
    private mutating func addPeople() throws {
        firstID = (try Int64.fetchOne(db, sql: "SELECT max(id) FROM person") ?? 0) + 1
        members.reserveCapacity(people)
        let insert = try db.makeStatement(sql: """
            INSERT INTO person (id, name, organization, title, location, notes, how_met, cadence_days, birthday,
                                created_at, updated_at)
            VALUES (?, ?, ?, ?, ?, ?, NULL, ?, ?, ?, ?)
            """)
        for index in 0..<people {
            let count = organizations.count
            let organizationIndex = random.chance(0.85)
                ? (index * count / people + Int.random(in: 0..<3, using: &random)) % count
                : Int.random(in: 0..<count, using: &random)
            let organization = organizations[organizationIndex]
            let sector = Vocabulary.sectors[organization.sector]
            let city = random.chance(0.8) ? organization.city : Int.random(in: 0..<Vocabulary.cities.count, using: &random)
            members.append(Member(organization: organizationIndex, city: city))
            let first = random.pick(Vocabulary.firstNames)
            var last = random.pick(Vocabulary.lastNames)
            // A namesake at the same organisation goes by a middle initial, as people do.
            while !namesAtOrganizations.insert("\(first) \(last)\u{1F}\(organization.name)").inserted {
                last = "\(random.pick(Array("ABCDEFGHJKLMNPRSTW"))). " + last
            }
            let note: String? = random.chance(0.3)
                ? random.pick(Vocabulary.notes).replacingOccurrences(of: "%@", with: random.pick(sector.interests)) : nil
            let birthday: Day? = random.chance(0.3)
                ? Day(ordinal: today.ordinal - Int.random(in: 8000...22000, using: &random)) : nil
            let inCircle = circle.contains(index)
            let cadence: Int? = inCircle && random.chance(0.1) ? random.pick([14, 30, 60, 90]) : nil
            // Added over the last two years; my circle's dates are set to when we met, later.
            let added = Timestamp(day: today.adding(days: -Int.random(in: 30...730, using: &random)), secondOfDay: 9 * 3600)
            try insert.execute(arguments: [id(index), "\(first) \(last)", organization.name, random.pick(sector.titles),
                                           Vocabulary.cities[city], note, cadence, birthday, added, added])
            try addDetails(index, first: first, last: last, organization: organization, inCircle: inCircle)
        }
    }

    /// A person's tags, email and phone.
    private mutating func addDetails(_ index: Int, first: String, last: String, organization: Organization,
                                     inCircle: Bool) throws {
        try PersonTag.link(person: id(index), tag: tagIDs[organization.sector], in: db)
        if random.chance(inCircle ? 0.6 : 0.3) {
            let role = inCircle ? Int.random(in: 0..<Vocabulary.roleTags.count, using: &random)
                : random.pick(Vocabulary.openRoleTags)
            try PersonTag.link(person: id(index), tag: tagIDs[Vocabulary.sectors.count + role], in: db)
        }
        if random.chance(0.7) {
            try db.cachedStatement(sql: "INSERT INTO email (person_id, value, label, is_primary) VALUES (?, ?, 'work', 1)")
                .execute(arguments: [id(index), uniqueEmail(first: first, last: last, domain: organization.domain)])
        }
        if random.chance(0.4) {
            try db.cachedStatement(sql: "INSERT INTO phone (person_id, value, label, is_primary) VALUES (?, ?, 'mobile', 1)")
                .execute(arguments: [id(index), String(format: "+1 555 %03d %04d", index / 10_000 % 1000, index % 10_000)])
        }
    }

    /// `first.last@domain`, or with a number when someone has it already, as mail servers do.
    private mutating func uniqueEmail(first: String, last: String, domain: String) -> String {
        let local = "\(first).\(last)".lowercased().filter { $0.isLetter || $0 == "." }
        var email = "\(local)@\(domain)"
        var number = 1
        while !emails.insert(email).inserted {
            number += 1
            email = "\(local)\(number)@\(domain)"
        }
        return email
    }

    /// Ties between others: mostly colleagues, then neighbours in the same city, then anyone.
    private mutating func tieColleagues() {
        guard people > 1 else { return }
        var byOrganization = [[Int]](repeating: [], count: organizations.count)
        var byCity = [[Int]](repeating: [], count: Vocabulary.cities.count)
        for (index, member) in members.enumerated() {
            byOrganization[member.organization].append(index)
            byCity[member.city].append(index)
        }
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
                let since = pastDay(within: 2000)
                tie(id(index), id(other), strength: strength, context: context, since: since,
                    source: random.chance(0.1) ? .inferred : .stated)
            }
        }
    }

    /// Events over the last two years.
    private mutating func addEvents() throws {
        var names = Set<String>()
        for index in 0..<max(4, min(400, people / 100)) {
            let city = Vocabulary.cities[index % Vocabulary.cities.count]
            let topic = Vocabulary.sectors[index % Vocabulary.sectors.count].tag.capitalized
            let date = pastDay(within: 730)
            var name = "\(topic) \(random.pick(Vocabulary.eventKinds)) \(city)"
            if !names.insert("\(name) \(date)").inserted { name += " \(index)" }
            try db.execute(sql: "INSERT INTO event (name, date, place) VALUES (?, ?, ?)", arguments: [name, date, city])
            events.append((db.lastInsertedRowID, name, date))
        }
    }

    /// My circle: when and where we met, my tie, and how often we have been in touch since.
    private mutating func meetMyCircle() throws {
        for index in circle.sorted() {
            let strength = random.pick([1, 2, 2, 2, 3, 3, 3, 4, 4, 5])
            let event = random.chance(0.5) ? random.pick(events) : nil
            let metOn = event?.date ?? pastDay(within: 730)
            tie(me, id(index), strength: strength, context: event.map { "met at \($0.name)" }, since: metOn, source: .stated)
            let added = Timestamp(day: metOn, secondOfDay: 20 * 3600)
            try db.execute(sql: "UPDATE person SET how_met = ?, created_at = ?, updated_at = ? WHERE id = ?", arguments: [
                event.map { "at \($0.name), on \($0.date)" } ?? "on \(metOn)", added, added, id(index),
            ])
            try interact(.met, on: metOn, note: nil, event: event?.id, with: index)
            // Closer ties see more of me, and more recently.
            let span = max(1, metOn.days(to: today))
            for _ in 0..<Int.random(in: 0...(strength * 3), using: &random) {
                let recency = strength >= 4 ? min(span, 120) : span
                let date = today.adding(days: -Int.random(in: 0..<recency, using: &random))
                let note: String? = random.chance(0.3) ? random.pick(Vocabulary.interactionNotes) : nil
                try interact(random.pick(Vocabulary.interactionKinds), on: date, note: note, event: nil, with: index)
            }
        }
    }

    private mutating func interact(_ kind: InteractionKind, on date: Day, note: String?, event: Int64?,
                                   with index: Int) throws {
        try db.cachedStatement(sql: "INSERT INTO interaction (kind, date, note, event_id, created_at) VALUES (?, ?, ?, ?, ?)")
            .execute(arguments: [kind, date, note, event, now])
        try InteractionPerson.insert(interaction: db.lastInsertedRowID, person: id(index), in: db)
        interactions += 1
    }

    /// Some people introduced me, I introduced some pairs, and others introduced each other.
    private mutating func addIntroductions() throws -> Int {
        let circle = self.circle.sorted()
        var count = 0
        for round in 0..<max(3, circle.count / 8) where circle.count >= 3 {
            let a = id(random.pick(circle))
            var b = id(random.pick(circle))
            if a == b { b = id((Int(b - firstID) + 1) % people) }
            guard a != b else { continue }
            let date = pastDay(within: 365)
            let purpose = random.pick(["hiring", "fundraising", "advice", "partnership", "a speaking slot"])
            let status = random.pick([IntroductionStatus.made, .made, .made, .requested, .offered, .declined])
            let outcome: String? = status == .made && random.chance(0.5)
                ? random.pick(["hired", "invested", "became friends", "no fit"]) : nil
            let (introducer, pair): (Int64, (Int64, Int64))
            switch round % 3 {
            case 0: (introducer, pair) = (a, (me, b))  // received: a contact introduced me to someone
            case 1: (introducer, pair) = (me, (a, b))  // given: I introduced two contacts
            default:  // between others
                let c = id(Int.random(in: 0..<people, using: &random))
                guard c != a, c != b else { continue }
                (introducer, pair) = (c, (a, b))
            }
            try db.cachedStatement(sql: """
                INSERT INTO introduction (introducer_id, person_a, person_b, date, purpose, status, outcome, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """).execute(arguments: [introducer, min(pair.0, pair.1), max(pair.0, pair.1), date, purpose, status,
                                         outcome, now])
            // Introductions between others are recorded without tying the two.
            if status == .made && round % 3 != 2 { tie(a, b, strength: 2, context: nil, since: date, source: .introduction) }
            count += 1
        }
        return count
    }

    /// Promises both ways, some overdue, some due soon, some kept.
    private mutating func addCommitments() throws -> Int {
        let circle = self.circle.sorted()
        guard !circle.isEmpty else { return 0 }
        let count = max(4, circle.count / 6)
        for _ in 0..<count {
            let person = id(random.pick(circle))
            let mine = random.chance(0.6)
            let what = random.pick(mine ? Vocabulary.promisesByMe : Vocabulary.promisesToMe)
            let due = today.adding(days: Int.random(in: -21...21, using: &random))
            let status = due < today.adding(days: -10) && random.chance(0.5) ? CommitmentStatus.done : .open
            try db.cachedStatement(sql: """
                INSERT INTO commitment (person_id, owed_by_me, what, due, status, done_at, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                """).execute(arguments: [person, mine, what, random.chance(0.85) ? due : nil, status,
                                         status == .done ? now : nil, now])
        }
        return count
    }

    /// What people said they need and offer, in their sector's words: a fifth of my circle needs
    /// something and a third offers something, one in a hundred of the others offers; some was
    /// said long ago, and some of that is met already.
    private mutating func addNeedsAndOffers() throws -> Int {
        let insert = try db.makeStatement(sql: """
            INSERT INTO need_offer (person_id, kind, what, said_on, status, closed_on, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)
            """)
        var count = 0
        for index in 0..<people {
            let mine = circle.contains(index)
            for kind in [NeedKind.need, .offer] where random.chance(kind == .need ? (mine ? 0.2 : 0) : (mine ? 0.33 : 0.01)) {
                let interest = random.pick(Vocabulary.sectors[organizations[members[index].organization].sector].interests)
                let what = random.pick(kind == .need ? Vocabulary.needs : Vocabulary.offers).replacingOccurrences(of: "%@", with: interest)
                let said = pastDay(within: 540)
                let met = said < today.adding(days: -200) && random.chance(0.3)
                try insert.execute(arguments: [id(index), kind, what, said, met ? NeedStatus.met : .open,
                                               met ? said.adding(days: 120) : nil, now])
                count += 1
            }
        }
        return count
    }

    private func writeTies() throws {
        let insert = try db.makeStatement(sql: """
            INSERT INTO tie (person_a, person_b, strength, context, since, source, created_at, updated_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            """)
        for key in ties.keys.sorted() {
            guard let tie = ties[key] else { continue }
            try insert.execute(arguments: [Int64(key >> 32), Int64(key & 0xFFFF_FFFF), tie.strength, tie.context, tie.since,
                                           tie.source, now, now])
        }
    }
}
