import Foundation
import GRDB

/// Each card and each person, by the rules of README "Sync with your phone".
extension ContactSync {
    mutating func sync(_ row: VdirItem, entry: VdirFolder.Entry?, incoming: Incoming?) throws {
        let person = row.personID.flatMap { people[$0] }
        let isPrimary = row.personID.map { primary[$0] == row.id } ?? false
        switch (entry, incoming, person) {
        case (nil, _, nil): _ = try row.delete(db)
        case (nil, _, let person?): try deletedInFolder(row, person, isPrimary: isPrimary)
        // A card changed after its person was removed from Kith: a change beats a deletion.
        case (_?, let incoming?, nil): try take(incoming, file: row.file, row: row)
        case (let entry?, nil, nil): try removedInKith(row, entry)
        case (let entry?, nil, let person?): try changedInKith(row, person, entry, isPrimary: isPrimary)
        case (_?, let incoming?, let person?): try changedInFolder(row, person, incoming, isPrimary: isPrimary)
        }
    }

    /// The file is as last seen: Kith's card for the person is written when it changed.
    private mutating func changedInKith(_ row: VdirItem, _ person: Person, _ entry: VdirFolder.Entry,
                                        isPrimary: Bool) throws {
        var row = row
        if isPrimary, rendering(person, uid: row.uid, cards) != row.rendered {
            try write(person.id!, into: &row)
            return note(.folder, "rewritten", person.name, row, detail: "changed in Kith")
        }
        report.unchanged += 1
        if entry.fingerprint != row.fingerprint {
            row.saw(entry.fingerprint, hash: row.seen)
            try row.update(db)
        }
    }

    /// The card changed in the folder: the new truth for what a card says, unless the person
    /// changed in Kith too (a conflict), or the card is a second one of theirs (only added from).
    private mutating func changedInFolder(_ row: VdirItem, _ person: Person, _ incoming: Incoming, isPrimary: Bool) throws {
        var row = row
        row.saw(incoming.fingerprint, hash: incoming.hash)
        let id = person.id!
        if isPrimary && rendering(person, uid: row.uid, cards) != row.rendered { return try conflict(row, person, incoming) }
        let changed = isPrimary ? try CardApplication(db: db, now: now).apply(incoming.contact, to: id, importer: importer)
            : try importer.update(id, with: incoming.contact) ? ["added what a second card of theirs has"] : []
        // The person as the card left them, read once for their card's hash and their name.
        let (updated, cards) = try fresh(id)
        if isPrimary { row.rendered = rendering(updated, uid: row.uid, cards) }
        row.syncedAt = now
        try row.update(db)
        if !isPrimary && !changed.isEmpty { enriched.insert(id) }
        if changed.isEmpty { report.unchanged += 1 } else {
            note(.kith, "updated", updated.name, row, detail: changed.joined(separator: ", "))
        }
    }

    /// Changed on both sides: Kith's values are kept; what the card had new is added (as an
    /// import adds), and the card's differing values are written into the notes, so that nothing
    /// is lost; then Kith's card is written.
    private mutating func conflict(_ row: VdirItem, _ person: Person, _ incoming: Incoming) throws {
        var row = row
        let id = person.id!
        let differing = Self.differences(incoming.contact, person)
        if !differing.isEmpty {
            let line = "The card \(row.file) said on \(now.day), when both had changed: "
                + differing.map { "\($0.field) '\($0.card)'" }.joined(separator: "; ")
            try db.execute(sql: "UPDATE person SET notes = coalesce(notes || char(10), '') || ? WHERE id = ?",
                           arguments: [line, id])
        }
        _ = try importer.update(id, with: incoming.contact)
        let merged = try write(id, into: &row)
        let kept = differing.isEmpty ? "" : "kept Kith's " + differing.map(\.field).joined(separator: ", ")
            + " (the card's are in the notes); "
        report.conflicts.append(.init(side: .kith, action: "merged", name: merged.name, file: row.file,
                                      person: id, detail: "changed in Kith and in the folder: " + kept
                                          + "added what the card had new; rewrote the card"))
    }

    /// What the card says differently from Kith, where both say something.
    static func differences(_ contact: ImportedContact, _ person: Person) -> [(field: String, card: String)] {
        let pairs: [(String, String?, String?)] = [
            ("name", contact.nameIsFallback ? nil : contact.name, person.name),
            ("organization", contact.organization, person.organization), ("title", contact.title, person.title),
            ("place", contact.location, person.location),
            ("birthday", contact.birthday?.description, person.birthday?.description),
        ]
        return pairs.compactMap { field, card, kith in
            guard let card, let kith, card != kith else { return nil }
            return (field, card)
        }
    }
}
