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
}

/// `kith list`'s rows in two steps: first the ids in the order asked, group by group, so that a
/// LIMIT stops early (by name over an index; by strength among my ties, then by when we last
/// spoke, then by name; by recency among people I have spoken to, then by name); then each
/// row's columns, for those ids only. Computing tags, strength and last contact for everyone
/// before sorting was most of `kith list` at 100,000 people.
struct PersonListing {
    let db: Database
    let me: Int64
    let filter: PersonListFilter

    func rows() throws -> [PersonListItem] {
        let ids = try orderedIDs()
        guard !ids.isEmpty else { return [] }
        let rows = try SQLRequest<PersonListItem>(literal: """
            SELECT \(PersonListItem.columns(me: me)) FROM person p WHERE p.id IN \(ids)
            """).fetchAll(db)
        let byID = Dictionary(uniqueKeysWithValues: rows.map { ($0.id, $0) })
        return ids.compactMap { byID[$0] }
    }

    /// My ties, and the last day I spoke with each person I have spoken with.
    private var context: SQL { """
        WITH mine(pid, strength) AS (
            SELECT CASE WHEN person_a = \(me) THEN person_b ELSE person_a END, strength FROM tie
            WHERE person_a = \(me) OR person_b = \(me)),
        seen(pid, last) AS (
            SELECT ip.person_id, max(i.date) FROM interaction_person ip JOIN interaction i ON i.id = ip.interaction_id
            GROUP BY ip.person_id)
        """
    }

    private func orderedIDs() throws -> [Int64] {
        let tiers: [(join: SQL, condition: SQL, order: SQL)] = switch filter.sort {
        case .name: [("", "1", "p.name COLLATE NOCASE, p.id")]
        case .recent: [
            ("JOIN seen ON seen.pid = p.id", "1", "seen.last DESC, p.name COLLATE NOCASE, p.id"),
            ("", "p.id NOT IN (SELECT pid FROM seen)", "p.name COLLATE NOCASE, p.id"),
        ]
        case .strength: [
            ("JOIN mine ON mine.pid = p.id LEFT JOIN seen ON seen.pid = p.id", "1",
             "mine.strength DESC, seen.last DESC, p.name COLLATE NOCASE, p.id"),
            ("JOIN seen ON seen.pid = p.id", "p.id NOT IN (SELECT pid FROM mine)", "seen.last DESC, p.name COLLATE NOCASE, p.id"),
            ("", "p.id NOT IN (SELECT pid FROM mine) AND p.id NOT IN (SELECT pid FROM seen)", "p.name COLLATE NOCASE, p.id"),
        ]
        }
        var ids: [Int64] = []
        for tier in tiers {
            let left = filter.limit.map { $0 - ids.count }
            if let left, left <= 0 { break }
            let limit: SQL = left.map { "LIMIT \($0)" } ?? ""
            ids += try SQLRequest<Int64>(literal: """
                \(context) SELECT p.id FROM person p \(tier.join)
                WHERE p.is_self = 0 AND \(tier.condition) AND \(conditions()) ORDER BY \(tier.order) \(limit)
                """).fetchAll(db)
        }
        return ids
    }

    /// What the filter asks of a person (`person` is `p`).
    private func conditions() -> SQL {
        var parts: [SQL] = [filter.includeArchived ? "1" : "p.archived = 0"]
        if let tag = filter.tag {
            // Driven from the tag's index rather than checked person by person.
            parts.append("""
                p.id IN (SELECT pt.person_id FROM person_tag pt JOIN tag t ON t.id = pt.tag_id WHERE t.name = \(tag))
                """)
        }
        if let organization = filter.organization { parts.append("p.organization LIKE '%' || \(organization) || '%'") }
        if let event = filter.metAt {
            parts.append("""
                EXISTS (SELECT 1 FROM interaction_person ip JOIN interaction i ON i.id = ip.interaction_id
                        JOIN event e ON e.id = i.event_id
                        WHERE ip.person_id = p.id AND e.name LIKE '%' || \(event) || '%')
                """)
        }
        return parts.joined(separator: " AND ")
    }
}
