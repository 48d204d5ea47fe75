import GRDB

/// The reciprocity ledger with one person: what each of us did for the other, and the balance.
public struct LedgerLine: Codable, Equatable, Sendable {
    public var person: PersonSummary
    /// Introductions I made for them (they were one of the two).
    public var introductionsGiven: Int
    /// Of those, the ones made for a need of theirs or of the other one's (from a match).
    public var introductionsFromMatches: Int
    /// Introductions they made for me.
    public var introductionsReceived: Int
    /// Introductions I asked them for that are not made (or declined) yet.
    public var introductionsAsked: Int
    /// Promises to them I kept.
    public var keptByMe: Int
    /// Promises to me they kept.
    public var keptByThem: Int
    /// What I still owe them, and how much of it is overdue.
    public var openByMe: Int
    public var overdueByMe: Int
    /// What they still owe me.
    public var openByThem: Int

    /// What I have done for them minus what they have done for me: above zero they owe me a
    /// favour, below zero I owe them one.
    public var balance: Int

    enum CodingKeys: String, CodingKey {
        case person, introductionsGiven = "introductions_given", introductionsFromMatches = "introductions_from_matches"
        case introductionsReceived = "introductions_received"
        case introductionsAsked = "introductions_asked", keptByMe = "kept_by_me", keptByThem = "kept_by_them"
        case openByMe = "open_by_me", overdueByMe = "overdue_by_me", openByThem = "open_by_them", balance
    }

    public init(person: PersonSummary, introductionsGiven: Int = 0, introductionsFromMatches: Int = 0,
                introductionsReceived: Int = 0, introductionsAsked: Int = 0, keptByMe: Int = 0, keptByThem: Int = 0,
                openByMe: Int = 0, overdueByMe: Int = 0, openByThem: Int = 0) {
        self.person = person
        self.introductionsGiven = introductionsGiven
        self.introductionsFromMatches = introductionsFromMatches
        self.introductionsReceived = introductionsReceived
        self.introductionsAsked = introductionsAsked
        self.keptByMe = keptByMe
        self.keptByThem = keptByThem
        self.openByMe = openByMe
        self.overdueByMe = overdueByMe
        self.openByThem = openByThem
        balance = introductionsGiven + keptByMe - introductionsReceived - keptByThem
    }
}

extension LedgerLine {
    /// Ledger lines of everyone with something in it, or of `person` alone, as of `today`.
    /// Introductions and commitments are few next to people, so one pass over both is cheap.
    static func lines(person: Int64?, me: Int64, today: Day, in db: Database) throws -> [LedgerLine] {
        let rows = try Row.fetchAll(db, sql: """
            WITH entry (person, given, matched, received, asked, kept_me, kept_them, open_me, overdue_me, open_them) AS (
                SELECT person_a, 1, need_id IS NOT NULL, 0, 0, 0, 0, 0, 0, 0 FROM introduction
                WHERE introducer_id = :me AND status = 'made'
                UNION ALL
                SELECT person_b, 1, need_id IS NOT NULL, 0, 0, 0, 0, 0, 0, 0 FROM introduction
                WHERE introducer_id = :me AND status = 'made'
                UNION ALL
                SELECT introducer_id, 0, 0, status = 'made', status IN ('requested', 'offered'), 0, 0, 0, 0, 0
                FROM introduction
                WHERE (person_a = :me OR person_b = :me) AND introducer_id IS NOT NULL
                  AND status IN ('made', 'requested', 'offered')
                UNION ALL
                SELECT person_id, 0, 0, 0, 0, owed_by_me AND status = 'done', NOT owed_by_me AND status = 'done',
                       owed_by_me AND status = 'open', owed_by_me AND status = 'open' AND ifnull(due < :today, 0),
                       NOT owed_by_me AND status = 'open'
                FROM commitment
            )
            SELECT person, p.uid, p.name, p.organization, sum(given) AS given, sum(matched) AS matched, sum(received) AS received,
                   sum(asked) AS asked, sum(kept_me) AS kept_me, sum(kept_them) AS kept_them,
                   sum(open_me) AS open_me, sum(overdue_me) AS overdue_me, sum(open_them) AS open_them
            FROM entry JOIN person p ON p.id = entry.person
            WHERE person <> :me AND (:person IS NULL OR person = :person)
            GROUP BY person
            """, arguments: ["me": me, "today": today.description, "person": person])
        return rows.map { row in
            LedgerLine(
                person: PersonSummary(id: row["person"], uid: row["uid"], name: row["name"], organization: row["organization"]),
                introductionsGiven: row["given"], introductionsFromMatches: row["matched"], introductionsReceived: row["received"],
                introductionsAsked: row["asked"], keptByMe: row["kept_me"], keptByThem: row["kept_them"],
                openByMe: row["open_me"], overdueByMe: row["overdue_me"], openByThem: row["open_them"])
        }
    }
}
