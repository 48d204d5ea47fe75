import GRDB

/// Who a person is at a glance: enough to name them in a line of output.
public struct PersonSummary: Codable, Equatable, Hashable, Sendable, FetchableRecord {
    public var id: Int64
    public var name: String
    public var organization: String?

    public init(id: Int64, name: String, organization: String? = nil) {
        self.id = id
        self.name = name
        self.organization = organization
    }

    /// `Ana Silva (#12)`.
    public var label: String { "\(name) (#\(id))" }
}
