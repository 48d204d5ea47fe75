import Foundation
import GRDB
import Testing
@testable import KithCore

/// README's "How Kith ranks introductions", written again from its words over the raw rows of a
/// store: every tie weighed from its evidence, every simple route enumerated. `kith reach` must
/// give the same answer, whatever the store holds and whatever the cap.
struct ReachOracle {
    struct Person {
        var id: Int64
        var organization: String?
        var tags: Set<String> = []
        /// Archived people are never targets, but still a way through.
        var archived = false
    }

    struct Tie {
        var strength: Int
        var source: String
    }

    struct Introduction {
        var introducer: Int64?
        var a: Int64
        var b: Int64
        var status: String
    }

    var me: Int64 = 1
    var people: [Int64: Person] = [:]
    var ties: [Pair: Tie] = [:]
    var introductions: [Introduction] = []
    /// For each person, the events they were logged at.
    var events: [Int64: Set<Int64>] = [:]
    /// For each person, how many days ago each interaction with them was.
    var interactions: [Int64: [Int]] = [:]

    struct Pair: Hashable {
        let low: Int64, high: Int64
        init(_ a: Int64, _ b: Int64) { (low, high) = (min(a, b), max(a, b)) }
    }

    /// README: "Weight of a tie", the evidence combined as 1 − Π(1 − pᵢ), at least 0.01. Nil
    /// when the two have no step between them: no stored tie, and no inferred step (a target and
    /// someone the start is tied to who share an organisation or an event).
    func weight(_ a: Int64, _ b: Int64, start: Int64, targets: [Int64: Double]) -> Double? {
        let tie = ties[Pair(a, b)]
        var chances: [Double] = []
        let made = introductions.filter { $0.status == "made" }
        if a == me || b == me {
            guard let tie else { return nil }
            let other = a == me ? b : a
            let recency = (interactions[other] ?? []).reduce(0.0) { $0 + pow(0.5, Double($1) / 180) }
            chances.append(Double(tie.strength) / 5 * (0.4 + 0.6 * (1 - exp(-recency))))
            let exchanged = made.filter {
                ($0.introducer == me && [$0.a, $0.b].contains(other)) || ($0.introducer == other && [$0.a, $0.b].contains(me))
            }
            chances += exchanged.map { _ in 0.1 }
        } else {
            let sameOrganization = people[a]?.organization.map { $0.lowercased() } != nil
                && people[a]?.organization?.lowercased() == people[b]?.organization?.lowercased()
            let shared = (events[a] ?? []).intersection(events[b] ?? []).count
            if tie == nil {
                let inferred = { (target: Int64, other: Int64) in
                    targets[target] != nil && other != start && ties[Pair(other, start)] != nil
                }
                guard sameOrganization || shared > 0, inferred(a, b) || inferred(b, a) else { return nil }
            }
            if let tie { chances.append((tie.source == "inferred" ? 0.5 : 0.8) * Double(tie.strength) / 5) }
            chances += made.filter { Pair($0.a, $0.b) == Pair(a, b) }.map { _ in 0.3 }
            if sameOrganization { chances.append(0.2) }
            chances += Array(repeating: 0.15, count: min(3, shared))
        }
        return min(1, max(0.01, 1 - chances.reduce(1.0) { $0 * (1 - $1) }))
    }

    /// Every simple route from `start` of at most `maxHops` hops that ends at a target, each
    /// with its score: relevance × every weight × 0.8 per hop after the first.
    func routes(from start: Int64, targets: [Int64: Double], maxHops: Int) -> [(people: [Int64], score: Double)] {
        // Every pair that may have a step: a stored tie, or a target and someone the start knows.
        var pairs = Set(ties.keys)
        let known = people.keys.filter { $0 != start && ties[Pair($0, start)] != nil }
        for target in targets.keys { for other in known where other != target { pairs.insert(Pair(target, other)) } }
        var steps: [Int64: [(Int64, Double)]] = [:]
        for pair in pairs.sorted(by: { ($0.low, $0.high) < ($1.low, $1.high) }) {
            guard let weight = weight(pair.low, pair.high, start: start, targets: targets) else { continue }
            steps[pair.low, default: []].append((pair.high, weight))
            steps[pair.high, default: []].append((pair.low, weight))
        }
        var found: [(people: [Int64], score: Double)] = []
        func walk(_ path: [Int64], _ weights: [Double]) {
            if let relevance = targets[path[path.count - 1]], path.count > 1 {
                var score = relevance
                for index in stride(from: weights.count - 1, to: 0, by: -1) { score = (weights[index] * 0.8) * score }
                found.append((path, weights[0] * score))
            }
            guard path.count <= maxHops else { return }
            for (next, weight) in steps[path[path.count - 1]] ?? [] where !path.contains(next) {
                walk(path + [next], weights + [weight])
            }
        }
        walk([start], [])
        return found
    }

