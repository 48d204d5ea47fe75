import GRDB

/// Who a person is at a glance: enough to name them in a line of output.
public struct PersonSummary: Codable, Equatable, Hashable, Sendable, FetchableRecord {
    public var id: Int64
    /// Their lasting identity (a UUID); nil only where a person is named without being read.
    public var uid: String?
    public var name: String
    public var organization: String?
    /// The day of our latest interaction: given where people must be told apart (a list of
    /// candidates for a name), nil elsewhere.
    public var lastContact: Day?

    enum CodingKeys: String, CodingKey {
        case id, uid, name, organization, lastContact = "last_contact"
    }

    public init(id: Int64, uid: String? = nil, name: String, organization: String? = nil) {
        self.id = id
        self.uid = uid
        self.name = name
        self.organization = organization
    }

    /// The columns of `person` a summary is read from.
    static let columns = "id, uid, name, organization"

    /// `Ana Silva (#12)`.
    public var label: String { "\(name) (#\(id))" }
}
