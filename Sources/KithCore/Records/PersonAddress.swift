import GRDB

/// Which table an address lives in: the kinds of `PersonAddress`.
protocol AddressKind: Sendable {
    static var table: String { get }
}

enum EmailKind: AddressKind { static let table = "email" }
enum PhoneKind: AddressKind { static let table = "phone" }
enum LinkKind: AddressKind { static let table = "link" }

/// A row of `email`, `phone` or `link`: one way to reach a person, with an optional label. The
/// three tables have the same columns, so one record serves them all.
struct PersonAddress<Kind: AddressKind>: Codable, Equatable, FetchableRecord, MutablePersistableRecord {
    var id: Int64?
    var personID: Int64
    var value: String
    var label: String?
    var isPrimary: Bool

    static var databaseTableName: String { Kind.table }

    enum CodingKeys: String, CodingKey, ColumnExpression {
        case id, personID = "person_id", value, label, isPrimary = "is_primary"
    }

    mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}

typealias Email = PersonAddress<EmailKind>
typealias Phone = PersonAddress<PhoneKind>
typealias Link = PersonAddress<LinkKind>
