import GRDB

/// One tie with both people named: a row of `kith ties`.
public struct TieListItem: Codable, Equatable, Sendable {
    public var id: Int64
    /// The person the list was asked about, when it was; otherwise the lower id.
    public var personA: PersonSummary
    public var personB: PersonSummary
    public var strength: Int
    public var context: String?
    public var since: Day?
    public var source: TieSource

    enum CodingKeys: String, CodingKey {
        case id, personA = "person_a", personB = "person_b", strength, context, since, source
    }
}

extension TieListItem {
    /// `ties` with both people named, in one query, `first` on the left where it takes part.
    static func named(_ ties: [Tie], first: Int64? = nil, in db: Database) throws -> [TieListItem] {
        let people = try PeopleQuery.summaries(Set(ties.flatMap { [$0.personA, $0.personB] }), in: db)
        return ties.map { tie in
            var (a, b) = (tie.personA, tie.personB)
            if b == first { swap(&a, &b) }
            return TieListItem(
                id: tie.id!, personA: people[a] ?? PersonSummary(id: a, name: "#\(a)"),
                personB: people[b] ?? PersonSummary(id: b, name: "#\(b)"), strength: tie.strength,
                context: tie.context, since: tie.since, source: tie.source)
        }
    }
}
