import GRDB

/// A vCard property Kith does not model, kept as written so that an export gives it back.
struct PersonProperty: Codable, Equatable, FetchableRecord, MutablePersistableRecord {
    var id: Int64?
    var personID: Int64
    /// With its group, as written: `item1.X-ABLABEL`, `NICKNAME`.
    var name: String
    var parameters: String?
    /// Still escaped, as written.
    var value: String

    static let databaseTableName = "person_property"

    enum CodingKeys: String, CodingKey, ColumnExpression {
        case id, personID = "person_id", name, parameters, value
    }

    mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}
