import GRDB

/// Someone I am close to and have not been in touch with for much longer than we used to be:
/// `week`'s "Drifting apart", for people without a keep-in-touch cadence.
public struct DriftingEntry: Codable, Equatable, Sendable {
    public var person: PersonSummary
    /// My tie's strength: 4 or 5.
    public var strength: Int
    public var lastContact: Day?
    /// Days since the last interaction (or since the tie began, when nothing is logged).
    public var daysSince: Int
    /// How many days usually passed between our interactions (the median gap), or
    /// `DriftingEntry.assumedGap` with fewer than two logged.
    public var usualGap: Int

    enum CodingKeys: String, CodingKey {
        case person, strength, lastContact = "last_contact", daysSince = "days_since", usualGap = "usual_gap"
    }

    /// A tie this strong or stronger is a close one (README: the stated part of reach's weight, 4/5 or more).
    public static let closeStrength = 4
    /// Drifting after this many usual gaps without a word…
    public static let gapsMissed = 3
    /// …and never before this many days.
    public static let shortest = 60
    /// The gap assumed when fewer than two interactions are logged.
    public static let assumedGap = 90

    /// True when `daysSince` is at least `gapsMissed` usual gaps and `shortest` days.
    static func isDrifting(daysSince: Int, usualGap: Int) -> Bool {
        daysSince >= max(shortest, gapsMissed * usualGap)
    }

    /// The median of the gaps between consecutive days (ascending), or `assumedGap`.
    static func usualGap(_ days: [Day]) -> Int {
        let gaps = zip(days, days.dropFirst()).map { $0.days(to: $1) }.filter { $0 > 0 }.sorted()
        guard !gaps.isEmpty else { return assumedGap }
        return gaps[gaps.count / 2]
    }
}

extension DriftingEntry {
    /// My close ties without a cadence (theirs or a tag's) who are drifting, the furthest gone
    /// (in usual gaps) first.
    static func all(me: Int64, today: Day, in db: Database) throws -> [DriftingEntry] {
        let people = try Row.fetchAll(db, sql: """
            SELECT p.id, p.uid, p.name, p.organization, t.strength, coalesce(t.since, substr(p.created_at, 1, 10)) AS since
            FROM tie t JOIN person p ON p.id = CASE WHEN t.person_a = :me THEN t.person_b ELSE t.person_a END
            WHERE (t.person_a = :me OR t.person_b = :me) AND t.strength >= :close AND p.archived = 0
              AND p.cadence_days IS NULL
              AND NOT EXISTS (SELECT 1 FROM person_tag pt JOIN tag g ON g.id = pt.tag_id
                              WHERE pt.person_id = p.id AND g.cadence_days IS NOT NULL)
            """, arguments: ["me": me, "close": closeStrength])
        var daysOf: [Int64: [Day]] = [:]
        for row in try Row.fetchAll(db, sql: """
            SELECT DISTINCT ip.person_id, i.date FROM interaction_person ip JOIN interaction i ON i.id = ip.interaction_id
            WHERE ip.person_id IN (SELECT value FROM json_each(?)) ORDER BY ip.person_id, i.date
            """, arguments: [IDList.json(people.map { $0["id"] as Int64 })]) {
            if let day = Day(iso: row[1] as String? ?? "") { daysOf[row[0], default: []].append(day) }
        }
        return people.compactMap { row -> DriftingEntry? in
            let id: Int64 = row["id"]
            let days = daysOf[id] ?? []
            guard let start = days.last ?? Day(iso: row["since"] as String? ?? "") else { return nil }
            let entry = DriftingEntry(
                person: PersonSummary(id: id, uid: row["uid"], name: row["name"], organization: row["organization"]),
                strength: row["strength"], lastContact: days.last, daysSince: start.days(to: today), usualGap: usualGap(days))
            return isDrifting(daysSince: entry.daysSince, usualGap: entry.usualGap) ? entry : nil
        }.sorted {
            (Double($0.daysSince) / Double($0.usualGap), $1.person.id) > (Double($1.daysSince) / Double($1.usualGap), $0.person.id)
        }
    }
}
