import Foundation
import GRDB

/// Kith's own JSON export taken back in: into a database that holds nobody but me, every row
/// with its id, so that exporting again gives the same document.
struct JSONImport {
    let context: Context

    /// Imports a `kith export --format json` document in one transaction: all of it or nothing.
    /// Ids are kept, so exporting again gives the same document.
    func run(_ data: Data, dryRun: Bool) throws -> ImportSummary {
        struct Header: Decodable {
            var format: String?
            var version: Int?
        }
        let document: ExportDocument
        do {
            // The version first: a newer file may have a shape this kith cannot read.
            let header = try JSONDecoder().decode(Header.self, from: data)
            guard header.format == "kith" else { throw KithError.invalid("not a Kith JSON export (no \"format\": \"kith\")") }
            if let version = header.version, version > ExportDocument.currentVersion {
                throw KithError.invalid("this file was exported by a newer kith (version \(version)); upgrade kith to import it")
            }
            document = try JSONDecoder().decode(ExportDocument.self,
                                                from: header.version == 1 ? try ExportDocument.upgrading(version1: data) : data)
        } catch let error as DecodingError {
            throw KithError.invalid("not a Kith JSON export: \(Self.describe(error))")
        }
        try DocumentCheck.validate(document)
        let others = document.people.filter { !$0.isSelf }
        var summary = ImportSummary(
            format: "json", dryRun: dryRun, created: others.count, ties: document.ties.count,
            events: document.events.count, interactions: document.interactions.count,
            introductions: document.introductions.count, commitments: document.commitments.count)
        summary.createdNames = others.prefix(ImportSummary.namesShown).map(\.name)
        summary.undoable = !dryRun && UndoHistory.records(document.people.count)
        return try context.write(recorded: summary.undoable) { db in
            let others = try Int.fetchOne(db, sql: "SELECT count(*) FROM person WHERE is_self = 0") ?? 0
            guard others == 0 else {
                throw KithError.refused(.notEmpty(people: others, for: .jsonImport))
            }
            if dryRun { return summary }
            let me = try PersonResolver(db: db).me().id
            try SearchIndex.rebuildingAfter(db) { try Self.insert(document, me: me, in: db) }
            return summary
        }
    }

    private static func insert(_ document: ExportDocument, me: Int64, in db: Database) throws {
        guard let exportedMe = document.people.first(where: \.isSelf)?.id else { return }
        // The file's "me" becomes this database's; another person may need to make room.
        var taken = Set(document.people.compactMap(\.id))
        var nextID = (taken.max() ?? 0) + 1
        var ids: [Int64: Int64] = [exportedMe: me]
        for person in document.people where !person.isSelf && person.id == me {
            ids[me] = nextID
            taken.insert(nextID)
            nextID += 1
        }
        func id(_ person: Int64) -> Int64 { ids[person] ?? person }

        for var person in document.people {
            person.id = id(person.id!)
            // I am already here (and cannot be removed): take the file's name and details.
            if person.isSelf { try person.update(db) } else { try person.insert(db) }
        }
        for var address in document.emails { address.personID = id(address.personID); try address.insert(db) }
        for var address in document.phones { address.personID = id(address.personID); try address.insert(db) }
        for var address in document.links { address.personID = id(address.personID); try address.insert(db) }
        for var tag in document.tags { try tag.insert(db) }
        for var link in document.personTags { link.personID = id(link.personID); try link.insert(db) }
        for var event in document.events { try event.insert(db) }
        for var interaction in document.interactions { try interaction.insert(db) }
        for var link in document.interactionPeople { link.personID = id(link.personID); try link.insert(db) }
        for var tie in document.ties {
            (tie.personA, tie.personB) = (min(id(tie.personA), id(tie.personB)), max(id(tie.personA), id(tie.personB)))
            try tie.insert(db)
        }
        for var need in document.needsAndOffers { need.personID = id(need.personID); try need.insert(db) }
        for var introduction in document.introductions {
            introduction.introducerID = introduction.introducerID.map(id)
            introduction.personA = id(introduction.personA)
            introduction.personB = id(introduction.personB)
            try introduction.insert(db)
        }
        for var commitment in document.commitments { commitment.personID = id(commitment.personID); try commitment.insert(db) }
        for var property in document.personProperties { property.personID = id(property.personID); try property.insert(db) }
        for var source in document.personSources { source.personID = id(source.personID); try source.insert(db) }
    }

    private static func describe(_ error: DecodingError) -> String {
        func path(_ context: DecodingError.Context) -> String {
            context.codingPath.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined()
                .trimmingCharacters(in: CharacterSet(charactersIn: "."))
        }
        switch error {
        case .keyNotFound(let key, let context): return "\(path(context)).\(key.stringValue) is missing".trimmingCharacters(in: CharacterSet(charactersIn: "."))
        case .typeMismatch(_, let context), .valueNotFound(_, let context), .dataCorrupted(let context):
            let place = path(context)
            return (place.isEmpty ? "" : "\(place): ") + context.debugDescription.lowercased()
        @unknown default: return "unreadable"
        }
    }
}
