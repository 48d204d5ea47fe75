import Foundation

/// An introduction I could make: one person's open need met by another's open offer.
public struct NeedMatch: Codable, Equatable, Sendable {
    public var need: NeedEntry
    public var offer: NeedEntry
    /// fit × closeness × freshness, halved when the two already know each other.
    public var score: Double
    /// How well the offer's words meet the need's, in (0, 1].
    public var fit: Double
    /// The need's words the offer has, as the need says them.
    public var wordsMet: [String]
    /// How many words the need has (what is said to ask left out).
    public var wordsOfNeed: Int
    /// √(my tie to the one who needs × my tie to the one who offers), each strength / 5.
    public var closeness: Double
    /// My tie's strength to each side; nil where I have none.
    public var myStrengthToNeed: Int?
    public var myStrengthToOffer: Int?
    /// ½ ^ (age in days / 365) of the older of the two statements.
    public var freshness: Double
    /// The strength of the tie between the two, when they already know each other.
    public var theirTie: Int?
    /// Open promises I owe to the one who needs and to the one who offers (overdue ones counted apart).
    public var owedToNeed: OwedCount
    public var owedToOffer: OwedCount

    enum CodingKeys: String, CodingKey {
        case need, offer, score, fit, wordsMet = "words_met", wordsOfNeed = "words_of_need", closeness
        case myStrengthToNeed = "my_strength_to_need", myStrengthToOffer = "my_strength_to_offer", freshness
        case theirTie = "their_tie", owedToNeed = "owed_to_need", owedToOffer = "owed_to_offer"
    }
}

/// How many open promises I owe someone, and how many of those are overdue.
public struct OwedCount: Codable, Equatable, Sendable {
    public var open: Int
    public var overdue: Int

    public init(open: Int = 0, overdue: Int = 0) {
        self.open = open
        self.overdue = overdue
    }
}

/// `kith matches`: the introductions I could make, best first, and what was left out.
public struct NeedMatches: Codable, Equatable, Sendable {
    public var matches: [NeedMatch]
    /// Pairs left out because an introduction between the two is already recorded.
    public var alreadyIntroduced: Int
    /// Matches there were in all, before the limit.
    public var total: Int

    enum CodingKeys: String, CodingKey {
        case matches, alreadyIntroduced = "already_introduced", total
    }
}

/// The rule that ranks a match, in one place (README: "How Kith matches needs and offers").
enum MatchScore {
    /// A tie I do not have weighs what strength ½ would: I can still make the introduction.
    static let noTie = 0.1
    /// Halved when the two already know each other: they could have asked themselves.
    static let alreadyTied = 0.5

    /// Share of the need's words met, lifted by bm25 against the best offer for the same need:
    /// `met / words × (½ + ½ × bm25 / best bm25)`.
    static func fit(met: Int, of words: Int, bm25: Double, best: Double) -> Double {
        guard words > 0 else { return 0 }
        let relative = best < 0 ? min(1, bm25 / best) : 1
        return Double(met) / Double(words) * (0.5 + 0.5 * relative)
    }

    /// √(a × b) of my ties' strengths / 5.
    static func closeness(_ a: Int?, _ b: Int?) -> Double {
        func weight(_ strength: Int?) -> Double { strength.map { Double($0) / 5 } ?? noTie }
        return (weight(a) * weight(b)).squareRoot()
    }

    /// ½ per year since the older of the two was said.
    static func freshness(olderAge days: Int) -> Double { Foundation.pow(0.5, Double(max(0, days)) / 365) }
}
