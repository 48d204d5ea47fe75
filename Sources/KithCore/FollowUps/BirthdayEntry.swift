/// A birthday that falls within the list's window.
public struct BirthdayEntry: Codable, Equatable, Sendable {
    public var person: PersonSummary
    public var birthday: Birthday
    /// The day it falls on in the window (28 February for 29 February outside leap years).
    public var date: Day
    /// The age they turn, when the year is known.
    public var turns: Int?
}
