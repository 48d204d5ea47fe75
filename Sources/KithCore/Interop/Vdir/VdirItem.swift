import GRDB

/// What one file of a synced vdir held at the last sync (schema 0011): how to tell, without
/// reading it, whether it changed since, and what Kith would have written for it then.
struct VdirItem: Codable, Equatable, FetchableRecord, MutablePersistableRecord {
    enum Kind: String, Codable {
        case contacts, calendar
    }

    var id: Int64?
    var folder: String
    var kind: Kind
    var file: String
    var uid: String?
    var personID: Int64?
    var size: Int64
    var modified: Int64
    var inode: Int64
    /// A hash of the bytes last read or written.
    var seen: String
    /// A hash of Kith's own rendering at that sync; empty when Kith does not write this file.
    var rendered: String
    var syncedAt: Timestamp

    static let databaseTableName = "vdir_item"

    enum CodingKeys: String, CodingKey, ColumnExpression {
        case id, folder, kind, file, uid, personID = "person_id", size, modified, inode, seen, rendered
        case syncedAt = "synced_at"
    }

    mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }

    var fingerprint: VdirFolder.Fingerprint {
        VdirFolder.Fingerprint(size: size, modified: modified, inode: UInt64(bitPattern: inode))
    }

    /// Takes what a file holds now as what was last seen.
    mutating func saw(_ fingerprint: VdirFolder.Fingerprint, hash: String) {
        size = fingerprint.size
        modified = fingerprint.modified
        inode = Int64(bitPattern: fingerprint.inode)
        seen = hash
    }

    static func all(in folder: String, kind: Kind, _ db: Database) throws -> [VdirItem] {
        try VdirItem.fetchAll(db, sql: """
            SELECT id, folder, kind, file, uid, person_id, size, modified, inode, seen, rendered, synced_at
            FROM vdir_item WHERE folder = ? AND kind = ? ORDER BY id
            """, arguments: [folder, kind.rawValue])
    }
}

extension VdirItem {
    /// Read by column position, as `all` selects them: a folder of ten thousand cards is read
    /// at every sync, and decoding by name costs more than the rest of a sync that changes nothing.
    init(row: Row) throws {
        id = row[0]
        folder = row[1]
        kind = Kind(rawValue: row[2]) ?? .contacts
        file = row[3]
        uid = row[4]
        personID = row[5]
        size = row[6]
        modified = row[7]
        inode = row[8]
        seen = row[9]
        rendered = row[10]
        syncedAt = try row.decode(atIndex: 11)
    }
}

/// A short, stable hash of bytes (FNV-1a, 64 bits) to tell whether a file or a rendering
/// changed: not a defence against anyone, only a cheap comparison that survives restarts.
enum ContentHash {
    static func of<Bytes: Sequence>(_ bytes: Bytes) -> String where Bytes.Element == UInt8 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            hash ^= UInt64(byte)
            hash = hash &* 0x100_0000_01b3
        }
        let text = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - text.count) + text
    }

    static func of(_ text: String) -> String { of(text.utf8) }
}
