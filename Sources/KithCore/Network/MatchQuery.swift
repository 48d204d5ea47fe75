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

    /// The matches inside the caller's read; with `saidSince`, only needs said since then.
    static func matches(for focus: Int64?, saidSince: Day? = nil, limit: Int, today: Day, in db: Database) throws -> NeedMatches {
        var finder = try MatchFinder(db: db, today: today)
        let needs = try finder.openNeeds().filter { need in saidSince.map { need.saidOn >= $0 } ?? true }
        return try finder.matches(for: needs, limit: limit) { candidate in
            focus == nil || focus == candidate.need.person || focus == candidate.offer.person
        }
    }
}

/// Finds and weighs the offers that meet each need, reading each fact once and only the rows
/// that can be shown in full.
struct MatchFinder {
    /// A need or an offer as far as matching needs it.
    struct Said {
        var id: Int64
        var person: Int64
        var saidOn: Day
        var what: String
    }

    /// One side of a candidate: plain values only, for there are tens of thousands of them.
    struct Side {
        var id: Int64
        var person: Int64
        var saidOn: Day

        init(_ said: Said) { (id, person, saidOn) = (said.id, said.person, said.saidOn) }
    }

    struct Candidate {
        var need: Side
        var offer: Side
        var fit: Double
        var wordsOfNeed: Int
        var closeness: Double
        var freshness: Double
        var introduced: Bool
        /// fit × closeness × freshness: the score unless the two already know each other.
        var upper: Double { fit * closeness * freshness }
    }

    /// A candidate with the tie between the two looked up, and so its score.
    struct Scored {
        var candidate: Candidate
        var theirTie: Int?
        var score: Double { candidate.upper * (theirTie == nil ? 1 : MatchScore.alreadyTied) }
    }

    let db: Database
    let me: Int64
    let today: Day
    /// Me and the archived: never a side of a match.
    private let left: Set<Int64>
    /// The offers each word of a need finds, with the word's part of their bm25, by word.
    private var scoresByWord: [String: [Int64: Double]] = [:]
    /// Every open offer of someone who is neither me nor archived; `offerIndex` finds one by id.
    private let openOffers: [Said]
    private let offerIndex: [Int64: Int]
    /// Each word's open offers, by their place in `openOffers`, with the word's part of bm25.
    private var openOffersByWord: [String: [(offer: Int, rank: Double)]] = [:]
    /// Per open offer, the words met and bm25 so far for the need being weighed (reset after).
    private var wordsMet: [Int]
    private var rankSum: [Double]
    private var myStrengths: [Int64: Int] = [:]
    /// Pairs an introduction already joins, either way round.
    private let introducedPairs: Set<[Int64]>

    init(db: Database, today: Day) throws {
        self.db = db
        self.today = today
        me = try PersonResolver(db: db).me().id
        left = Set(try Int64.fetchAll(db, sql: "SELECT id FROM person WHERE is_self = 1 UNION ALL SELECT id FROM person WHERE archived = 1"))
        introducedPairs = Set(try Row.fetchAll(db, sql: "SELECT person_a, person_b FROM introduction").map { row in
            let a: Int64 = row[0], b: Int64 = row[1]
            return [min(a, b), max(a, b)]
        })
        let left = self.left
        openOffers = try Row.fetchAll(db, sql: """
            SELECT id, person_id, said_on FROM need_offer WHERE kind = 'offer' AND status = 'open' ORDER BY id
            """).compactMap { row in
            let offer = Said(id: row[0], person: row[1], saidOn: try row.decode(atIndex: 2), what: "")
            return left.contains(offer.person) ? nil : offer
        }
        offerIndex = Dictionary(uniqueKeysWithValues: openOffers.enumerated().map { ($1.id, $0) })
        wordsMet = Array(repeating: 0, count: openOffers.count)
        rankSum = Array(repeating: 0, count: openOffers.count)
        for row in try Row.fetchAll(db, sql: """
            SELECT CASE WHEN person_a = :me THEN person_b ELSE person_a END, strength FROM tie
            WHERE person_a = :me OR person_b = :me
            """, arguments: ["me": me]) {
            myStrengths[row[0]] = row[1]
        }
    }

    /// Open needs of people other than me who are not archived (or of `person`), the freshest first.
    func openNeeds(of person: Int64? = nil) throws -> [Said] {
        try Row.fetchAll(db, sql: """
            SELECT id, person_id, said_on, what FROM need_offer
            WHERE kind = 'need' AND status = 'open' AND (:person IS NULL OR person_id = :person)
            ORDER BY said_on DESC, id
            """, arguments: ["person": person]).compactMap { row in
            let said = Said(id: row[0], person: row[1], saidOn: try row.decode(atIndex: 2), what: row[3])
            return person == nil && left.contains(said.person) ? nil : said
        }
    }

