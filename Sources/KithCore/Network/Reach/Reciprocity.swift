/// Something to be honest about before asking an introducer for a favour. It never changes the
/// ranking; it is reported so that the user can decide.
public enum Reciprocity: Equatable, Sendable {
    /// Promises I made them that are past due: the oldest few, and how many in all.
    case overduePromises([OverduePromise], total: Int)
    /// They introduced me (`received` times) or I asked them to (`asked` open requests), and I
    /// have introduced them to no one.
    case unreturnedIntroductions(received: Int, asked: Int)
    /// Favours run their way on the ledger (its balance is below zero), with nothing overdue.
    case ledgerLeansTheirWay(balance: Int)

    /// How many overdue promises are named one by one.
    static let promisesNamed = 2

    /// What the ledger line with an introducer says worth knowing before asking them.
    static func facts(_ line: LedgerLine, overdue: [OverduePromise]) -> [Reciprocity] {
        var facts: [Reciprocity] = []
        if line.overdueByMe > 0 { facts.append(.overduePromises(overdue, total: line.overdueByMe)) }
        if line.introductionsReceived + line.introductionsAsked > 0 && line.introductionsGiven == 0 {
            facts.append(.unreturnedIntroductions(received: line.introductionsReceived, asked: line.introductionsAsked))
        } else if line.balance < 0 && line.overdueByMe == 0 {
            facts.append(.ledgerLeansTheirWay(balance: line.balance))
        }
        return facts
    }
}

/// A promise of mine past its due date.
public struct OverduePromise: Codable, Equatable, Sendable {
    public var what: String
    public var due: Day
    public var daysOverdue: Int

    enum CodingKeys: String, CodingKey {
        case what, due, daysOverdue = "days_overdue"
    }
}

extension Reciprocity: Codable {
    /// In JSON: `{"kind": "overdue_promises", "promises": […], "total": 3}`,
    /// `{"kind": "unreturned_introductions", "received": 1, "asked": 0}` or
    /// `{"kind": "ledger_leans_their_way", "balance": -2}`.
    enum CodingKeys: String, CodingKey {
        case kind, promises, total, received, asked, balance
    }

    enum Kind: String, Codable {
        case overduePromises = "overdue_promises"
        case unreturnedIntroductions = "unreturned_introductions"
        case ledgerLeansTheirWay = "ledger_leans_their_way"
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        switch try container.decode(Kind.self, forKey: .kind) {
        case .overduePromises:
            self = .overduePromises(try container.decode([OverduePromise].self, forKey: .promises),
                                    total: try container.decode(Int.self, forKey: .total))
        case .unreturnedIntroductions:
            self = .unreturnedIntroductions(received: try container.decode(Int.self, forKey: .received),
                                            asked: try container.decode(Int.self, forKey: .asked))
        case .ledgerLeansTheirWay:
            self = .ledgerLeansTheirWay(balance: try container.decode(Int.self, forKey: .balance))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        switch self {
        case .overduePromises(let promises, let total):
            try container.encode(Kind.overduePromises, forKey: .kind)
            try container.encode(promises, forKey: .promises)
            try container.encode(total, forKey: .total)
        case .unreturnedIntroductions(let received, let asked):
            try container.encode(Kind.unreturnedIntroductions, forKey: .kind)
            try container.encode(received, forKey: .received)
            try container.encode(asked, forKey: .asked)
        case .ledgerLeansTheirWay(let balance):
            try container.encode(Kind.ledgerLeansTheirWay, forKey: .kind)
            try container.encode(balance, forKey: .balance)
        }
    }
}