    /// The oracle of whatever a store holds, read from its raw rows as of `today`.
    static func reading(_ store: Store, today: Day) throws -> ReachOracle {
        var oracle = ReachOracle()
        try store.read { db in
            oracle.me = try Int64.fetchOne(db, sql: "SELECT id FROM person WHERE is_self = 1") ?? 1
            for row in try Row.fetchAll(db, sql: "SELECT id, organization, archived FROM person") {
                oracle.people[row[0]] = Person(id: row[0], organization: row[1], archived: row[2])
            }
            for row in try Row.fetchAll(db, sql: "SELECT pt.person_id, t.name FROM person_tag pt JOIN tag t ON t.id = pt.tag_id") {
                oracle.people[row[0]]?.tags.insert(row[1])
            }
            for row in try Row.fetchAll(db, sql: "SELECT person_a, person_b, strength, source FROM tie") {
                oracle.ties[Pair(row[0], row[1])] = Tie(strength: row[2], source: row[3])
            }
            for row in try Row.fetchAll(db, sql: "SELECT introducer_id, person_a, person_b, status FROM introduction") {
                oracle.introductions.append(Introduction(introducer: row[0], a: row[1], b: row[2], status: row[3]))
            }
            for row in try Row.fetchAll(db, sql: """
                SELECT ip.person_id, i.date, i.event_id FROM interaction_person ip JOIN interaction i ON i.id = ip.interaction_id
                """) {
                let person: Int64 = row[0]
                oracle.interactions[person, default: []].append(max(0, Day(iso: row[1] as String)!.days(to: today)))
                if let event = row[2] as Int64? { oracle.events[person, default: []].insert(event) }
            }
        }
        return oracle
    }

    /// README's targets of free text, read with SQL of its own: open offers first (every word if
    /// any offer has them all, else any word; bm25 over the best), then organisation, title,
    /// tags and notes at half their bm25 over the best, never me or the archived, never someone by
    /// a mention whose open need has the words and who offers nothing of them; the higher of the
    /// two for each person.
    static func textTargets(_ text: String, in store: Store) throws -> [Int64: Double] {
        let left = Set(try store.read { db in try Int64.fetchAll(db, sql: "SELECT id FROM person WHERE is_self = 1 OR archived = 1") })
        let words = TextFolding.words(text)
        func said(_ kind: String) throws -> [Int64: Double] {
            let subject = words.filter { $0.count >= 2 && !NeedWords.ignored.contains($0) }
            for joiner in [" AND ", " OR "] where !subject.isEmpty {
                let terms = subject.map { word -> String in
                    var forms = ["\"\(word)\"*"]
                    for suffix in ["ers", "ors", "ists", "er", "or", "ist"] where word.hasSuffix(suffix) {
                        if word.count - suffix.count >= 5 { forms.append("\"\(word.dropLast(suffix.count))\"*") }
                        break
                    }
                    return "(" + forms.joined(separator: " OR ") + ")"
                }
                let rows = try store.read { db in
                    try Row.fetchAll(db, sql: """
                        SELECT n.person_id, bm25(need_offer_fts) FROM need_offer_fts JOIN need_offer n ON n.id = need_offer_fts.rowid
                        WHERE need_offer_fts MATCH ? AND n.kind = ? AND n.status = 'open'
                        """, arguments: ["\(kind) : (\(terms.joined(separator: joiner)))", kind])
                }.filter { !left.contains($0[0]) }
                guard let best = rows.map({ $0[1] as Double }).min(), best < 0 else { continue }
                return Dictionary(rows.map { ($0[0] as Int64, max(0.05, ($0[1] as Double) / best)) }, uniquingKeysWith: max)
            }
            return [:]
        }
        let offered = try said("offer")
        let needing = Set(try said("need").keys).subtracting(offered.keys)
        var targets = offered
        for joiner in [" AND ", " OR "] where !words.isEmpty {
            let query = "{organization title tags notes} : (" + words.map { "\"\($0)\"*" }.joined(separator: joiner) + ")"
            let rows = try store.read { db in
                try Row.fetchAll(db, sql: "SELECT rowid, bm25(person_fts, 0.0, 5.0, 3.0, 0.0, 4.0, 1.0) FROM person_fts WHERE person_fts MATCH ?",
                                 arguments: [query])
            }.filter { !left.contains($0[0]) && !needing.contains($0[0]) }
            guard let best = rows.map({ $0[1] as Double }).min(), best < 0 else { continue }
            for row in rows { targets[row[0], default: 0] = max(targets[row[0]] ?? 0, 0.5 * max(0.05, (row[1] as Double) / best)) }
            break
        }
        return targets
    }

