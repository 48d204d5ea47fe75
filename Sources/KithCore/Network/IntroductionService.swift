import GRDB

/// Records introductions given and received, follows them to an outcome, and lists them.
public struct IntroductionService: Sendable {
    let context: Context

    public init(_ context: Context) { self.context = context }

    /// Records an introduction. A made one also records that the two now know each other.
    public func introduce(_ new: NewIntroduction) throws -> IntroductionEntry {
        let purpose = ContactDetails.optional(new.purpose)
        let outcome = ContactDetails.optional(new.outcome)
        return try context.write { db in
            let resolver = PersonResolver(db: db)
            let me = try resolver.me()
            let a = try resolver.resolve(new.personA), b = try resolver.resolve(new.personB)
            let introducer = try new.introducer.map { try resolver.resolve($0) } ?? me
            guard a.id != b.id else {
                throw KithError.invalid("'\(new.personA)' and '\(new.personB)' are both \(a.label); an introduction joins two different people")
            }
            guard introducer.id != a.id, introducer.id != b.id else {
                if introducer.id == me.id {
                    throw KithError.refused(.introduceYourself)
                }
                throw KithError.invalid("\(introducer.name) cannot introduce themself; name the two people they introduced")
            }
            var introduction = Introduction(
                // In the order typed, so that it reads back as the user said it.
                id: nil, introducerID: introducer.id, personA: a.id, personB: b.id,
                date: new.date ?? context.today, purpose: purpose, status: new.status, outcome: outcome,
                createdAt: Timestamp.now(),
                needID: try new.needID.map { try Self.need($0, of: [a, b], in: db) })
            try introduction.insert(db)
            if new.status == .made { try Self.connect(introduction, introducer: introducer, me: me.id, in: db) }
            return try Self.entry(introduction.id!, me: me.id, in: db)
        }
    }

    /// A need of one of `people`, for an introduction that answers it.
    private static func need(_ id: Int64, of people: [PersonSummary], in db: Database) throws -> Int64 {
        guard let need = try NeedOffer.fetchOne(db, key: id) else { throw KithError.recordNotFound(.needOrOffer, id: id) }
        guard need.kind == .need else { throw KithError.invalid("#\(id) is an offer; name the need the introduction answers") }
        guard people.contains(where: { $0.id == need.personID }) else {
            throw KithError.invalid("need #\(id) is not \(people[0].name)'s or \(people[1].name)'s; name one of theirs")
        }
        return id
    }

    /// Moves an introduction on: a new status (made, declined…), an outcome, or both. When it
    /// becomes made, its date becomes the day it was made and the two are tied.
    public func update(_ id: Int64, status: IntroductionStatus?, outcome: String?, on date: Day?) throws
        -> IntroductionEntry
    {
        guard status != nil || outcome != nil else {
            throw KithError.refused(.nothingToChange(.introduction))
        }
        return try context.write { db in
            let me = try PersonResolver(db: db).me()
            guard var introduction = try Introduction.fetchOne(db, key: id) else {
                throw KithError.recordNotFound(.introduction, id: id)
            }
            if let status, status != introduction.status {
                if status == .made {
                    introduction.date = date ?? context.today
                    let introducer = try introduction.introducerID.flatMap { try PersonResolver(db: db).summary(id: $0) }
                    try Self.connect(introduction, introducer: introducer, me: me.id, in: db)
                }
                introduction.status = status
            } else if let date {
                introduction.date = date
            }
            if let outcome { introduction.outcome = ContactDetails.optional(outcome) }
            try introduction.update(db)
            return try Self.entry(id, me: me.id, in: db)
        }
    }

    /// Puts off the weekly list's follow-up of an introduction until `day` (today or later).
    public func snooze(_ id: Int64, to day: Day) throws -> IntroductionEntry {
        guard day >= context.today else { throw KithError.invalid("\(day) is in the past; snooze to today or a later date") }
        return try context.write { db in
            guard var introduction = try Introduction.fetchOne(db, key: id) else {
                throw KithError.recordNotFound(.introduction, id: id)
            }
            introduction.followUpOn = day
            try introduction.update(db)
            return try Self.entry(id, me: try PersonResolver(db: db).me().id, in: db)
        }
    }

    /// Introductions matching `filter`, newest first.
    public func list(_ filter: IntroductionFilter) throws -> [IntroductionEntry] {
        try context.read { db in
            let resolver = PersonResolver(db: db)
            let me = try resolver.me().id
            var request = Introduction.all().newestFirst()
            if let direction = filter.direction { request = request.direction(direction, me: me) }
            if filter.openOnly { request = request.open() }
            if let reference = filter.person { request = request.involving(try resolver.resolve(reference).id) }
            return try IntroductionEntry.named(try request.fetchAll(db), me: me, in: db)
        }
    }

    /// The two introduced now know each other: a new tie (strength 2), or one step stronger if
    /// they already had one. The introducer evidently knows each of them too.
    private static func connect(_ introduction: Introduction, introducer: PersonSummary?, me: Int64,
                                in db: Database) throws {
        let context = introducer.map { $0.id == me ? "introduced by you" : "introduced by \($0.name)" }
        let (low, high) = (min(introduction.personA, introduction.personB), max(introduction.personA, introduction.personB))
        let existing = try Int.fetchOne(db, sql: "SELECT strength FROM tie WHERE person_a = ? AND person_b = ?",
                                        arguments: [low, high])
        try Tie.connect(low, high, strength: existing.map { min(5, $0 + 1) } ?? 2, context: context,
                        since: introduction.date, source: .introduction, in: db)
        if let introducer {
            for person in [introduction.personA, introduction.personB] {
                try Tie.connect(introducer.id, person, strength: 2, source: .introduction, in: db)
            }
        }
    }

    private static func entry(_ id: Int64, me: Int64, in db: Database) throws -> IntroductionEntry {
        let introduction = try Introduction.fetchOne(db, key: id)!
        return try IntroductionEntry.named([introduction], me: me, in: db)[0]
    }
}
