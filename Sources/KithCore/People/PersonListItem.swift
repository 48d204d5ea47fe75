import GRDB

/// One row of `kith list` and `kith find`.
public struct PersonListItem: Codable, Equatable, Sendable, FetchableRecord {
    public var id: Int64
    public var name: String
    public var organization: String?
    public var title: String?
    public var location: String?
    public var tags: [String]
    /// The strength of my tie to them, 1–5, if we have one.
    public var strength: Int?
    public var lastContact: Day?

    enum CodingKeys: String, CodingKey {
        case id, name, organization, title, location, tags, strength, lastContact = "last_contact"
    }

    public init(row: Row) throws {
        id = row["id"]
        name = row["name"]
        organization = row["organization"]
        title = row["title"]
        location = row["location"]
        tags = (row["tags"] as String?).map { $0.split(separator: "\u{1F}").map(String.init) } ?? []
        strength = row["strength"]
        lastContact = try row.decode(forColumn: "last_contact")
    }

    /// The columns to select from `person p` for these rows; `:me` must be bound to my id.
    static let columns = """
        p.id, p.name, p.organization, p.title, p.location,
        (SELECT group_concat(name, char(31)) FROM (SELECT t.name FROM person_tag pt JOIN tag t ON t.id = pt.tag_id
                                                    WHERE pt.person_id = p.id ORDER BY t.name)) AS tags,
        (SELECT strength FROM tie WHERE person_a = min(:me, p.id) AND person_b = max(:me, p.id)) AS strength,
        (SELECT max(i.date) FROM interaction_person ip JOIN interaction i ON i.id = ip.interaction_id
         WHERE ip.person_id = p.id) AS last_contact
        """
}
