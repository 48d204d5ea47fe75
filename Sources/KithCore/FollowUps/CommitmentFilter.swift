/// Which commitments `kith commitments` lists.
public struct CommitmentFilter: Sendable {
    public var openOnly = false
    /// True for mine only, false for theirs only, nil for both.
    public var owedByMe: Bool?
    /// Only those to or from this person.
    public var person: String?

    public init() {}
}
