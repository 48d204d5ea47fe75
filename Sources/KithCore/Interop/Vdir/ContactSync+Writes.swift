import Foundation
import GRDB

/// Deletions, new cards and new people, and the writing of cards.
extension ContactSync {
    /// The person's card is gone from the folder. A change in Kith since writes it again; else
    /// the person is removed with --deletions, and waits otherwise.
    mutating func deletedInFolder(_ row: VdirItem, _ person: Person, isPrimary: Bool) throws {
        var row = row
        guard isPrimary else { _ = try row.delete(db); return }
        if rendering(person, uid: row.uid, cards) != row.rendered {
            try write(person.id!, into: &row)
            return note(.folder, "written", person.name, row, detail: "changed in Kith after its card was deleted in the folder")
        }
        guard deletions else {
            return report.waiting.append(.init(side: .kith, action: "deleted_in_folder", name: person.name, file: row.file,
                                               person: person.id, detail: "their card was deleted in the folder"))
        }
        try db.execute(sql: "DELETE FROM person WHERE id = ?", arguments: [person.id!])
        try row.delete(db)
        note(.kith, "removed", person.name, row, detail: "their card was deleted in the folder")
    }

    /// The person was removed from Kith and the card is as last seen: it goes with --deletions.
    mutating func removedInKith(_ row: VdirItem, _ entry: VdirFolder.Entry) throws {
        let name = (try? Self.contact(folder.read(row.file), path: row.file).name) ?? row.file
        guard deletions else {
            return report.waiting.append(.init(side: .folder, action: "removed_in_kith", name: name, file: row.file,
                                               detail: "removed from Kith; the card stays in the folder"))
        }
        if !dryRun { try folder.remove(row.file) }
        try row.delete(db)
        note(.folder, "removed", name, row, detail: "removed from Kith")
    }

    /// A card Kith has not synced before: matched by the rules of identity, or created. The
    /// first card of a person is theirs; another is a second card, only added from.
    mutating func take(_ incoming: Incoming, file: String, row: VdirItem?) throws {
        let stored = try importer.store(incoming.contact)
        let id = stored.id
        var row = row ?? VdirItem(folder: folder.path, kind: .contacts, file: file, uid: nil, personID: id, size: 0,
                                  modified: 0, inode: 0, seen: "", rendered: "", syncedAt: now)
        row.uid = incoming.contact.externalID
        row.personID = id
        row.saw(incoming.fingerprint, hash: incoming.hash)
        row.syncedAt = now
        let (person, cards) = try fresh(id)
        let name = person.name
        if let first = primary[id], first != row.id {
            row.rendered = ""
            try row.save(db)
            if stored.outcome == .updated { enriched.insert(id) }
            return note(.kith, stored.outcome == .unchanged ? "matched" : "updated", name, row,
                        detail: "a second card of theirs; kith writes to the first, \(try firstFile(first))")
        }
        row.rendered = rendering(person, uid: row.uid, cards)
        try row.save(db)
        primary[id] = row.id
        guard stored.outcome != .created else { return note(.kith, "created", name, row) }
        note(.kith, stored.outcome == .updated ? "updated" : "matched", name, row,
             detail: "was already in Kith" + (stored.outcome == .updated ? "; gained what the card had new" : ""))
        // Kith knows more than the card: the card says it too.
        let written = try Self.contact(Data(cards.card(person, uid: row.uid ?? person.uid, version: Self.version).utf8),
                                       path: file)
        if CardDigest(written) != CardDigest(incoming.contact) {
            try write(id, into: &row)
            note(.folder, "rewritten", name, row, detail: "with what Kith knows of them")
        }
    }

