import GRDB

/// Follow-up promises both ways: what I owe people and what they owe me.
public struct CommitmentService: Sendable {
    let context: Context

    public init(_ context: Context) { self.context = context }

    /// Records a promise: mine to `person` when `owedByMe`, else theirs to me.
    public func promise(_ person: String, _ what: String, due: Day?, owedByMe: Bool) throws -> CommitmentEntry {
        let what = try ContactDetails.required(what, "what was promised")
        return try context.write { db in
            let resolver = PersonResolver(db: db)
            let person = try resolver.resolve(person)
            guard person.id != (try resolver.me()).id else {
                throw KithError.invalid("a commitment is between you and someone else; name them")
            }
            if let same = try Int64.fetchOne(db, sql: """
                SELECT id FROM commitment WHERE person_id = ? AND owed_by_me = ? AND status = 'open' AND lower(what) = lower(?)
                """, arguments: [person.id, owedByMe, what]) {
                throw KithError.refused(.samePromiseOpen(id: same))
            }
            var commitment = Commitment(
                id: nil, personID: person.id, owedByMe: owedByMe, what: what, due: due, status: .open,
                doneAt: nil, interactionID: nil, introductionID: nil, createdAt: Timestamp.now())
            try commitment.insert(db)
            return CommitmentEntry(commitment, person: person)
        }
    }

    /// Marks an open commitment done (on `day`, today when not given) or dropped.
    public func close(_ id: Int64, as status: CommitmentStatus, on day: Day? = nil) throws -> CommitmentEntry {
        precondition(status != .open, "close(_:as:) ends a commitment")
        if let day, day > context.today { throw KithError.invalid("\(day) is in the future; say when it was done") }
        return try changing(id) { commitment in
            guard commitment.status == .open else {
                let verb = status == .done ? "marked done" : "dropped"
                throw KithError.invalid("commitment #\(id) is already \(commitment.status.rawValue); only an open one can be \(verb)")
            }
            commitment.close(as: status, on: day)
        }
    }

    /// Rewords an open or closed commitment, or moves or clears its due date.
    public func amend(_ id: Int64, what: String?, due: Day??) throws -> CommitmentEntry {
        guard what != nil || due != nil else { throw KithError.refused(.nothingToChange(.commitment)) }
        let what = try what.map { try ContactDetails.required($0, "what was promised") }
        return try changing(id) { commitment in
            if let what { commitment.what = what }
            if let due { commitment.due = due }
        }
    }

    /// Moves the due date of an open commitment to `day`, which must not be in the past.
    public func snooze(_ id: Int64, to day: Day) throws -> CommitmentEntry {
        guard day >= context.today else {
            throw KithError.invalid("\(day) is in the past; snooze to today or a later date")
        }
        return try context.write { db in
            // The old due date is replaced unread: snoozing is how a damaged one is mended.
            guard let status = try String.fetchOne(db, sql: "SELECT status FROM commitment WHERE id = ?", arguments: [id]) else {
                throw KithError.recordNotFound(.commitment, id: id)
            }
            guard status == CommitmentStatus.open.rawValue else {
                throw KithError.invalid("commitment #\(id) is \(status); only an open one can be snoozed")
            }
            try db.execute(sql: "UPDATE commitment SET due = ? WHERE id = ?", arguments: [day, id])
            return try CommitmentEntry.named([try Commitment.fetchOne(db, key: id)!], in: db)[0]
        }
    }

    /// Commitments matching `filter`: open ones first by due date, then the rest, newest first.
    public func list(_ filter: CommitmentFilter) throws -> [CommitmentEntry] {
        try context.read { db in
            var request = Commitment.all().listed()
            if filter.openOnly { request = request.open() }
            if let owedByMe = filter.owedByMe { request = request.owed(byMe: owedByMe) }
            if let reference = filter.person { request = request.with(try PersonResolver(db: db).resolve(reference).id) }
            return try CommitmentEntry.named(try request.fetchAll(db), in: db)
        }
    }

    private func changing(_ id: Int64, _ change: (inout Commitment) throws -> Void) throws -> CommitmentEntry {
        try context.write { db in
            guard var commitment = try Commitment.fetchOne(db, key: id) else {
                throw KithError.recordNotFound(.commitment, id: id)
            }
            try change(&commitment)
            try commitment.update(db)
            return try CommitmentEntry.named([commitment], in: db)[0]
        }
    }
}
