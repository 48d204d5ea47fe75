import GRDB

/// A row of `interaction_person`: someone an interaction was with.
struct InteractionPerson: Codable, Equatable, FetchableRecord, PersistableRecord {
    var interactionID: Int64
    var personID: Int64

    static let databaseTableName = "interaction_person"

    enum CodingKeys: String, CodingKey, ColumnExpression {
        case interactionID = "interaction_id", personID = "person_id"
    }

    /// Records that an interaction was with `person`.
    static func insert(interaction: Int64, person: Int64, in db: Database) throws {
        try db.cachedStatement(sql: "INSERT INTO interaction_person (interaction_id, person_id) VALUES (?, ?)")
            .execute(arguments: [interaction, person])
    }
}
