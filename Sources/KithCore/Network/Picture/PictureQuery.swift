import GRDB

/// Chooses what a picture of the network holds (`kith graph`): my network, strongest ties first,
/// or one person's neighbourhood; cut to a readable size, and says so.
public struct PictureQuery: Sendable {
    /// How far a person's neighbourhood may reach: at 4 ties most networks are everyone.
    public static let depths = 1...4

    let context: Context

    public init(_ context: Context) { self.context = context }

    /// My network: everyone the filter keeps, the strongest of my ties first (reach's weight, so
    /// that recent contact counts), me in the middle.
    public func network(_ filter: PictureFilter = PictureFilter()) throws -> NetworkPicture {
        try Self.check(filter)
        return try context.read { db in
            let me = try PersonResolver(db: db).me()
            let candidates = try Self.candidates(filter, except: [me.id], in: db)
            let mine = try TieWeighing.ties(among: candidates + [me.id], touching: me.id, minStrength: filter.minStrength,
                                            me: me.id, today: context.today, in: db)
            var weights: [Int64: Double] = [:]
            for tie in mine { weights[tie.a == me.id ? tie.b : tie.a] = tie.weight }
            // With a --min-strength, only people I am tied to that strongly.
            let kept = candidates.filter { filter.minStrength <= 1 || weights[$0] != nil }
            // Those I am tied to, heaviest first (a tie weighs at least TieModel.floor), then the
            // rest in the order they were added: only the few with a tie are sorted.
            let tied = kept.filter { weights[$0] != nil }.sorted { (weights[$0]!, -$0) > (weights[$1]!, -$1) }
            let chosen = (tied + kept.lazy.filter { weights[$0] == nil }.prefix(max(0, filter.limit - tied.count)))
                .prefix(filter.limit)
            var builder = try PictureBuilder(me: me.id, today: context.today, in: db)
            return try builder.picture(kind: .network, focus: nil, depth: nil, people: [me.id] + chosen, weights: weights,
                                       depths: [:], filter: filter, total: kept.count)
        }
    }

    /// `reference`'s neighbourhood: their ties, and their ties' ties, to `depth` (never through
    /// me, who knows everyone), nearest and strongest first; people I know too are marked.
    public func person(_ reference: String, depth: Int = 2, _ filter: PictureFilter = PictureFilter()) throws -> NetworkPicture {
        try Self.check(filter)
        try KithError.Setting.depth.check(depth, in: Self.depths)
        return try context.read { db in
            let resolver = PersonResolver(db: db)
            let me = try resolver.me(), focus = try resolver.resolve(reference)
            let depths = try Self.neighbourhood(of: focus.id, depth: depth, me: me.id, filter: filter, in: db)
            let near = depths.keys.filter { $0 != focus.id && $0 != me.id }
                .sorted { (depths[$0]!, $0) < (depths[$1]!, $1) }
            let mine = try TieWeighing.ties(among: near + [me.id], touching: me.id, minStrength: 1, me: me.id,
                                            today: context.today, in: db)
            var weights: [Int64: Double] = [:]
            for tie in mine { weights[tie.a == me.id ? tie.b : tie.a] = tie.weight }
            var people = [focus.id] + near.prefix(filter.limit)
            if focus.id != me.id, depths[me.id] != nil { people.insert(me.id, at: 1) }
            var builder = try PictureBuilder(me: me.id, today: context.today, in: db)
            return try builder.picture(kind: .person, focus: focus, depth: depth, people: people, weights: weights, depths: depths,
                                       filter: filter, total: near.count)
        }
    }

    private static func check(_ filter: PictureFilter) throws {
        try KithError.Setting.strength.check(filter.minStrength, in: 1...5)
        try KithError.Setting.limit.checkLimit(filter.limit)
    }

    /// Everyone the filter keeps (not archived), but `except`; only among `among` when given.
    static func candidates(_ filter: PictureFilter, except: Set<Int64>, among: [Int64]? = nil,
                           in db: Database) throws -> [Int64] {
        var conditions = ["archived = 0"]
        var arguments: StatementArguments = []
        if let among {
            conditions.append("id IN (SELECT value FROM json_each(?))")
            _ = arguments.append(contentsOf: [IDList.json(among)])
        }
        if let tag = filter.tag {
            guard let id = try Int64.fetchOne(db, sql: "SELECT id FROM tag WHERE name = ? COLLATE NOCASE", arguments: [tag]) else {
                throw KithError.tagNotFound(tag, known: try Tag.someNames(in: db))
            }
            conditions.append("id IN (SELECT person_id FROM person_tag WHERE tag_id = ?)")
            _ = arguments.append(contentsOf: [id])
        }
        if let organization = filter.organization {
            // Part of the organisation's name, as the people list reads it.
            conditions.append("organization LIKE '%' || ? || '%'")
            _ = arguments.append(contentsOf: [organization])
        }
        return try Int64.fetchAll(db, sql: "SELECT id FROM person WHERE " + conditions.joined(separator: " AND ") + " ORDER BY id",
                                  arguments: arguments).filter { !except.contains($0) }
    }

    /// Everyone within `depth` ties of `person` over ties of at least the filter's strength, with
    /// how far, walking only through people the filter keeps (checked as they are found, never
    /// the whole network); me included when near, but never walked through.
    static func neighbourhood(of person: Int64, depth: Int, me: Int64, filter: PictureFilter,
                              in db: Database) throws -> [Int64: Int] {
        var depths = [person: 0]
        var frontier = [person]
        for level in 1...depth where !frontier.isEmpty {
            var found: [Int64] = [], seen = Set<Int64>()
            for row in try Row.fetchAll(db, sql: """
                SELECT person_a, person_b FROM tie WHERE strength >= :least AND
                (person_a IN (SELECT value FROM json_each(:ids)) OR person_b IN (SELECT value FROM json_each(:ids)))
                ORDER BY person_a, person_b
                """, arguments: ["ids": IDList.json(frontier.filter { $0 != me }), "least": filter.minStrength]) {
                for other in [row[0], row[1]] as [Int64] where depths[other] == nil && seen.insert(other).inserted {
                    found.append(other)
                }
            }
            let allowed = Set(try candidates(filter, except: [], among: found, in: db))
            frontier = found.filter { $0 == me || allowed.contains($0) }
            for other in frontier { depths[other] = level }
        }
        return depths
    }
}
