import GRDB

/// A row of `interaction_person`: someone an interaction was with.
struct InteractionPerson: Codable, Equatable, FetchableRecord, PersistableRecord {
    var interactionID: Int64
    var personID: Int64

    static let databaseTableName = "interaction_person"

    enum CodingKeys: String, CodingKey, ColumnExpression {
        case interactionID = "interaction_id", personID = "person_id"
    }
}
