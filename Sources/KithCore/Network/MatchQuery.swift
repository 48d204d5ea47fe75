import GRDB

/// Give-first matchmaking: the introductions I could make between people I know, where one's
/// open need meets another's open offer (`kith matches`).
public struct MatchQuery: Sendable {
    let context: Context

    public init(_ context: Context) { self.context = context }

    /// The best `limit` matches; with `person`, those that would help them and those where
    /// they could help.
    public func matches(for person: String? = nil, limit: Int = 10) throws -> NeedMatches {
        try KithError.Setting.limit.checkLimit(limit)
        return try context.read { db in
            let focus = try person.map { try PersonResolver(db: db).resolve($0).id }
            return try Self.matches(for: focus, limit: limit, today: context.today, in: db)
        }
    }

    /// Offers that meet my own open needs, best first: what people I know could do for me.
    static func mine(today: Day, in db: Database) throws -> [NeedMatch] {
        var finder = try MatchFinder(db: db, today: today)
        let needs = try NeedOffer.fetchAll(db, sql: """
            SELECT n.* FROM need_offer n WHERE n.person_id = ? AND n.kind = 'need' AND n.status = 'open' ORDER BY n.said_on DESC, n.id
            """, arguments: [finder.me])
        let found = try needs.flatMap { try finder.offers(for: $0) }
            .sorted { ($0.score, $1.need.id ?? 0, $1.offer.id ?? 0) > ($1.score, $0.need.id ?? 0, $0.offer.id ?? 0) }
        return try finder.described(found)
    }

    /// The matches inside the caller's read; with `saidSince`, only needs said since then.
    static func matches(for focus: Int64?, saidSince: Day? = nil, limit: Int, today: Day, in db: Database) throws -> NeedMatches {
        var finder = try MatchFinder(db: db, today: today)
        var found: [MatchFinder.Candidate] = []
        for need in try finder.openNeeds() where saidSince.map({ need.saidOn >= $0 }) ?? true {
            found += try finder.offers(for: need).filter { focus == nil || focus == need.personID || focus == $0.offer.personID }
        }
        found.sort { ($0.score, $1.need.id ?? 0, $1.offer.id ?? 0) > ($1.score, $0.need.id ?? 0, $0.offer.id ?? 0) }
        let kept = found.filter { !$0.introduced }
        return NeedMatches(matches: try finder.described(Array(kept.prefix(limit))),
                           alreadyIntroduced: found.count - kept.count, total: kept.count)
    }
}

/// Finds and weighs the offers that meet each need, reading each fact once.
struct MatchFinder {
    struct Candidate {
        var need: NeedOffer
        var offer: NeedOffer
        var score: Double
        var fit: Double
        var wordsMet: [String]
        var wordsOfNeed: Int
        var closeness: Double
        var freshness: Double
        var theirTie: Int?
        var introduced: Bool
    }

    let db: Database
    let me: Int64
    let today: Day
    /// The offers each word of a need finds, by word.
    private var offersByWord: [String: Set<Int64>] = [:]
    private var myStrengths: [Int64: Int] = [:]
    /// Pairs an introduction already joins, either way round.
    private let introducedPairs: Set<[Int64]>

    init(db: Database, today: Day) throws {
        self.db = db
        self.today = today
        me = try PersonResolver(db: db).me().id
        introducedPairs = Set(try Row.fetchAll(db, sql: "SELECT person_a, person_b FROM introduction").map { row in
            let a: Int64 = row[0], b: Int64 = row[1]
            return [min(a, b), max(a, b)]
        })
        for row in try Row.fetchAll(db, sql: """
            SELECT CASE WHEN person_a = :me THEN person_b ELSE person_a END, strength FROM tie
            WHERE person_a = :me OR person_b = :me
            """, arguments: ["me": me]) {
            myStrengths[row[0]] = row[1]
        }
    }

    /// Open needs of people other than me who are not archived, the freshest first.
    func openNeeds() throws -> [NeedOffer] {
        try NeedOffer.fetchAll(db, sql: """
            SELECT n.* FROM need_offer n JOIN person p ON p.id = n.person_id
            WHERE n.kind = 'need' AND n.status = 'open' AND p.is_self = 0 AND p.archived = 0
            ORDER BY n.said_on DESC, n.id
            """)
    }