    /// Rewrites the cards of people a second card added to, when what Kith would write changed.
    mutating func refreshEnriched() throws {
        for id in enriched.sorted() {
            guard let first = primary[id], var row = try VdirItem.fetchOne(db, key: first),
                  row.personID == id, FileManager.default.fileExists(atPath: folder.path + "/" + row.file) || dryRun
            else { continue }
            let (person, cards) = try fresh(id)
            guard rendering(person, uid: row.uid, cards) != row.rendered else { continue }
            try write(id, into: &row)
            note(.folder, "rewritten", person.name, row, detail: "with what a second card of theirs added")
        }
    }

    /// A card for someone the folder has none of, named after its UID.
    mutating func writeNew(_ person: Person, taken: inout Set<String>) throws {
        let uid = cards.uid(of: person, version: Self.version)
        var file = folder.fileName(forUID: uid, fallback: person.uid)
        if taken.contains(file) { file = person.uid + ".vcf" }
        taken.insert(file)
        var row = VdirItem(folder: folder.path, kind: .contacts, file: file, uid: uid, personID: person.id, size: 0,
                           modified: 0, inode: 0, seen: "", rendered: "", syncedAt: now)
        try write(person.id!, into: &row)
        primary[person.id!] = row.id
        note(.folder, "written", person.name, row)
    }

    /// Writes the person's card into the row's file, whole, and takes it as seen and rendered;
    /// returns the person as written.
    @discardableResult
    func write(_ id: Int64, into row: inout VdirItem) throws -> Person {
        let (person, cards) = try fresh(id)
        let uid = row.uid ?? person.uid
        let data = Data(cards.card(person, uid: uid, version: Self.version).utf8)
        let fingerprint = dryRun ? VdirFolder.Fingerprint(size: 0, modified: 0, inode: 0) : try folder.write(data, to: row.file)
        row.uid = uid
        row.saw(fingerprint, hash: ContentHash.of(data))
        row.rendered = rendering(person, uid: uid, cards)
        row.syncedAt = now
        try row.save(db)
        return person
    }

    /// A hash of the card Kith would write for `person`, without REV: a change of time alone
    /// is no change.
    func rendering(_ person: Person, uid: String?, _ cards: PersonCards) -> String {
        cards.hash(person, uid: uid ?? person.uid, version: Self.version)
    }

    /// The person as they are now in the transaction, with what their card says.
    func fresh(_ id: Int64) throws -> (person: Person, cards: PersonCards) {
        let cards = try PersonCards(db, only: [id])
        guard let person = cards.people.first else { throw KithError.personNotFound("#\(id)") }
        return (person, cards)
    }

    private func firstFile(_ row: Int64) throws -> String {
        try String.fetchOne(db, sql: "SELECT file FROM vdir_item WHERE id = ?", arguments: [row]) ?? "?"
    }

    mutating func note(_ side: SyncReport.Change.Side, _ action: String, _ name: String, _ row: VdirItem,
                       detail: String? = nil) {
        report.changes.append(.init(side: side, action: action, name: name, file: row.file, person: row.personID,
                                    detail: detail))
    }
}

/// What a card says that Kith models, in a form that compares: the same content written in
/// another order or another spelling of an address is the same.
struct CardDigest: Equatable {
    let fields: [String?]
    let sets: [[String]]

    init(_ contact: ImportedContact) {
        fields = [contact.nameIsFallback ? nil : contact.name, contact.organization, contact.title, contact.location,
                  contact.notes, contact.birthday?.description]
        func addresses(_ list: [ImportedContact.Address], _ key: (String) -> String) -> [String] {
            list.map { key($0.value) + "\u{1F}" + ($0.label ?? "") }.sorted()
        }
        sets = [addresses(contact.emails, AddressKey.email), addresses(contact.phones, AddressKey.phone),
                addresses(contact.links, AddressKey.link), contact.tags.map { $0.lowercased() }.sorted(),
                contact.properties.map { "\($0.name)\u{1F}\($0.parameters ?? "")\u{1F}\($0.value)" }.sorted(),
                contact.needs.map { "\($0.kind.rawValue)\u{1F}\($0.what.lowercased())" }.sorted()]
    }
}
