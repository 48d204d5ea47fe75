import Foundation
import GRDB

/// Takes a network in: so far Kith's own JSON, into a database that holds nobody but me.
public struct ImportService: Sendable {
    let context: Context

    public init(_ context: Context) { self.context = context }

    /// Imports a `kith export --format json` document in one transaction: all of it or nothing.
    /// Ids are kept, so exporting again gives the same document.
    func importJSON(_ data: Data, dryRun: Bool = false) throws -> ImportSummary {
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
        try Self.check(document)
        let summary = ImportSummary(
            format: "json", dryRun: dryRun, created: document.people.filter { !$0.isSelf }.count, ties: document.ties.count,
            events: document.events.count, interactions: document.interactions.count,
            introductions: document.introductions.count, commitments: document.commitments.count)
        return try context.write { db in
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

    /// Imports `data` (read from `file`) in one transaction: vCards, LinkedIn's or Google's CSV, or
    /// a Kith JSON export, the format told from the data when not given. Contacts already known
    /// are updated; a malformed record stops the import with its line number, unless
    /// `skipInvalid`, when it is left out and reported. `tag` and `progress` apply to contacts.
    public func importFile(_ data: Data, file: String, format: ImportFormat? = nil, tag: String? = nil,
                           dryRun: Bool = false, skipInvalid: Bool = false,
                           progress: ((Int, Int) -> Void)? = nil) throws -> ImportSummary {
        guard let format = format ?? ImportFormat.detect(data) else {
            throw KithError.refused(.unknownFormat(file: file))
        }
        let contacts: [ImportedContact]
        var problems: [VCardParser.Malformed]
        switch format {
        case .json:
            return try importJSON(data, dryRun: dryRun)
        case .vcard:
            let (cards, malformed) = VCardParser.parse(data)
            problems = malformed
            var read: [ImportedContact] = []
            for card in cards {
                do {
                    read.append(try VCardContact.contact(card))
                } catch let problem as VCardParser.Malformed {
                    problems.append(problem)
                }
            }
            guard !read.isEmpty || !problems.isEmpty else { throw KithError.invalid("\(file) holds no vCards") }
            contacts = read
        case .linkedin:
            (contacts, problems) = try LinkedInCSV.contacts(String(decoding: data, as: UTF8.self))
        case .google:
            (contacts, problems) = try GoogleCSV.contacts(String(decoding: data, as: UTF8.self))
        }
        return try importContacts(contacts, problems: problems, kind: format.rawValue, file: file, tag: tag,
                                  dryRun: dryRun, skipInvalid: skipInvalid, progress: progress)
    }

    private func importContacts(_ contacts: [ImportedContact], problems: [VCardParser.Malformed], kind: String,
                                file: String, tag: String?, dryRun: Bool, skipInvalid: Bool,
                                progress: ((Int, Int) -> Void)?) throws -> ImportSummary {
        let problems = problems.sorted { $0.line < $1.line }
        if let first = problems.first, !skipInvalid {
            throw KithError.refused(.malformedRecord(file: file, line: first.line, reason: first.reason, count: problems.count))
        }
        let work = { (db: Database) throws -> ImportSummary in
            var importer = try ContactImporter(db: db, kind: kind, file: file, tag: tag)
            var summary = ImportSummary(format: kind, dryRun: dryRun, skipped: problems.count,
                                        problems: problems.map { "line \($0.line): \($0.reason)" })
            var stored: [(ImportedContact, Int64)] = []
            try SearchIndex.rebuildingAfter(db) {
                for (index, contact) in contacts.enumerated() {
                    let result = try importer.store(contact)
                    if result.created {
                        summary.created += 1
                        if summary.createdNames.count < ImportSummary.namesShown { summary.createdNames.append(contact.name) }
                    } else {
                        summary.updated += 1
                        if summary.updatedNames.count < ImportSummary.namesShown { summary.updatedNames.append(contact.name) }
                    }
                    stored.append((contact, result.id))
                    progress?(index + 1, contacts.count)
                }
            }
            for (contact, id) in stored where !contact.related.isEmpty { summary.ties += try importer.relate(contact, id: id) }
            return summary
        }
        return dryRun ? try context.rehearse(work) : try context.write(work)
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

    /// Every reference points at something in the file, and there is exactly one "me": checked
    /// before anything is written, so that the error can say where.
    private static func check(_ document: ExportDocument) throws {
        let people = Set(document.people.compactMap(\.id))
        guard document.people.filter(\.isSelf).count == 1 else {
            throw KithError.invalid("a Kith JSON export has exactly one person with is_self true")
        }
        func person(_ id: Int64, _ place: String) throws {
            guard people.contains(id) else { throw KithError.invalid("\(place) names person #\(id), who is not in the file") }
        }
        for (index, address) in document.emails.enumerated() { try person(address.personID, "emails[\(index)]") }
        for (index, address) in document.phones.enumerated() { try person(address.personID, "phones[\(index)]") }
        for (index, address) in document.links.enumerated() { try person(address.personID, "links[\(index)]") }
        let tags = Set(document.tags.compactMap(\.id))
        for (index, link) in document.personTags.enumerated() {
            try person(link.personID, "person_tags[\(index)]")
            guard tags.contains(link.tagID) else { throw KithError.invalid("person_tags[\(index)] names tag #\(link.tagID), which is not in the file") }
        }
        let interactions = Set(document.interactions.compactMap(\.id))
        for (index, link) in document.interactionPeople.enumerated() {
            try person(link.personID, "interaction_people[\(index)]")
            guard interactions.contains(link.interactionID) else {
                throw KithError.invalid("interaction_people[\(index)] names interaction #\(link.interactionID), which is not in the file")
            }
        }
        for (index, tie) in document.ties.enumerated() {
            try person(tie.personA, "ties[\(index)]")
            try person(tie.personB, "ties[\(index)]")
        }
        for (index, introduction) in document.introductions.enumerated() {
            try person(introduction.personA, "introductions[\(index)]")
            try person(introduction.personB, "introductions[\(index)]")
            if let introducer = introduction.introducerID { try person(introducer, "introductions[\(index)]") }
        }
        for (index, commitment) in document.commitments.enumerated() { try person(commitment.personID, "commitments[\(index)]") }
        for (index, property) in document.personProperties.enumerated() { try person(property.personID, "person_properties[\(index)]") }
        for (index, source) in document.personSources.enumerated() { try person(source.personID, "person_sources[\(index)]") }
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
