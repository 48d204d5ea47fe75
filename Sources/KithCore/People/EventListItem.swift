/// An event in `kith events`: when and where, and how many people were logged there.
public struct EventListItem: Codable, Equatable, Sendable {
    public var id: Int64
    public var name: String
    public var date: Day?
    public var place: String?
    public var people: Int
}
