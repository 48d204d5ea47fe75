import GRDB

/// A tag with how many people carry it and its keep-in-touch cadence.
public struct TagSummary: Codable, Equatable, Sendable, FetchableRecord {
    public var name: String
    public var people: Int
    public var cadenceDays: Int?

    enum CodingKeys: String, CodingKey {
        case name, people, cadenceDays = "cadence_days"
    }
}