    /// README's targets of `org:NAME`: the exact name 1, every word of it in the organisation 0.8.
    func organization(_ name: String) -> [Int64: Double] {
        let words = Set(TextFolding.words(name))
        var targets: [Int64: Double] = [:]
        for person in people.values where person.id != me && !person.archived {
            guard let organization = person.organization else { continue }
            if organization.lowercased() == name.lowercased() {
                targets[person.id] = 1
            } else if words.isSubset(of: Set(TextFolding.words(organization))) {
                targets[person.id] = 0.8
            }
        }
        return targets
    }
}

@Suite struct ReachModelTests {
    static let organizations = ["Acme", "Acme Labs", "Group G2", "Group G3", "Globex", nil, nil]
    static let sources = ["stated", "inferred", "introduction", "imported"]
    static let statuses = ["made", "made", "requested", "offered", "declined"]

    /// A random store of up to 14 people: organisations, tags, ties of every source, events,
    /// interactions and introductions. Returns the oracle of what was written.
    static func randomStore(_ random: inout SeededGenerator) throws -> (Store, ReachOracle) {
        let store = try Store.emptyCopy()
        var oracle = ReachOracle()
        oracle.me = try store.scalar("SELECT id FROM person WHERE is_self = 1") ?? 1
        oracle.people[oracle.me] = .init(id: oracle.me)
        try store.write { db in
            for index in 0..<Int.random(in: 2...13, using: &random) {
                let organization = organizations.randomElement(using: &random)!
                let archived = Int.random(in: 0..<10, using: &random) == 0
                try db.execute(sql: "INSERT INTO person (name, organization, archived) VALUES (?, ?, ?)",
                               arguments: ["Person \(index)", organization, archived])
                var person = ReachOracle.Person(id: db.lastInsertedRowID, organization: organization, archived: archived)
                for tag in ["investor", "founder"] where Bool.random(using: &random) && Bool.random(using: &random) {
                    try db.execute(sql: "INSERT OR IGNORE INTO tag (name) VALUES (?)", arguments: [tag])
                    try db.execute(sql: "INSERT INTO person_tag SELECT ?, id FROM tag WHERE name = ?", arguments: [person.id, tag])
                    person.tags.insert(tag)
                }
                try randomNeedsAndOffers(db, of: person.id, &random)
                oracle.people[person.id] = person
            }
            let everyone = oracle.people.keys.sorted()
            let density = Double.random(in: 0.15...0.5, using: &random)
            for a in everyone {
                for b in everyone where a < b && Double.random(in: 0..<1, using: &random) < density {
                    let tie = ReachOracle.Tie(strength: Int.random(in: 1...5, using: &random),
                                              source: sources.randomElement(using: &random)!)
                    try db.execute(sql: "INSERT INTO tie (person_a, person_b, strength, source) VALUES (?, ?, ?, ?)",
                                   arguments: [a, b, tie.strength, tie.source])
                    oracle.ties[.init(a, b)] = tie
                }
            }
            try randomHistory(db, &oracle, everyone: everyone, &random)
        }
        return (store, oracle)
    }

