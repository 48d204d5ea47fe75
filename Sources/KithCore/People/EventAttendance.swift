/// What `kith met` recorded for one event.
public struct EventAttendance: Codable, Equatable, Sendable {
    public var event: String
    public var date: Day
    /// People who were new to Kith and were added.
    public var added: [PersonSummary]
    /// People Kith already knew, matched by their full name or #ID.
    public var matched: [PersonSummary]
}
