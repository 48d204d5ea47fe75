import Foundation
import GRDB

/// `kith sync contacts DIR` in one transaction: a vdir of vCards and the people in Kith brought
/// into step, by the rules in README "Sync with your phone". A file whose size, time and inode
/// are as last seen is not read; a card is written only when what Kith would write for it
/// changed, so that vdirsyncer has nothing to upload when nothing changed.
struct ContactSync {
    let db: Database
    let folder: VdirFolder
    let deletions: Bool
    let dryRun: Bool
    let now = Timestamp.now()
    /// Stores cards as an import does; made by `run` only when a card is new or changed, as it
    /// reads every key a card could be matched by.
    var importer: ContactImporter!
    /// Everyone's card as Kith knew them when the sync began.
    let cards: PersonCards
    let people: [Int64: Person]
    /// The row of each person's card in this folder: the first, when two cards are one person.
    var primary: [Int64: Int64] = [:]
    /// People a second card of theirs added to in this sync: their own card is brought up to
    /// date before it ends, not at the next sync.
    var enriched: Set<Int64> = []
    var report: SyncReport

    /// A card new in the folder, or whose bytes changed since the last sync, read.
    struct Incoming {
        var hash: String
        var fingerprint: VdirFolder.Fingerprint
        var contact: ImportedContact
    }

    /// Written by vCard 3.0, which every address book and CardDAV server reads (Google's only that).
    static let version = VCardWriter.Version.v3

    init(db: Database, folder: VdirFolder, deletions: Bool, dryRun: Bool) throws {
        self.db = db
        self.folder = folder
        self.deletions = deletions
        self.dryRun = dryRun
        cards = try PersonCards(db)
        people = Dictionary(uniqueKeysWithValues: cards.people.map { ($0.id!, $0) })
        report = SyncReport(kind: .contacts, folder: folder.path, dryRun: dryRun)
    }

    mutating func run() throws -> SyncReport {
        var rows = try VdirItem.all(in: folder.path, kind: .contacts, db)
        let entries = try folder.entries()
        let incoming = try read(entries, rows: rows)
        if !incoming.isEmpty { importer = try ContactImporter(db: db, kind: "vcard", file: folder.path, tag: nil) }
        try Self.checkUIDs(entries.map(\.file), rows: rows, incoming: incoming, folder: folder.path)
        Self.follow(&rows, present: Set(entries.map(\.file)), incoming: incoming)
        for row in rows { if let person = row.personID, primary[person] == nil { primary[person] = row.id } }
        let entryByFile = Dictionary(uniqueKeysWithValues: entries.map { ($0.file, $0) })
        for row in rows { try sync(row, entry: entryByFile[row.file], incoming: incoming[row.file]) }
        let known = Set(rows.map(\.file))
        for (file, card) in incoming.sorted(by: { $0.key < $1.key }) where !known.contains(file) {
            try take(card, file: file, row: nil)
        }
        var taken = Set(entries.map(\.file)).union(known)
        for person in cards.people where !person.isSelf && primary[person.id!] == nil {
            try writeNew(person, taken: &taken)
        }
        try refreshEnriched()
        return report
    }

    /// The files that changed since the last sync, or are new, read and parsed; a file only
    /// touched (the same bytes) takes its new fingerprint. Refuses a file that is not one card.
    private func read(_ entries: [VdirFolder.Entry], rows: [VdirItem]) throws -> [String: Incoming] {
        let byFile = Dictionary(rows.map { ($0.file, $0) }, uniquingKeysWith: { first, _ in first })
        var incoming: [String: Incoming] = [:]
        for entry in entries {
            let row = byFile[entry.file]
            if let row, row.fingerprint == entry.fingerprint { continue }
            let data = try folder.read(entry.file)
            let hash = ContentHash.of(data)
            // Only touched: the same bytes; the row takes its new fingerprint as it is synced.
            if let row, row.seen == hash { continue }
            incoming[entry.file] = Incoming(hash: hash, fingerprint: entry.fingerprint,
                                            contact: try Self.contact(data, path: folder.path + "/" + entry.file))
        }
        return incoming
    }

    /// The one card a vdir file holds, ready to store.
    static func contact(_ data: Data, path: String) throws -> ImportedContact {
        let (cards, malformed) = VCardParser.parse(data)
        if let problem = malformed.first {
            throw KithError.invalid("\(path), line \(problem.line): \(problem.reason); mend or move the file, nothing was synced")
        }
        guard cards.count == 1, let card = cards.first else {
            throw KithError.invalid(cards.isEmpty
                ? "\(path) is not a vCard (no BEGIN:VCARD line); move it out of the folder, nothing was synced"
                : "\(path) holds \(cards.count) cards, and a vdir one per file; split it or move it out, nothing was synced")
        }
        do throws(MalformedRecord) {
            var contact = try VCardContact.contact(card)
            if let problem = contact.unkeepable { throw problem }
            _ = contact.keepingOddEmails()
            return contact
        } catch {
            throw KithError.invalid("\(path), line \(error.line): \(error.reason); mend or move the file, nothing was synced")
        }
    }

    /// Refuses two cards with one UID: which of them the person is would be a guess.
    static func checkUIDs(_ files: [String], rows: [VdirItem], incoming: [String: Incoming], folder: String) throws {
        let rowUIDs = Dictionary(rows.map { ($0.file, $0.uid) }, uniquingKeysWith: { first, _ in first })
        var seen: [String: String] = [:]
        for file in files {
            guard let uid = incoming[file].map({ $0.contact.externalID }) ?? rowUIDs[file] ?? nil, !uid.isEmpty else { continue }
            if let other = seen.updateValue(file, forKey: ContactMatcher.uidKey(uid)) {
                throw KithError.invalid("two cards in \(folder) have the UID \(uid) (\(other) and \(file)); "
                                        + "remove one, nothing was synced")
            }
        }
    }

    /// A card that moved to another file (the same UID, its old file gone) keeps its row.
    static func follow(_ rows: inout [VdirItem], present: Set<String>, incoming: [String: Incoming]) {
        let known = Set(rows.map(\.file))
        var newByUID: [String: String] = [:]
        for (file, card) in incoming where !known.contains(file) {
            if let uid = card.contact.externalID { newByUID[ContactMatcher.uidKey(uid)] = file }
        }
        for index in rows.indices where !present.contains(rows[index].file) {
            guard let uid = rows[index].uid, let file = newByUID.removeValue(forKey: ContactMatcher.uidKey(uid)) else { continue }
            rows[index].file = file
        }
    }
}
