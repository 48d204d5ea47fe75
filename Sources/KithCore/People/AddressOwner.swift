import GRDB

/// Who already has an email, phone or link, however it is written (`AddressKey`).
enum AddressOwner {
    static func find(_ value: String, in table: String, db: Database) throws -> PersonSummary? {
        let key = AddressKey.of(table)(value)
        guard !key.isEmpty else { return nil }
        // Narrowed in SQL by the end of the key (which every spelling shares), compared in Swift.
        let tail = String(key.filter { $0.isLetter || $0.isNumber }.suffix(4))
        let rows = try Row.fetchAll(db, sql: """
            SELECT person_id, value FROM \(table) WHERE replace(replace(replace(value, ' ', ''), '-', ''), '.', '') LIKE '%' || ? || '%'
            """, arguments: [tail])
        guard let owner = rows.first(where: { AddressKey.of(table)($0[1]) == key })?[0] as Int64? else { return nil }
        return try PersonResolver(db: db).summary(id: owner)
    }
}
