/// Which people `kith list` shows, and in what order.
public struct PersonListFilter: Sendable {
    public enum Sort: String, CaseIterable, Sendable {
        /// Alphabetical.
        case name
        /// Most recently in touch first; never contacted last.
        case recent
        /// Strongest tie to me first.
        case strength
    }

    public var tag: String?
    /// Part of the organisation's name.
    public var organization: String?
    /// Part of the name of an event where we met or saw each other.
    public var metAt: String?
    public var includeArchived = false
    public var sort: Sort = .name
    public var limit: Int?

    public init() {}
}
