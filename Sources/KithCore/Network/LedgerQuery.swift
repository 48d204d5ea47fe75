/// The reciprocity ledger: who has done what for whom.
public struct LedgerQuery: Sendable {
    let context: Context

    public init(_ context: Context) { self.context = context }

    /// One line for `reference`, or a line for everyone with something in the ledger (the
    /// people I owe most first) when it is nil.
    public func lines(for reference: String?) throws -> [LedgerLine] {
        try context.read { db in
            let resolver = PersonResolver(db: db)
            let me = try resolver.me()
            guard let reference else {
                return try LedgerLine.lines(person: nil, me: me.id, today: context.today, in: db).sorted {
                    ($0.balance, -$0.overdueByMe, $0.person.name) < ($1.balance, -$1.overdueByMe, $1.person.name)
                }
            }
            let person = try resolver.resolve(reference)
            guard person.id != me.id else {
                throw KithError.invalid("the ledger is between you and others; name someone, or leave the name out for everyone")
            }
            return try LedgerLine.lines(person: person.id, me: me.id, today: context.today, in: db)
                .first.map { [$0] } ?? [LedgerLine(person: person)]
        }
    }
}
