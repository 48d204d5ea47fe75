import GRDB

/// Builds the weekly follow-up list from the store, as of one day.
public struct WeeklyListQuery: Sendable {
    /// A made introduction with no outcome after this many days is worth a nudge.
    public static let introductionFollowUpDays = 14
    /// Needs said within this many days are fresh enough to suggest in the list.
    public static let freshNeedDays = 90
    /// How many introductions I could make the list suggests.
    public static let matchesShown = 3
    /// How many days the recap looks back.
    public static let recapDays = 7

    let context: Context

    public init(_ context: Context) { self.context = context }

    /// The list for the `days` days from today. `limit` caps the people sections (keep in
    /// touch, birthdays); promises and introductions are never cut.
    public func list(days: Int = 7, limit: Int = 20) throws -> WeeklyList {
        try KithError.Setting.days.check(days, in: 1...366)
        try KithError.Setting.limit.checkLimit(limit)
        return try context.read { db in try list(days: days, limit: limit, in: db) }
    }

    /// The list as `db` has it: inside a sync's transaction, after it marked promises done.
    /// Without `suggesting`, the introductions I could make are left out: a calendar has no
    /// item for them, and matching every fresh need is most of the list's work in a large network.
    func list(days: Int, limit: Int, suggesting: Bool = true, in db: Database) throws -> WeeklyList {
        let until = context.today.adding(days: days - 1)
        let me = try PersonResolver(db: db).me().id
        let commitments = try CommitmentEntry.named(try Commitment.fetchAll(db, sql: """
            SELECT * FROM commitment WHERE status = 'open' AND due <= ? ORDER BY due, id
            """, arguments: [until.description]), in: db)
        let keepInTouch = try keepInTouch(until: until, me: me, in: db)
        let birthdays = try birthdays(until: until, in: db)
        let drifting = try DriftingEntry.all(me: me, today: context.today, in: db)
        return WeeklyList(
            today: context.today, until: until, days: days,
            overdue: commitments.filter { $0.owedByMe && $0.due! < context.today },
            due: commitments.filter { $0.owedByMe && $0.due! >= context.today },
            owedToMe: commitments.filter { !$0.owedByMe },
            introductions: try introductions(me: me, until: until, in: db),
            keepInTouch: Array(keepInTouch.prefix(limit)), keepInTouchTotal: keepInTouch.count,
            drifting: Array(drifting.prefix(limit)), driftingTotal: drifting.count,
            birthdays: Array(birthdays.prefix(limit)), birthdaysTotal: birthdays.count,
            couldIntroduce: suggesting ? try couldIntroduce(in: db) : [],
            recap: try recap(in: db),
            undatedOpen: try Int.fetchOne(db, sql: """
                SELECT count(*) FROM commitment WHERE status = 'open' AND due IS NULL AND owed_by_me = 1
                """) ?? 0)
    }

    /// The best introductions I could make for needs said lately.
    private func couldIntroduce(in db: Database) throws -> [NeedMatch] {
        try MatchQuery.matches(for: nil, saidSince: context.today.adding(days: -Self.freshNeedDays), limit: Self.matchesShown,
                               today: context.today, in: db).matches
    }

    /// Names this database in calendar UIDs: the instant it was created (when "me" was), so two
    /// databases' items never collide in one calendar.
    public func databaseID() throws -> String {
        try context.read { db in try DatabaseIdentity.of(db) }
    }

    /// Introductions I take part in that wait on someone: made a while ago with no outcome, or
    /// requested or offered and not answered.
    private func introductions(me: Int64, until: Day, in db: Database) throws -> [IntroductionFollowUp] {
        let madeBefore = context.today.adding(days: -Self.introductionFollowUpDays)
        let rows = try Introduction.fetchAll(db, sql: """
            SELECT * FROM introduction
            WHERE ((status = 'made' AND outcome IS NULL AND date <= :made) OR status IN ('requested', 'offered'))
              AND (introducer_id = :me OR person_a = :me OR person_b = :me)
              AND (follow_up_on IS NULL OR follow_up_on <= :until)
            ORDER BY date, id
            """, arguments: ["made": madeBefore.description, "me": me, "until": until.description])
        return try IntroductionEntry.named(rows, me: me, in: db).map { entry in
            IntroductionFollowUp(introduction: entry, reason: entry.status == .made ? .noOutcome : .noAnswer,
                                 days: entry.date.days(to: context.today))
        }
    }

