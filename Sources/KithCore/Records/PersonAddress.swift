import GRDB

/// A row of `email`, `phone` or `link`: one way to reach a person, with an optional label.
protocol PersonAddress: Codable, FetchableRecord, MutablePersistableRecord {
    var id: Int64? { get set }
    var personID: Int64 { get set }
    var value: String { get set }
    var label: String? { get set }
    var isPrimary: Bool { get set }
    init(id: Int64?, personID: Int64, value: String, label: String?, isPrimary: Bool)
}

extension PersonAddress {
    mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}

enum PersonAddressColumns: String, CodingKey, ColumnExpression {
    case id, personID = "person_id", value, label, isPrimary = "is_primary"
}

struct Email: PersonAddress {
    var id: Int64?
    var personID: Int64
    var value: String
    var label: String?
    var isPrimary: Bool
    static let databaseTableName = "email"
    typealias CodingKeys = PersonAddressColumns
}

struct Phone: PersonAddress {
    var id: Int64?
    var personID: Int64
    var value: String
    var label: String?
    var isPrimary: Bool
    static let databaseTableName = "phone"
    typealias CodingKeys = PersonAddressColumns
}

struct Link: PersonAddress {
    var id: Int64?
    var personID: Int64
    var value: String
    var label: String?
    var isPrimary: Bool
    static let databaseTableName = "link"
    typealias CodingKeys = PersonAddressColumns
}
