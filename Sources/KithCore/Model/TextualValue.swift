import GRDB

/// A value written as text in one exact form (a day, an instant, a birthday): the database,
/// JSON and every import read it back through the same parser, and refuse anything else.
protocol TextualValue: Codable, DatabaseValueConvertible, CustomStringConvertible {
    /// Parses the exact stored form; nil for anything else.
    init?(storedText: String)
    /// The form, for messages: `YYYY-MM-DD`.
    static var form: String { get }
}

extension TextualValue {
    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let value = Self(storedText: text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath,
                                                    debugDescription: "not \(Self.form): \(text)"))
        }
        self = value
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }

    public var databaseValue: DatabaseValue { description.databaseValue }

    public static func fromDatabaseValue(_ dbValue: DatabaseValue) -> Self? {
        String.fromDatabaseValue(dbValue).flatMap { Self(storedText: $0) }
    }
}
