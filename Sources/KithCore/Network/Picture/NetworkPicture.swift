/// A picture of the network to draw (`kith graph`): the people, with what the picture shows of
/// each, and the ties between them, each with the weight reach gives it. Built by
/// `PictureQuery`; drawn (DOT, SVG, PNG, HTML) by the executable.
public struct NetworkPicture: Codable, Equatable, Sendable {
    public enum Kind: String, Codable, Sendable {
        /// My network, me in the centre.
        case network
        /// One person's neighbourhood.
        case person
    }

    public struct Person: Codable, Equatable, Sendable {
        public var person: PersonSummary
        public var tags: [String]
        public var isMe: Bool
        /// The day of our last interaction, and how many days ago it was.
        public var lastContact: Day?
        public var daysSince: Int?
        /// A close tie gone quiet (as in `kith week`).
        public var drifting: Bool
        /// How many open promises I owe them.
        public var owed: Int
        /// In a person's picture: how many ties from them, and whether I know them too.
        public var depth: Int?
        public var mutual: Bool?
        /// The weight of my tie to them, 0 when we have none: who is kept when the picture is cut.
        public var weight: Double

        enum CodingKeys: String, CodingKey {
            case person, tags, drifting, owed, depth, mutual, weight
            case isMe = "is_me", lastContact = "last_contact", daysSince = "days_since"
        }
    }

    public struct Tie: Codable, Equatable, Sendable {
        public var personA: Int64
        public var personB: Int64
        public var strength: Int
        /// Reach's weight for the tie, in (0, 1]: its strength, how recently we spoke (my ties),
        /// introductions, a shared organisation and events.
        public var weight: Double
        public var source: String

        enum CodingKeys: String, CodingKey {
            case strength, weight, source
            case personA = "person_a", personB = "person_b"
        }
    }

    public var kind: Kind
    /// Whose neighbourhood, for a person's picture, and how many ties deep.
    public var focus: PersonSummary?
    public var depth: Int?
    public var people: [Person]
    public var ties: [Tie]
    /// How many people the picture could have held before it was cut to `limit`.
    public var total: Int
    public var limit: Int

    /// How many people are drawn besides me and the person whose picture it is.
    public var others: Int { people.filter { !$0.isMe && $0.person.id != focus?.id }.count }

    /// True when people were left out to keep the picture readable.
    public var isCut: Bool { total > others }

    enum CodingKeys: String, CodingKey {
        case kind, focus, depth, people, ties, total, limit
    }
}

/// Which people and ties a picture holds.
public struct PictureFilter: Sendable {
    /// Ties weaker than this (1–5) are not drawn.
    public var minStrength: Int
    /// Only people with this tag, or at an organisation whose name holds this text (me, and
    /// a person whose picture it is, are always there).
    public var tag: String?
    public var organization: String?
    /// At most this many people besides me.
    public var limit: Int

    public static let defaultLimit = 150

    public init(minStrength: Int = 1, tag: String? = nil, organization: String? = nil, limit: Int = PictureFilter.defaultLimit) {
        self.minStrength = minStrength
        self.tag = tag
        self.organization = organization
        self.limit = limit
    }
}
