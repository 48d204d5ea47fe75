import GRDB

/// Everything people's vCards say, read once for many cards: what `kith export --format vcard`
/// writes and what `kith sync contacts` writes into a vdir and compares with what it wrote.
struct PersonCards {
    private(set) var people: [Person]
    private let emails: [Int64: [Email]], phones: [Int64: [Phone]], links: [Int64: [Link]]
    private let tags: [Int64: [String]]
    private let kept: [Int64: [PersonProperty]]
    private let needs: [Int64: [NeedOffer]]
    /// The UID a person's card had when they came from one.
    private let sourceUIDs: [Int64: String]

    /// Everyone, me too, or only the people `only` names, in the order of their ids.
    init(_ db: Database, only: Set<Int64>? = nil) throws {
        // Only a few people: their rows by index; else every row, read once.
        let among = only.map { " WHERE person_id IN (\($0.map(String.init).joined(separator: ",")))" } ?? ""
        func rows<R: FetchableRecord & TableRecord>(_ type: R.Type, _ filter: String = "") throws -> [R] {
            try R.fetchAll(db, sql: "SELECT * FROM \(R.databaseTableName)\(among)\(filter) ORDER BY id")
        }
        people = try Person.fetchAll(db, sql: "SELECT * FROM person"
                                     + (only.map { " WHERE id IN (\($0.map(String.init).joined(separator: ",")))" } ?? "")
                                     + " ORDER BY id")
        emails = ExportDocument.byPerson(try rows(Email.self))
        phones = ExportDocument.byPerson(try rows(Phone.self))
        links = ExportDocument.byPerson(try rows(Link.self))
        var tags: [Int64: [String]] = [:]
        for row in try Row.fetchAll(db, sql: """
            SELECT person_id, (SELECT name FROM tag WHERE id = tag_id) FROM person_tag\(among)
            """) { tags[row[0], default: []].append(row[1]) }
        self.tags = tags.mapValues { $0.sorted() }
        kept = Dictionary(grouping: try rows(PersonProperty.self), by: \.personID)
        needs = Dictionary(grouping: try rows(NeedOffer.self, among.isEmpty ? " WHERE status = 'open'" : " AND status = 'open'"),
                           by: \.personID)
        var uids: [Int64: String] = [:]
        for source in try rows(PersonSource.self, among.isEmpty ? " WHERE kind = 'vcard'" : " AND kind = 'vcard'")
        where uids[source.personID] == nil { uids[source.personID] = source.externalID }
        sourceUIDs = uids
    }

    /// The UID a card for `person` carries: the one they came with from a card, so that an
    /// address book updates that card; else Kith's own, as a URN in 4.0 (RFC 6350 § 6.7.6) and
    /// bare in 3.0, as Apple writes it.
    func uid(of person: Person, version: VCardWriter.Version) -> String {
        sourceUIDs[person.id!] ?? (version == .v4 ? "urn:uuid:" + person.uid : person.uid)
    }

    /// Adds `person`'s card to `writer`; without `revision`, the card leaves out REV (the time
    /// it was last changed), to be compared with an earlier rendering.
    func add(_ person: Person, uid: String, to writer: inout VCardWriter, revision: Bool = true) {
        let id = person.id!
        writer.card(person, uid: uid, emails: emails[id] ?? [], phones: phones[id] ?? [], links: links[id] ?? [],
                    tags: tags[id] ?? [], kept: kept[id] ?? [], needs: needs[id] ?? [], revision: revision)
    }

    /// A hash of the card Kith writes for `person`, without REV (the time it was last changed):
    /// to compare with the card it wrote before, a change of time alone being no change.
    func hash(_ person: Person, uid: String, version: VCardWriter.Version) -> String {
        var writer = VCardWriter(version: version)
        add(person, uid: uid, to: &writer, revision: false)
        return writer.hash()
    }

    /// One person's card on its own.
    func card(_ person: Person, uid: String, version: VCardWriter.Version) -> String {
        var writer = VCardWriter(version: version)
        add(person, uid: uid, to: &writer)
        return writer.render()
    }
}
