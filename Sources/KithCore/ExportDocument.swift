import GRDB

/// The whole database (or the part around one tag) as one JSON document: every table's rows
/// with their ids, so that importing it into a new database and exporting again gives the
/// same bytes.
struct ExportDocument: Codable {
    /// A link between a person and a tag.
    struct PersonTag: Codable, FetchableRecord, PersistableRecord {
        var personID: Int64
        var tagID: Int64
        static let databaseTableName = "person_tag"
        enum CodingKeys: String, CodingKey, ColumnExpression { case personID = "person_id", tagID = "tag_id" }
    }

    /// A person taking part in an interaction.
    struct InteractionPerson: Codable, FetchableRecord, PersistableRecord {
        var interactionID: Int64
        var personID: Int64
        static let databaseTableName = "interaction_person"
        enum CodingKeys: String, CodingKey, ColumnExpression {
            case interactionID = "interaction_id", personID = "person_id"
        }
    }

    static let currentVersion = 1

    var format = "kith"
    var version = ExportDocument.currentVersion
    var people: [Person]
    var emails: [Email]
    var phones: [Phone]
    var links: [Link]
    var tags: [Tag]
    var personTags: [PersonTag]
    var events: [Event]
    var interactions: [Interaction]
    var interactionPeople: [InteractionPerson]
    var ties: [Tie]
    var introductions: [Introduction]
    var commitments: [Commitment]

    enum CodingKeys: String, CodingKey {
        case format, version, people, emails, phones, links, tags, personTags = "person_tags", events, interactions
        case interactionPeople = "interaction_people", ties, introductions, commitments
    }
}
