/// An interaction as recorded: for confirmations and for a person's history.
public struct LoggedInteraction: Codable, Equatable, Sendable {
    public var id: Int64
    public var kind: InteractionKind
    public var date: Day
    public var note: String?
    public var event: String?
    public var people: [PersonSummary]
}
