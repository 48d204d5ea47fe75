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
    /// Where a search found them (`find` only): name, organization, title, location, tags,
    /// notes, need, offer, interaction, promise.
    public var matched: [String]?

    enum CodingKeys: String, CodingKey {
        case id, name, organization, title, location, tags, strength, lastContact = "last_contact", matched
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

    /// The columns to select from `person p` for these rows.
    static func columns(me: Int64) -> SQL {
        """
        p.id, p.name, p.organization, p.title, p.location,
        (SELECT group_concat(name, char(31)) FROM (SELECT t.name FROM person_tag pt JOIN tag t ON t.id = pt.tag_id
                                                    WHERE pt.person_id = p.id ORDER BY t.name)) AS tags,
        (SELECT strength FROM tie WHERE person_a = min(\(me), p.id) AND person_b = max(\(me), p.id)) AS strength,
        (SELECT max(i.date) FROM interaction_person ip JOIN interaction i ON i.id = ip.interaction_id
         WHERE ip.person_id = p.id) AS last_contact
        """
    }

    /// Everyone but me, as list rows (`person` is `p`).
    static func all(me: Int64) -> QueryInterfaceRequest<PersonListItem> {
        Person.aliased(TableAlias(name: "p")).select(literal: columns(me: me))
            .filter(Person.Columns.isSelf == false).asRequest(of: PersonListItem.self)
    }
}

extension QueryInterfaceRequest<PersonListItem> {
    /// The rows `filter` asks for, in its order.
    func matching(_ filter: PersonListFilter) -> Self {
        var request = self
        if !filter.includeArchived { request = request.filter(Person.Columns.archived == false) }
        if let tag = filter.tag {
            // Driven from the tag's index rather than checked person by person.
            request = request.filter(literal: """
                p.id IN (SELECT pt.person_id FROM person_tag pt JOIN tag t ON t.id = pt.tag_id WHERE t.name = \(tag))
                """)
        }
        if let organization = filter.organization {
            request = request.filter(literal: "p.organization LIKE '%' || \(organization) || '%'")
        }
        if let event = filter.metAt {
            request = request.filter(literal: """
                EXISTS (SELECT 1 FROM interaction_person ip JOIN interaction i ON i.id = ip.interaction_id
                        JOIN event e ON e.id = i.event_id
                        WHERE ip.person_id = p.id AND e.name LIKE '%' || \(event) || '%')
                """)
        }
        let order: SQL = switch filter.sort {
        case .name: "p.name COLLATE NOCASE, p.id"
        case .recent: "last_contact IS NULL, last_contact DESC, p.name COLLATE NOCASE"
        case .strength: "strength IS NULL, strength DESC, last_contact DESC, p.name COLLATE NOCASE"
        }
        request = request.order(literal: order)
        return filter.limit.map { request.limit($0) } ?? request
    }
}
