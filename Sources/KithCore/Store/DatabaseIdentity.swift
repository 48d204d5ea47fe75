import Foundation
import GRDB

/// Names one database among others in identifiers that leave it (calendar UIDs): a random UUID
/// made once, when the database was made (or migrated to schema 0004).
enum DatabaseIdentity {
    static func of(_ db: Database) throws -> String {
        guard let uid = try String.fetchOne(db, sql: "SELECT uid FROM database_identity WHERE id = 1") else {
            throw KithError.storage(.other("this database has no identity; it was changed outside kith"), path: nil)
        }
        return uid
    }

    /// A new random identity for a person or a database: a lower-case UUID.
    static func newUID() -> String { UUID().uuidString.lowercased() }
}
