import CSV
import Foundation
import GRDB

/// Gives the network back in open formats, and takes Kith's own back in.
public struct ExportService: Sendable {
    let context: Context

    public init(_ context: Context) { self.context = context }

    /// Everything, or only the people tagged `tag` (and me) with what lies between them, as
    /// Kith's JSON: pretty, keys sorted, every row with its id.
    public func json(tag: String? = nil) throws -> Data {
        let document = try context.read { db in try Self.document(tag: tag, in: db) }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(document) + Data("\n".utf8)
    }

    /// Everyone but me (or everyone tagged `tag`) as vCards, 4.0 or 3.0. Each card's UID is
    /// stable, so that a phone or address book updates its card when it imports again.
    public func vcard(version: String = "4.0", tag: String? = nil) throws -> String {
        guard let version = VCardWriter.Version(rawValue: version) else {
            throw KithError.invalid("vCard version must be 3 or 4, not \(version)")
        }
        return try context.read { db in
            let cards = try PersonCards(db, only: try tag.map { try Self.tagged($0, in: db) })
            var writer = VCardWriter(version: version)
            for person in cards.people where !person.isSelf { cards.add(person, uid: cards.uid(of: person, version: version), to: &writer) }
            return writer.render()
        }
    }

    /// Everyone but me (or everyone tagged `tag`) as one CSV row each, for a spreadsheet: several
    /// values in a cell are joined with ` ::: `, as Google Contacts does.
    public func csv(tag: String? = nil) throws -> Data {
        let document = try context.read { db in try Self.document(tag: tag, in: db) }
        func joined<Kind>(_ rows: [PersonAddress<Kind>]) -> [Int64: String] {
            ExportDocument.byPerson(rows).mapValues { addresses in
                addresses.map { ($0.label.map { "\($0): " } ?? "") + $0.value }.joined(separator: " ::: ")
            }
        }
        let emails = joined(document.emails), phones = joined(document.phones), links = joined(document.links)
        let tags = document.tagNamesByPerson()
        let stream = OutputStream(toMemory: ())
        let writer = try CSVWriter(stream: stream)
        try writer.write(row: ["id", "name", "organization", "title", "location", "emails", "phones", "links", "tags",
                               "birthday", "cadence_days", "how_met", "notes", "created_at", "updated_at"])
        for person in document.people where !person.isSelf {
            let id = person.id!
            writer.beginNewRow()
            try writer.write(row: [String(id), person.name, person.organization ?? "", person.title ?? "",
                                   person.location ?? "", emails[id] ?? "", phones[id] ?? "", links[id] ?? "",
                                   (tags[id] ?? []).joined(separator: " ::: "), person.birthday?.description ?? "",
                                   person.cadenceDays.map(String.init) ?? "", person.howMet ?? "", person.notes ?? "",
                                   person.createdAt.description, person.updatedAt.description])
        }
        writer.stream.close()
        return (stream.property(forKey: .dataWrittenToMemoryStreamKey) as? Data ?? Data()) + Data("\n".utf8)
    }

    /// The needs and offers of `people`, without links to interactions or events left behind.
    private static func needs(of people: Set<Int64>, interactions: Set<Int64>, events: Set<Int64>?,
                              in db: Database) throws -> [NeedOffer] {
        try NeedOffer.order(Column("id")).fetchAll(db).filter { people.contains($0.personID) }.map { need in
            var need = need
            if let id = need.interactionID, !interactions.contains(id) { need.interactionID = nil }
            if let id = need.eventID, let events, !events.contains(id) { need.eventID = nil }
            return need
        }
    }

    /// The people tagged `tag`.
    private static func tagged(_ tag: String, in db: Database) throws -> Set<Int64> {
        guard let tagID = try Int64.fetchOne(db, sql: "SELECT id FROM tag WHERE name = ?", arguments: [tag]) else {
            throw KithError.tagNotFound(tag, known: try Tag.someNames(in: db))
        }
        return Set(try Int64.fetchAll(db, sql: "SELECT person_id FROM person_tag WHERE tag_id = ?", arguments: [tagID]))
    }

    private static func document(tag: String?, in db: Database) throws -> ExportDocument {
        var people = try Person.order(Person.Columns.id).fetchAll(db)
        if let tag {
            let tagged = try tagged(tag, in: db)
            people = people.filter { $0.isSelf || tagged.contains($0.id!) }
        }
        let kept = Set(people.compactMap(\.id))
        func all<R: FetchableRecord & TableRecord>(_ type: R.Type, _ order: String) throws -> [R] {
            try R.fetchAll(db, sql: "SELECT * FROM \(R.databaseTableName) ORDER BY \(order)")
        }
        let interactionPeople = try all(InteractionPerson.self, "interaction_id, person_id")
            .filter { kept.contains($0.personID) }
        let interactionIDs = Set(interactionPeople.map(\.interactionID))
        let interactions = try all(Interaction.self, "id").filter { interactionIDs.contains($0.id!) }
        let eventIDs = Set(interactions.compactMap(\.eventID))
        let personTags = try all(PersonTag.self, "person_id, tag_id").filter { kept.contains($0.personID) }
        let usedTags = Set(personTags.map(\.tagID))
        let needs = try Self.needs(of: kept, interactions: interactionIDs, events: tag == nil ? nil : eventIDs, in: db)
        let needIDs = Set(needs.compactMap(\.id))
        let introductions = try all(Introduction.self, "id").filter {
            kept.contains($0.personA) && kept.contains($0.personB) && $0.introducerID.map(kept.contains) ?? true
        }.map { introduction in
            var introduction = introduction
            if let id = introduction.needID, !needIDs.contains(id) { introduction.needID = nil }
            return introduction
        }
        let introductionIDs = Set(introductions.compactMap(\.id))
        let commitments = try all(Commitment.self, "id").filter { kept.contains($0.personID) }.map { commitment in
            // Part of the network only: what a promise refers to may have stayed behind.
            var commitment = commitment
            if let id = commitment.interactionID, !interactionIDs.contains(id) { commitment.interactionID = nil }
            if let id = commitment.introductionID, !introductionIDs.contains(id) { commitment.introductionID = nil }
            return commitment
        }
        return ExportDocument(
            people: people,
            emails: try all(Email.self, "id").filter { kept.contains($0.personID) },
            phones: try all(Phone.self, "id").filter { kept.contains($0.personID) },
            links: try all(Link.self, "id").filter { kept.contains($0.personID) },
            tags: try all(Tag.self, "id").filter { tag == nil || usedTags.contains($0.id!) },
            personTags: personTags,
            events: try all(Event.self, "id").filter { tag == nil || eventIDs.contains($0.id!) },
            interactions: interactions,
            interactionPeople: interactionPeople,
            ties: try all(Tie.self, "id").filter { kept.contains($0.personA) && kept.contains($0.personB) },
            introductions: introductions,
            commitments: commitments,
            personProperties: try all(PersonProperty.self, "id").filter { kept.contains($0.personID) },
            personSources: try all(PersonSource.self, "id").filter { kept.contains($0.personID) },
            needsAndOffers: needs)
    }
}