    /// The open offers of others that have at least half the words of `need`, each weighed but
    /// for a tie between the two.
    mutating func offers(for need: Said) throws -> [Candidate] {
        let words = NeedWords.subject(need.what)
        // FTS5's bm25 is a sum over the query's phrases, so the need's score for an offer is the
        // sum of its words' scores: each word is searched once, however many needs use it.
        var touched: [Int] = []
        for word in words {
            for (offer, rank) in try openOffers(matching: word) {
                if wordsMet[offer] == 0 { touched.append(offer) }
                wordsMet[offer] += 1
                rankSum[offer] += rank
            }
        }
        var eligible: [(offer: Said, words: Int, rank: Double)] = []
        for index in touched {
            let offer = openOffers[index]
            if wordsMet[index] * 2 >= words.count && offer.person != need.person {
                eligible.append((offer, wordsMet[index], rankSum[index]))
            }
            (wordsMet[index], rankSum[index]) = (0, 0)
        }
        guard let best = eligible.map({ $0.rank }).min() else { return [] }
        return eligible.map { offer, met, rank in
            Candidate(
                need: Side(need), offer: Side(offer),
                fit: MatchScore.fit(met: met, of: words.count, bm25: rank, best: best), wordsOfNeed: words.count,
                closeness: MatchScore.closeness(myStrengths[need.person], myStrengths[offer.person]),
                freshness: MatchScore.freshness(olderAge: min(need.saidOn, offer.saidOn).days(to: today)),
                introduced: introducedPairs.contains([min(need.person, offer.person), max(need.person, offer.person)]))
        }
    }

    /// The offers that meet `needs` (those `keep` keeps): the `limit` best, described, with how
    /// many were left out as already introduced and how many there are.
    mutating func matches(for needs: [Said], limit: Int, keep: (Candidate) -> Bool = { _ in true }) throws -> NeedMatches {
        let found = try needs.flatMap { try offers(for: $0) }.filter(keep)
        let kept = found.filter { !$0.introduced }
        return NeedMatches(matches: try described(try best(kept, limit: limit)), alreadyIntroduced: found.count - kept.count,
                           total: kept.count)
    }

    /// The `limit` best, exactly: the tie between the two (which halves a score) is looked up
    /// only while a candidate's score without it could still make the list.
    func best(_ candidates: [Candidate], limit: Int) throws -> [Scored] {
        var chosen: [Scored] = []
        for candidate in candidates.sorted(by: { ($0.upper, $1.need.id, $1.offer.id) > ($1.upper, $0.need.id, $0.offer.id) }) {
            if chosen.count >= limit, let last = chosen.last, candidate.upper < last.score { break }
            let theirTie = try Int.fetchOne(db, sql: "SELECT strength FROM tie WHERE person_a = ? AND person_b = ?",
                                            arguments: [min(candidate.need.person, candidate.offer.person),
                                                        max(candidate.need.person, candidate.offer.person)])
            chosen.append(Scored(candidate: candidate, theirTie: theirTie))
            chosen.sort { ($0.score, $1.candidate.need.id, $1.candidate.offer.id) > ($1.score, $0.candidate.need.id, $0.candidate.offer.id) }
            if chosen.count > limit { chosen.removeLast() }
        }
        return chosen
    }

    /// The offers one word of a need finds (with its root), with that word's part of bm25;
    /// read once per word.
    /// The open offers one word finds, by their place in `openOffers`, with the word's part of bm25.
    private mutating func openOffers(matching word: String) throws -> [(offer: Int, rank: Double)] {
        if let known = openOffersByWord[word] { return known }
        let found = try scores(of: word).compactMap { id, rank in offerIndex[id].map { (offer: $0, rank: rank) } }
        openOffersByWord[word] = found
        return found
    }

    private mutating func scores(of word: String) throws -> [Int64: Double] {
        if let known = scoresByWord[word] { return known }
        guard let match = NeedWords.matchQuery(word, column: "offer") else { return [:] }
        var found: [Int64: Double] = [:]
        let cursor = try Row.fetchCursor(db, sql: "SELECT rowid, bm25(need_offer_fts) FROM need_offer_fts WHERE need_offer_fts MATCH ?",
                                         arguments: [match])
        while let row = try cursor.next() { found[row[0]] = row[1] }
        scoresByWord[word] = found
        return found
    }

    /// The chosen matches with everyone named and what I owe each side.
    func described(_ chosen: [Scored]) throws -> [NeedMatch] {
        let rows = try NeedOffer.fetchAll(db, keys: chosen.flatMap { [$0.candidate.need.id, $0.candidate.offer.id] })
        let byID = Dictionary(try NeedEntry.named(rows, in: db).map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        return try chosen.compactMap { scored in
            let candidate = scored.candidate
            guard let need = byID[candidate.need.id], let offer = byID[candidate.offer.id] else { return nil }
            let wordsMet = NeedWords.subject(need.what).filter { scoresByWord[$0]?[offer.id] != nil }
            return NeedMatch(
                need: need, offer: offer, score: scored.score, fit: candidate.fit, wordsMet: wordsMet,
                wordsOfNeed: candidate.wordsOfNeed, closeness: candidate.closeness,
                myStrengthToNeed: myStrengths[need.person.id], myStrengthToOffer: myStrengths[offer.person.id],
                freshness: candidate.freshness, theirTie: scored.theirTie,
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