    static let said = ["seed investing in fintech", "an investor for the labs", "founder coaching", "globex designers",
                       "a designer", "group investor relations"]

    /// Now and then what they need and offer, some of it no longer open.
    static func randomNeedsAndOffers(_ db: Database, of person: Int64, _ random: inout SeededGenerator) throws {
        for kind in ["need", "offer"] where Int.random(in: 0..<3, using: &random) == 0 {
            try db.execute(sql: "INSERT INTO need_offer (person_id, kind, what, said_on, status) VALUES (?, ?, ?, '2026-10-01', ?)",
                           arguments: [person, kind, said.randomElement(using: &random)!,
                                       ["open", "open", "met"].randomElement(using: &random)!])
        }
    }

    /// Events with the people met there, my calls, and introductions.
    static func randomHistory(_ db: Database, _ oracle: inout ReachOracle, everyone: [Int64],
                              _ random: inout SeededGenerator) throws {
        let others = everyone.filter { $0 != oracle.me }
        for index in 0..<Int.random(in: 0...3, using: &random) {
            try db.execute(sql: "INSERT INTO event (name, date) VALUES (?, '2026-10-01')", arguments: ["Event \(index)"])
            let event = db.lastInsertedRowID
            for _ in 0..<Int.random(in: 1...3, using: &random) {
                let days = Int.random(in: 0...400, using: &random)
                try db.execute(sql: "INSERT INTO interaction (kind, date, event_id) VALUES ('met', ?, ?)",
                               arguments: [Store.testToday.adding(days: -days).description, event])
                let interaction = db.lastInsertedRowID
                for person in Set((0..<Int.random(in: 1...3, using: &random)).map { _ in others.randomElement(using: &random)! }) {
                    try db.execute(sql: "INSERT INTO interaction_person VALUES (?, ?)", arguments: [interaction, person])
                    oracle.events[person, default: []].insert(event)
                    oracle.interactions[person, default: []].append(days)
                }
            }
        }
        for _ in 0..<Int.random(in: 0...3, using: &random) where others.count >= 2 {
            let pair = others.shuffled(using: &random).prefix(2)
            let people = Bool.random(using: &random) ? [oracle.me, pair.first!] : Array(pair)
            let introducer = [oracle.me, pair.last!, nil].randomElement(using: &random)!
            let status = statuses.randomElement(using: &random)!
            guard introducer.map({ !people.contains($0) }) ?? true else { continue }
            try db.execute(sql: "INSERT INTO introduction (introducer_id, person_a, person_b, date, status) VALUES (?, ?, ?, '2026-09-01', ?)",
                           arguments: [introducer, people[0], people[1], status])
            oracle.introductions.append(.init(introducer: introducer, a: people[0], b: people[1], status: status))
        }
    }

