import Foundation
import GRDB

/// The records of a contacts file, read one at a time: a vCard file streams card by card, so
/// that its size never becomes the import's memory; a CSV file is a table.
struct ContactRecords {
    let format: ImportFormat
    /// How many records there are, for progress.
    let total: Int
    /// Records that are no one: LinkedIn's hidden connections.
    let hidden: Int
    let each: ((Result<ImportedContact, MalformedRecord>) throws -> Void) throws -> Void

    init(_ data: Data, format: ImportFormat, file: String) throws {
        self.format = format
        switch format {
        case .vcard:
            total = VCardParser.count(in: data)
            guard total > 0 else { throw KithError.invalid("\(file), line 1: no vCard in it (no BEGIN:VCARD line)") }
            hidden = 0
            // Cards are read on a second thread while the first stores the ones before.
            each = { body in
                try ReadAhead.forEach(produce: { emit in
                    try VCardParser.forEachCard(in: data) { card in try emit(Self.contact(card)) }
                }, body)
            }
        case .linkedin, .google:
            let text = String(decoding: data, as: UTF8.self)
            let read = format == .linkedin ? try LinkedInCSV.contacts(text, file: file) : try GoogleCSV.contacts(text, file: file)
            total = read.records.count
            hidden = read.hidden
            each = { body in for record in read.records { try body(record) } }
        case .json:
            throw KithError.invalid("a Kith JSON export is not a contacts file")
        }
    }

    private static func contact(_ card: Result<VCardParser.Card, MalformedRecord>) -> Result<ImportedContact, MalformedRecord> {
        card.flatMap { card in Result { () throws(MalformedRecord) in try VCardContact.contact(card) } }
    }
}

/// One import of contacts, inside the caller's transaction: every record stored or named.
struct ContactImport {
    let db: Database
    let records: ContactRecords
    let file: String
    let strict: Bool
    private var importer: ContactImporter
    private var summary: ImportSummary
    /// Contacts that name related people, tied once everyone is in.
    private var related: [(ImportedContact, Int64)] = []

    init(db: Database, records: ContactRecords, file: String, tag: String?, dryRun: Bool, strict: Bool) throws {
        self.db = db
        self.records = records
        self.file = file
        self.strict = strict
        importer = try ContactImporter(db: db, kind: records.kind, file: file, tag: tag)
        summary = ImportSummary(format: records.kind, dryRun: dryRun)
        summary.hidden = records.hidden
    }

    mutating func run(progress: ((Int, Int) -> Void)?) throws -> ImportSummary {
        var seen = 0
        var problems: [MalformedRecord] = []
        var notes: [String] = []
        try SearchIndex.rebuildingAfter(db) {
            try records.each { result in
                seen += 1
                switch result {
                case .failure(let problem):
                    if strict { throw KithError.refused(.strictImport(file: file, line: problem.line, reason: problem.reason)) }
                    problems.append(problem)
                case .success(var contact):
                    if let problem = contact.unkeepable {
                        if strict { throw KithError.refused(.strictImport(file: file, line: problem.line, reason: problem.reason)) }
                        problems.append(problem)
                    } else {
                        notes += contact.keepingOddEmails()
                        try store(contact)
                    }
                }
                progress?(seen, records.total)
            }
        }
        for (contact, id) in related { summary.ties += try importer.relate(contact, id: id) }
        summary.skipped = problems.count
        summary.problems = problems.map { "line \($0.line): \($0.reason)" }
        summary.notices = notes
        if let first = problems.first, summary.created + summary.updated + summary.unchanged == 0 {
            throw KithError.refused(.malformedRecord(file: file, line: first.line, reason: first.reason, count: problems.count))
        }
        return summary
    }

    private mutating func store(_ contact: ImportedContact) throws {
        let stored = try importer.store(contact)
        switch stored.outcome {
        case .created:
            summary.created += 1
            if summary.createdNames.count < ImportSummary.namesShown { summary.createdNames.append(contact.name) }
        case .updated:
            summary.updated += 1
            if summary.updatedNames.count < ImportSummary.namesShown { summary.updatedNames.append(contact.name) }
        case .unchanged:
            summary.unchanged += 1
        }
        if let other = stored.keptApartFrom, let person = try PersonResolver(db: db).summary(id: other) {
            summary.keptApart.append(.init(name: contact.name, line: contact.line, sharesWith: person))
        }
        if !contact.related.isEmpty { related.append((contact, stored.id)) }
    }
}

extension ContactRecords {
    /// The provenance kind of what these records are.
    var kind: String { format.rawValue }
}
