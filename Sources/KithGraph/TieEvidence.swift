/// What is known about one tie, gathered by whoever built the graph: the input of `TieModel`.
public struct TieEvidence: Equatable, Sendable {
    /// An interaction I had with the other person.
    public struct Interaction: Equatable, Sendable {
        public enum Kind: Sendable {
            case met, call, message, email, meal, meeting, event, other
        }

        public var daysAgo: Int
        public var kind: Kind
        public var event: String?

        public init(daysAgo: Int, kind: Kind, event: String? = nil) {
            self.daysAgo = daysAgo
            self.kind = kind
            self.event = event
        }
    }

    /// True for a tie of mine; false for a tie between two other people.
    public var mine: Bool
    /// The strength stated for a stored tie, 1–5; nil when no tie is stored.
    public var strength: Int?
    /// Where a stored tie's knowledge came from.
    public enum Source: Sendable {
        case stated, inferred, introduction, imported
    }

    /// Where the stored tie came from; nil when no tie is stored.
    public var source: Source?
    /// The stored tie was only inferred, not stated, imported or made by an introduction.
    public var inferred: Bool { source == .inferred }
    /// How the two know each other, as recorded ("worked together at Stripe").
    public var context: String?
    /// My interactions with them (only for ties of mine), newest first.
    public var interactions: [Interaction] = []
    /// Introductions made between the two, in either direction.
    public var introductions = 0
    /// The organisation both work at, when they do.
    public var sharedOrganization: String?
    /// Events I logged where I met both of them.
    public var sharedEvents: [String] = []

    public init(mine: Bool, strength: Int? = nil) {
        self.mine = mine
        self.strength = strength
    }
}
