import GRDB

extension PeopleService {
    /// Likely duplicate pairs, the best-supported first.
    public func duplicates() throws -> [DuplicatePair] {
        try context.read { db in try DuplicatePair.all(in: db) }
    }

    /// Folds `other` into `keep` in one transaction: every tie, interaction, introduction,
    /// commitment, tag, address and note moves to `keep`, fields `keep` lacks are filled from
    /// `other`, a line in the notes records the merge, and `other` is removed.
    public func merge(keep keepReference: String, other otherReference: String) throws -> MergedPeople {
        try context.write { db in
            let resolver = PersonResolver(db: db)
            let me = try resolver.me()
            let keep = try resolver.resolve(keepReference), other = try resolver.resolve(otherReference)
            guard keep.id != other.id else {
                throw KithError.invalid("'\(keepReference)' and '\(otherReference)' are both \(keep.label); name two different people")
            }
            guard keep.id != me.id, other.id != me.id else {
                throw KithError.invalid("you cannot be merged with someone else; name two other people")
            }
            let provenance = "Merged with \(other.name) (#\(other.id)) on \(context.today)."
            return try PersonMerge(db: db, keep: keep.id, other: other.id).run(provenance: provenance)
        }
    }
}
