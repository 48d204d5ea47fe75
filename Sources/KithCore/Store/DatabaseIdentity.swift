import GRDB

/// Names one database among others in identifiers that leave it (calendar and vCard UIDs): the
/// instant it was created, when "me" was, as `20261121T093000Z`.
enum DatabaseIdentity {
    static func of(_ db: Database) throws -> String {
        let created = try String.fetchOne(db, sql: "SELECT created_at FROM person WHERE is_self = 1") ?? "0"
        return created.filter { $0 != "-" && $0 != ":" }
    }
}
