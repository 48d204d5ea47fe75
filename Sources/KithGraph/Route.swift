/// A chain of ties from one person to a target, with its score.
public struct Route: Equatable, Sendable {
    /// From the person asking to the target, both included.
    public var people: [Int]
    /// The target's relevance times every tie's weight, times the hop penalty for each hop after
    /// the first.
    public var score: Double

    public init(people: [Int], score: Double) {
        self.people = people
        self.score = score
    }

    public var target: Int { people[people.count - 1] }
    public var hops: Int { people.count - 1 }
    /// The first person after the one asking: who would make the introduction.
    public var introducer: Int { people[1] }
    /// The last person before the target: who actually knows them.
    public var bridge: Int { people[people.count - 2] }
    /// The people after the introducer and before the target.
    public var middle: ArraySlice<Int> { people.count > 3 ? people[2..<(people.count - 1)] : [] }
}