    /// Everyone with a cadence (their own or a tag's) that lapses by `until`, the most overdue
    /// first, then the strongest ties. Candidates come from the cadence indexes, so the cost
    /// follows the people with a cadence, not the network.
    private func keepInTouch(until: Day, me: Int64, in db: Database) throws -> [KeepInTouchEntry] {
        let rows = try Row.fetchAll(db, sql: """
            WITH candidate (id) AS (
                SELECT id FROM person WHERE cadence_days IS NOT NULL
                UNION
                -- From the few tags with a cadence to their people, never the other way round.
                SELECT person_id FROM person_tag WHERE tag_id IN (SELECT id FROM tag WHERE cadence_days IS NOT NULL)
            )
            SELECT p.id, p.uid, p.name, p.organization, p.cadence_days, p.created_at,
                   (SELECT group_concat(t.cadence_days || char(31) || t.name, char(30))
                    FROM person_tag pt JOIN tag t ON t.id = pt.tag_id
                    WHERE pt.person_id = p.id AND t.cadence_days IS NOT NULL) AS tags,
                   (SELECT max(i.date) FROM interaction_person ip JOIN interaction i ON i.id = ip.interaction_id
                    WHERE ip.person_id = p.id) AS last_contact,
                   (SELECT strength FROM tie WHERE person_a = min(:me, p.id) AND person_b = max(:me, p.id)) AS strength
            FROM candidate c JOIN person p ON p.id = c.id
            WHERE p.is_self = 0 AND p.archived = 0
            """, arguments: ["me": me])
        var entries: [KeepInTouchEntry] = []
        for row in rows {
            let tags = (row["tags"] as String?)?.split(separator: "\u{1E}").compactMap { pair -> (name: String, days: Int)? in
                let parts = pair.split(separator: "\u{1F}", maxSplits: 1)
                guard parts.count == 2, let days = Int(parts[0]) else { return nil }
                return (String(parts[1]), days)
            } ?? []
            let added: Timestamp = try row.decode(forColumn: "created_at")
            guard let entry = KeepInTouchEntry(
                person: PersonSummary(id: row["id"], uid: row["uid"], name: row["name"], organization: row["organization"]),
                own: row["cadence_days"], tags: tags, lastContact: try row.decode(forColumn: "last_contact"),
                added: added.day, strength: row["strength"], today: context.today),
                entry.due <= until
            else { continue }
            entries.append(entry)
        }
        return entries.sorted {
            ($1.daysOverdue, $1.strength ?? 0, $0.person.name, $0.person.id)
                < ($0.daysOverdue, $0.strength ?? 0, $1.person.name, $1.person.id)
        }
    }

    /// Birthdays from today to `until`, looked up by month and day through their index.
    private func birthdays(until: Day, in db: Database) throws -> [BirthdayEntry] {
        var dayOf: [String: Day] = [:]
        var day = context.today
        while day <= until {
            let monthDay = Day.padded(day.month, 2) + "-" + Day.padded(day.dayOfMonth, 2)
            dayOf[monthDay] = day
            // Born on 29 February: celebrated on the 28th when the year has no 29th.
            if monthDay == "02-28", Day(year: day.year, month: 2, day: 29) == nil { dayOf["02-29"] = day }
            day = day.adding(days: 1)
        }
        let keys = Array(dayOf.keys)
        let placeholders = Array(repeating: "?", count: keys.count).joined(separator: ", ")
        let rows = try Row.fetchAll(db, sql: """
            SELECT \(PersonSummary.columns), birthday FROM person
            WHERE birthday IS NOT NULL AND substr(birthday, -5) IN (\(placeholders)) AND is_self = 0 AND archived = 0
            """, arguments: StatementArguments(keys))
        return try rows.compactMap { row -> BirthdayEntry? in
            let birthday: Birthday = try row.decode(forColumn: "birthday")
            guard let date = dayOf[birthday.monthDay] else { return nil }
            return BirthdayEntry(person: PersonSummary(id: row["id"], uid: row["uid"], name: row["name"], organization: row["organization"]),
                                 birthday: birthday, date: date, turns: birthday.year.map { date.year - $0 })
        }.sorted { ($0.date, $0.person.name, $0.person.id) < ($1.date, $1.person.name, $1.person.id) }
    }

    private func recap(in db: Database) throws -> WeekRecap {
        let since = context.today.adding(days: -Self.recapDays)
        let window: StatementArguments = ["since": since.description, "today": context.today.description]
        // Added and kept are instants; no upper bound, so a fixed "today" in the past still
        // sees what was written since.
        let added = try PersonSummary.fetchAll(db, sql: """
            SELECT \(PersonSummary.columns) FROM person WHERE created_at >= :since AND is_self = 0
            ORDER BY created_at DESC, id DESC
            """, arguments: window)
        let interactions = try Row.fetchOne(db, sql: """
            SELECT count(DISTINCT i.id) AS interactions, count(DISTINCT ip.person_id) AS people
            FROM interaction i JOIN interaction_person ip ON ip.interaction_id = i.id
            WHERE i.date BETWEEN :since AND :today
            """, arguments: window)
        return WeekRecap(
            since: since, peopleAdded: Array(added.prefix(10)), peopleAddedCount: added.count,
            interactions: interactions?["interactions"] ?? 0, peopleContacted: interactions?["people"] ?? 0,
            introductions: try Int.fetchOne(db, sql: """
                SELECT count(*) FROM introduction WHERE status = 'made' AND date BETWEEN :since AND :today
                """, arguments: window) ?? 0,
            introductionsFromMatches: try Int.fetchOne(db, sql: """
                SELECT count(*) FROM introduction WHERE status = 'made' AND need_id IS NOT NULL AND date BETWEEN :since AND :today
                """, arguments: window) ?? 0,
            commitmentsKept: try Int.fetchOne(db, sql: """
                SELECT count(*) FROM commitment WHERE status = 'done' AND done_at >= :since
                """, arguments: window) ?? 0)
    }
}