    /// The open offers of others that meet `need`, each weighed.
    mutating func offers(for need: NeedOffer) throws -> [Candidate] {
        let words = NeedWords.subject(need.what)
        guard let match = NeedWords.matchQuery(need.what, column: "offer") else { return [] }
        let rows = try Row.fetchAll(db, sql: """
            SELECT n.*, bm25(need_offer_fts) AS rank FROM need_offer_fts JOIN need_offer n ON n.id = need_offer_fts.rowid
            JOIN person p ON p.id = n.person_id
            WHERE need_offer_fts MATCH :match AND n.kind = 'offer' AND n.status = 'open'
              AND p.is_self = 0 AND p.archived = 0 AND n.person_id <> :needer
            ORDER BY rank, n.id
            """, arguments: ["match": match, "needer": need.personID])
        guard let best = rows.first?["rank"] as Double? else { return [] }
        return try rows.map { row in
            let offer = try NeedOffer(row: row)
            let met = try words.filter { try self.offers(matching: $0).contains(offer.id ?? 0) }
            return try candidate(need, offer, met: met, of: words.count, bm25: row["rank"], best: best)
        }
    }

    private func candidate(_ need: NeedOffer, _ offer: NeedOffer, met: [String], of words: Int, bm25: Double,
                           best: Double) throws -> Candidate {
        let fit = MatchScore.fit(met: met.count, of: words, bm25: bm25, best: best)
        let closeness = MatchScore.closeness(myStrengths[need.personID], myStrengths[offer.personID])
        let freshness = MatchScore.freshness(olderAge: min(need.saidOn, offer.saidOn).days(to: today))
        let theirTie = try Int.fetchOne(db, sql: "SELECT strength FROM tie WHERE person_a = ? AND person_b = ?",
                                        arguments: [min(need.personID, offer.personID), max(need.personID, offer.personID)])
        let score = fit * closeness * freshness * (theirTie == nil ? 1 : MatchScore.alreadyTied)
        return Candidate(need: need, offer: offer, score: score, fit: fit, wordsMet: met, wordsOfNeed: words,
                         closeness: closeness, freshness: freshness, theirTie: theirTie,
                         introduced: introducedPairs.contains([min(need.personID, offer.personID),
                                                               max(need.personID, offer.personID)]))
    }

    /// The open offers one word of a need finds (with its root), read once per word.
    private mutating func offers(matching word: String) throws -> Set<Int64> {
        if let known = offersByWord[word] { return known }
        guard let match = NeedWords.matchQuery(word, column: "offer") else { return [] }
        let found = Set(try Int64.fetchAll(db, sql: "SELECT rowid FROM need_offer_fts WHERE need_offer_fts MATCH ?",
                                           arguments: [match]))
        offersByWord[word] = found
        return found
    }

    /// The chosen matches with everyone named and what I owe each side.
    func described(_ candidates: [Candidate]) throws -> [NeedMatch] {
        let entries = try NeedEntry.named(candidates.flatMap { [$0.need, $0.offer] }, in: db)
        let byID = Dictionary(entries.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        return try candidates.compactMap { candidate in
            guard let need = byID[candidate.need.id ?? 0], let offer = byID[candidate.offer.id ?? 0] else { return nil }
            return NeedMatch(
                need: need, offer: offer, score: candidate.score, fit: candidate.fit, wordsMet: candidate.wordsMet,
                wordsOfNeed: candidate.wordsOfNeed, closeness: candidate.closeness,
                myStrengthToNeed: myStrengths[need.person.id], myStrengthToOffer: myStrengths[offer.person.id],
                freshness: candidate.freshness, theirTie: candidate.theirTie,
                owedToNeed: try owed(need.person.id), owedToOffer: try owed(offer.person.id))
        }
    }

    private func owed(_ person: Int64) throws -> OwedCount {
        guard let row = try Row.fetchOne(db, sql: """
            SELECT count(*), total(due < ?) FROM commitment WHERE person_id = ? AND owed_by_me = 1 AND status = 'open'
            """, arguments: [today, person]) else { return OwedCount() }
        return OwedCount(open: row[0], overdue: Int(row[1] as Double))
    }
}
