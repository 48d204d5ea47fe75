import GRDB

/// Something that happened between me and one or more people.
struct Interaction: Codable, Equatable, FetchableRecord, MutablePersistableRecord {
    var id: Int64?
    var kind: InteractionKind
    var date: Day
    var note: String?
    var eventID: Int64?
    var createdAt: Timestamp

    static let databaseTableName = "interaction"

    enum CodingKeys: String, CodingKey, ColumnExpression {
        case id, kind, date, note, eventID = "event_id", createdAt = "created_at"
    }

    mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}

extension Interaction {
    /// Records an interaction with `people` and returns its id.
    static func record(_ kind: InteractionKind, on date: Day, with people: [Int64], note: String? = nil,
                       eventID: Int64? = nil, in db: Database) throws -> Int64 {
        var interaction = Interaction(id: nil, kind: kind, date: date, note: note,
                                      eventID: eventID, createdAt: Timestamp.now())
        try interaction.insert(db)
        let id = interaction.id!
        for person in Set(people) { try InteractionPerson.insert(interaction: id, person: person, in: db) }
        return id
    }
}
