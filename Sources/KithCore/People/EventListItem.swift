/// An event in `kith events`: when and where, and how many people were logged there.
public struct EventListItem: Codable, Equatable, Sendable {
    public var id: Int64
    public var name: String
    public var date: Day?
    public var place: String?
    public var people: Int
}

/// One event in full (`kith events NAME`): when and where, and everyone logged there.
public struct EventDetail: Codable, Equatable, Sendable {
    public var event: EventListItem
    /// By name.
    public var people: [PersonSummary]
}
