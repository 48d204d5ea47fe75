/// Every rule the schema holds a row to, checked on a whole JSON document before anything is
/// written, so that a bad file is refused as the user's mistake with the place in the file
/// (`ties[3].strength`), never as a storage fault with SQLite's words.
struct DocumentCheck {
    let document: ExportDocument
    private var people: Set<Int64> = []

    init(_ document: ExportDocument) { self.document = document }

    /// Throws `KithError.invalid` naming the first row that breaks a rule.
    static func validate(_ document: ExportDocument) throws {
        var check = DocumentCheck(document)
        try check.peopleAndTheirDetails()
        try check.network()
    }

    private mutating func peopleAndTheirDetails() throws {
        people = try Self.ids(document.people.map(\.id), "people")
        guard document.people.filter(\.isSelf).count == 1 else {
            throw KithError.invalid("a Kith JSON export has exactly one person with is_self true")
        }
        var uids = Set<String>()
        for (index, person) in document.people.enumerated() {
            let place = "people[\(index)]"
            try Self.required(person.name, "\(place).name")
            guard uids.insert(person.uid.lowercased()).inserted else { throw Self.invalid("\(place).uid", "repeats another person's uid") }
            try Self.positive(person.cadenceDays, "\(place).cadence_days")
            for (field, text) in [("organization", person.organization), ("title", person.title), ("location", person.location),
                                  ("notes", person.notes), ("how_met", person.howMet)] {
                try Self.text(text, "\(place).\(field)")
            }
        }
        for (key, addresses) in [("emails", document.emails.map { ($0.id, $0.personID, $0.value) }),
                                 ("phones", document.phones.map { ($0.id, $0.personID, $0.value) }),
                                 ("links", document.links.map { ($0.id, $0.personID, $0.value) })] {
            _ = try Self.ids(addresses.map(\.0), key)
            for (index, address) in addresses.enumerated() {
                try person(address.1, "\(key)[\(index)].person_id")
                try Self.required(address.2, "\(key)[\(index)].value")
            }
        }
        try tags()
        for (index, property) in document.personProperties.enumerated() {
            try person(property.personID, "person_properties[\(index)].person_id")
            try Self.required(property.name, "person_properties[\(index)].name")
        }
        for (index, source) in document.personSources.enumerated() {
            try person(source.personID, "person_sources[\(index)].person_id")
            guard ["vcard", "linkedin", "google", "json", "merge"].contains(source.kind) else {
                throw Self.invalid("person_sources[\(index)].kind", "is '\(source.kind)', not vcard, linkedin, google, json or merge")
            }
        }
    }

    private func tags() throws {
        let tags = try Self.ids(document.tags.map(\.id), "tags")
        var names = Set<String>()
        for (index, tag) in document.tags.enumerated() {
            try Self.required(tag.name, "tags[\(index)].name")
            guard names.insert(tag.name.lowercased()).inserted else { throw Self.invalid("tags[\(index)].name", "repeats the tag '\(tag.name)'") }
            try Self.positive(tag.cadenceDays, "tags[\(index)].cadence_days")
        }
        var links = Set<[Int64]>()
        for (index, link) in document.personTags.enumerated() {
            try person(link.personID, "person_tags[\(index)].person_id")
            try Self.reference(link.tagID, in: tags, "tag", "person_tags[\(index)].tag_id")
            guard links.insert([link.personID, link.tagID]).inserted else { throw Self.invalid("person_tags[\(index)]", "repeats a tag of the same person") }
        }
    }

