import Foundation
import GRDB

/// The whole database (or the part around one tag) as one JSON document: every table's rows
/// with their ids, so that importing it into a new database and exporting again gives the
/// same bytes.
struct ExportDocument: Codable {
    /// 2 since schema 0004: people carry their uid. Version 1 files (without it) still import.
    static let currentVersion = 2

    /// The key under which each table's rows travel.
    static let keys: [String: CodingKeys] = [
        "person": .people, "email": .emails, "phone": .phones, "link": .links, "tag": .tags, "person_tag": .personTags,
        "event": .events, "interaction": .interactions, "interaction_person": .interactionPeople, "tie": .ties,
        "introduction": .introductions, "commitment": .commitments, "person_property": .personProperties,
        "person_source": .personSources, "need_offer": .needsAndOffers,
    ]

    /// Tables an export leaves out, and why: state of this machine, not of the network.
    static let machineState: [String: String] = [
        "vdir_item": "what a synced folder on this machine held; a copy syncs afresh, matching cards by UID",
        "undo_step": "the last commands' changes, to undo them on this file",
    ]

    var format = "kith"
    var version = ExportDocument.currentVersion
    var people: [Person]
    var emails: [Email]
    var phones: [Phone]
    var links: [Link]
    var tags: [Tag]
    var personTags: [PersonTag]
    var events: [Event]
    var interactions: [Interaction]
    var interactionPeople: [InteractionPerson]
    var ties: [Tie]
    var introductions: [Introduction]
    var commitments: [Commitment]
    /// Added in kith 0.2 (schema 0003): absent from older files, and then empty.
    var personProperties: [PersonProperty] = []
    var personSources: [PersonSource] = []
    /// Added in schema 0007: absent from older files, and then empty.
    var needsAndOffers: [NeedOffer] = []

    enum CodingKeys: String, CodingKey {
        case format, version, people, emails, phones, links, tags, personTags = "person_tags", events, interactions
        case interactionPeople = "interaction_people", ties, introductions, commitments
        case personProperties = "person_properties", personSources = "person_sources"
        case needsAndOffers = "needs_and_offers"
    }

    init(people: [Person], emails: [Email], phones: [Phone], links: [Link], tags: [Tag], personTags: [PersonTag],
         events: [Event], interactions: [Interaction], interactionPeople: [InteractionPerson], ties: [Tie],
         introductions: [Introduction], commitments: [Commitment], personProperties: [PersonProperty],
         personSources: [PersonSource], needsAndOffers: [NeedOffer]) {
        self.people = people
        self.emails = emails
        self.phones = phones
        self.links = links
        self.tags = tags
        self.personTags = personTags
        self.events = events
        self.interactions = interactions
        self.interactionPeople = interactionPeople
        self.ties = ties
        self.introductions = introductions
        self.commitments = commitments
        self.personProperties = personProperties
        self.personSources = personSources
        self.needsAndOffers = needsAndOffers
    }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        format = try container.decode(String.self, forKey: .format)
        version = try container.decode(Int.self, forKey: .version)
        people = try container.decode([Person].self, forKey: .people)
        emails = try container.decode([Email].self, forKey: .emails)
        phones = try container.decode([Phone].self, forKey: .phones)
        links = try container.decode([Link].self, forKey: .links)
        tags = try container.decode([Tag].self, forKey: .tags)
        personTags = try container.decode([PersonTag].self, forKey: .personTags)
        events = try container.decode([Event].self, forKey: .events)
        interactions = try container.decode([Interaction].self, forKey: .interactions)
        interactionPeople = try container.decode([InteractionPerson].self, forKey: .interactionPeople)
        ties = try container.decode([Tie].self, forKey: .ties)
        introductions = try container.decode([Introduction].self, forKey: .introductions)
        commitments = try container.decode([Commitment].self, forKey: .commitments)
        personProperties = try container.decodeIfPresent([PersonProperty].self, forKey: .personProperties) ?? []
        personSources = try container.decodeIfPresent([PersonSource].self, forKey: .personSources) ?? []
        needsAndOffers = try container.decodeIfPresent([NeedOffer].self, forKey: .needsAndOffers) ?? []
    }

    /// A version 1 document in today's shape: every person gets the uid version 2 carries.
    static func upgrading(version1 data: Data) throws -> Data {
        guard var document = try JSONSerialization.jsonObject(with: data) as? [String: Any],
              let people = document["people"] as? [[String: Any]]
        else { return data }
        document["people"] = people.map { person in
            var person = person
            if person["uid"] == nil { person["uid"] = DatabaseIdentity.newUID() }
            return person
        }
        return try JSONSerialization.data(withJSONObject: document)
    }

    /// Each person's tag names, sorted.
    func tagNamesByPerson() -> [Int64: [String]] {
        let names = Dictionary(uniqueKeysWithValues: tags.compactMap { tag in tag.id.map { ($0, tag.name) } })
        var byPerson: [Int64: [String]] = [:]
        for link in personTags { byPerson[link.personID, default: []].append(names[link.tagID] ?? "") }
        return byPerson.mapValues { $0.sorted() }
    }

    /// Each person's addresses, the primary one first, then in the order they were added.
    static func byPerson<Kind>(_ rows: [PersonAddress<Kind>]) -> [Int64: [PersonAddress<Kind>]] {
        Dictionary(grouping: rows.sorted { ($0.isPrimary ? 0 : 1, $0.id ?? 0) < ($1.isPrimary ? 0 : 1, $1.id ?? 0) },
                   by: \.personID)
    }
}