    /// A goal of a random kind, and README's targets for it (text goals take their targets from
    /// the search, whose bm25 ranking is SQLite's).
    static func randomGoal(_ oracle: ReachOracle, store: Store, _ random: inout SeededGenerator) throws
        -> (goal: String, targets: [Int64: Double])
    {
        let others = oracle.people.values.filter { $0.id != oracle.me && !$0.archived }.map(\.id).sorted()
        guard !others.isEmpty else { return ("#\(oracle.me)", [:]) }
        switch Int.random(in: 0..<4, using: &random) {
        case 0:
            let person = others.randomElement(using: &random)!
            return ("#\(person)", [person: 1])
        case 1:
            let name = ["Acme", "Group G3", "acme labs", "Globex"].randomElement(using: &random)!
            return ("org:\(name)", oracle.organization(name))
        case 2:
            let tag = ["investor", "founder"].randomElement(using: &random)!
            let tagged = oracle.people.values.filter { $0.tags.contains(tag) && !$0.archived }
            return ("tag:\(tag)", Dictionary(uniqueKeysWithValues: tagged.map { ($0.id, 1.0) }))
        default:
            let text = ["labs founder", "group investor", "globex", "seed investor", "designer"].randomElement(using: &random)!
            // Words nobody has are refused; that is another test's business. The targets are
            // README's, read by the oracle (a bare word that is an organisation is one), and the
            // goal's own must be the same.
            let goal = try? store.read { db in try ReachGoal.resolve(text, in: db) }
            let targets = goal?.0.kind == .organization ? oracle.organization(text) : try ReachOracle.textTargets(text, in: store)
            let resolved = goal?.1 ?? []
            #expect(resolved.count == targets.count && resolved.allSatisfy { close($0.relevance, targets[$0.id]) },
                    "\(text): \(resolved) is not README's \(targets)")
            return (text, targets)
        }
    }

    static func close(_ a: Double, _ b: Double?) -> Bool { b.map { abs(a - $0) <= 1e-9 } ?? false }

    @Test(arguments: 0..<500)
    func reachEqualsEveryRouteEnumerated(_ seed: Int) throws {
        var random = SeededGenerator(seed: UInt64(seed) &+ 7_919)
        let (store, oracle) = try Self.randomStore(&random)
        let (goal, targets) = try Self.randomGoal(oracle, store: store, &random)
        guard !targets.isEmpty else { return }
        let maxHops = seed % 4 + 1
        let answer = try ReachQuery(store.context).reach(goal, maxHops: maxHops, limit: 50, alternatives: 10)
        try Self.check(answer, against: oracle, targets: targets, maxHops: maxHops, label: "seed \(seed)")
    }

    /// The answer equals the oracle's: direct ties, introducers in order with their best score,
    /// alternatives the best through each other second person, every route simple and real,
    /// and "only through" true and never missing.
    static func check(_ answer: ReachAnswer, against oracle: ReachOracle, targets: [Int64: Double], maxHops: Int,
                      label: String) throws {
        let routes = oracle.routes(from: oracle.me, targets: targets, maxHops: maxHops)
        let direct = routes.filter { $0.people.count == 2 }
        #expect(Set(answer.direct.map(\.target.id)) == Set(direct.map { $0.people[1] }), "\(label)")
        let introduced = Dictionary(grouping: routes.filter { $0.people.count > 2 }, by: { $0.people[1] })
        let best = introduced.mapValues { $0.map(\.score).max()! }
        let ranking = best.sorted { abs($0.value - $1.value) > 1e-12 ? $0.value > $1.value : $0.key < $1.key }.map(\.key)
        #expect(answer.introducers.map(\.introducer.id) == ranking, "\(label)")
        for introducer in answer.introducers {
            let own = introduced[introducer.introducer.id] ?? []
            #expect(close(introducer.best.score, best[introducer.introducer.id]), "\(label)")
            for route in [introducer.best] + introducer.alternatives {
                let people = route.people.map(\.id)
                let real = own.first { $0.people == people }
                #expect(real != nil && close(route.score, real?.score), "\(label): \(people) is no route of the model")
                let sameSecond = own.filter { $0.people[2] == people[2] }.map(\.score).max()
                #expect(close(route.score, sameSecond), "\(label): not the best through #\(people[2])")
            }
            let seconds = Set(own.map { $0.people[2] })
            #expect(introducer.alternatives.count == min(10, seconds.count - 1), "\(label)")
            let onEvery = own.dropFirst().reduce(Set(own[0].people.dropFirst(2))) { $0.intersection($1.people) }
                .filter { targets[$0] == nil }
            if let only = introducer.onlyThrough {
                #expect(onEvery.contains(only.id), "\(label): #\(only.id) is not on every route")
                let known = onEvery.filter { oracle.ties[.init($0, oracle.me)] != nil }
                // One I know myself is named first, with "ask them directly".
                if known.isEmpty {
                    #expect(introducer.askDirectly != true, "\(label)")
                } else {
                    #expect(introducer.askDirectly == true && known.contains(only.id), "\(label)")
                }
            } else {
                #expect(onEvery.isEmpty, "\(label): every route passes \(onEvery) and the answer does not say so")
            }
        }
    }
}