    private func network() throws {
        let events = try Self.ids(document.events.map(\.id), "events")
        for (index, event) in document.events.enumerated() { try Self.required(event.name, "events[\(index)].name") }
        let interactions = try Self.ids(document.interactions.map(\.id), "interactions")
        for (index, interaction) in document.interactions.enumerated() {
            try Self.reference(interaction.eventID, in: events, "event", "interactions[\(index)].event_id")
            try Self.text(interaction.note, "interactions[\(index)].note")
        }
        for (index, link) in document.interactionPeople.enumerated() {
            try person(link.personID, "interaction_people[\(index)].person_id")
            try Self.reference(link.interactionID, in: interactions, "interaction", "interaction_people[\(index)].interaction_id")
        }
        try ties()
        let needs = try self.needs(events: events, interactions: interactions)
        let introductions = try Self.ids(document.introductions.map(\.id), "introductions")
        for (index, introduction) in document.introductions.enumerated() {
            let place = "introductions[\(index)]"
            try pair(introduction.personA, introduction.personB, place)
            if let introducer = introduction.introducerID { try person(introducer, "\(place).introducer_id") }
            try Self.text(introduction.purpose, "\(place).purpose")
            try Self.text(introduction.outcome, "\(place).outcome")
            try Self.reference(introduction.needID, in: needs, "need", "\(place).need_id")
        }
        _ = try Self.ids(document.commitments.map(\.id), "commitments")
        for (index, commitment) in document.commitments.enumerated() {
            let place = "commitments[\(index)]"
            try person(commitment.personID, "\(place).person_id")
            try Self.required(commitment.what, "\(place).what")
            try Self.reference(commitment.interactionID, in: interactions, "interaction", "\(place).interaction_id")
            try Self.reference(commitment.introductionID, in: introductions, "introduction", "\(place).introduction_id")
        }
    }

    /// Needs and offers; returns their ids.
    private func needs(events: Set<Int64>, interactions: Set<Int64>) throws -> Set<Int64> {
        let ids = try Self.ids(document.needsAndOffers.map(\.id), "needs_and_offers")
        for (index, need) in document.needsAndOffers.enumerated() {
            let place = "needs_and_offers[\(index)]"
            try person(need.personID, "\(place).person_id")
            try Self.required(need.what, "\(place).what")
            try Self.reference(need.eventID, in: events, "event", "\(place).event_id")
            try Self.reference(need.interactionID, in: interactions, "interaction", "\(place).interaction_id")
        }
        return ids
    }

    private func ties() throws {
        _ = try Self.ids(document.ties.map(\.id), "ties")
        var pairs = Set<[Int64]>()
        for (index, tie) in document.ties.enumerated() {
            let place = "ties[\(index)]"
            try pair(tie.personA, tie.personB, place)
            guard (1...5).contains(tie.strength) else { throw Self.invalid("\(place).strength", "is \(tie.strength), not 1 to 5") }
            guard pairs.insert([min(tie.personA, tie.personB), max(tie.personA, tie.personB)]).inserted else {
                throw Self.invalid(place, "repeats the tie between #\(tie.personA) and #\(tie.personB)")
            }
            try Self.text(tie.context, "\(place).context")
        }
    }

    /// A reference to another row of the file (an event, an interaction…): there, or refused.
    private static func reference(_ id: Int64?, in known: Set<Int64>, _ what: String, _ place: String) throws {
        if let id, !known.contains(id) { throw invalid(place, "names \(what) #\(id), which is not in the file") }
    }

    private func person(_ id: Int64, _ place: String) throws {
        guard people.contains(id) else { throw Self.invalid(place, "names person #\(id), who is not in the file") }
    }

    private func pair(_ a: Int64, _ b: Int64, _ place: String) throws {
        try person(a, "\(place).person_a")
        try person(b, "\(place).person_b")
        guard a != b else { throw Self.invalid(place, "joins person #\(a) to themself") }
    }

    /// A table's ids: each present and once.
    private static func ids(_ ids: [Int64?], _ key: String) throws -> Set<Int64> {
        var seen = Set<Int64>()
        for (index, id) in ids.enumerated() {
            guard let id else { throw invalid("\(key)[\(index)].id", "is missing") }
            guard seen.insert(id).inserted else { throw invalid("\(key)[\(index)].id", "repeats id \(id)") }
        }
        return seen
    }

    private static func required(_ text: String, _ place: String) throws {
        guard !text.trimmingWhitespace().isEmpty else { throw invalid(place, "is empty") }
        try self.text(text, place)
    }

    /// Kith keeps text whole or not at all: a NUL character would cut it short when read back.
    private static func text(_ text: String?, _ place: String) throws {
        if text?.unicodeScalars.contains("\0") == true { throw invalid(place, "holds a NUL character (\\u0000)") }
    }

    private static func positive(_ number: Int?, _ place: String) throws {
        if let number, number <= 0 { throw invalid(place, "is \(number); it must be 1 or more") }
    }

    private static func invalid(_ place: String, _ problem: String) -> KithError {
        KithError.invalid("not a valid Kith JSON export: \(place) \(problem)")
    }
}
