import GRDB

/// A gathering where I met people.
struct Event: Codable, Equatable, FetchableRecord, MutablePersistableRecord {
    var id: Int64?
    var name: String
    var date: Day?
    var place: String?

    static let databaseTableName = "event"

    mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}

extension Event {
    /// The event with this name on this date, created when it was not logged yet.
    static func named(_ name: String, on date: Day, in db: Database) throws -> Event {
        let name = try ContactDetails.required(name, "an event name")
        if let event = try Event.filter(sql: "name = ? COLLATE NOCASE AND date = ?",
                                        arguments: [name, date]).fetchOne(db) {
            return event
        }
        var event = Event(id: nil, name: name, date: date, place: nil)
        try event.insert(db)
        return event
    }
}
