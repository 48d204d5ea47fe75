import GRDB

/// Where the knowledge of a tie came from.
public enum TieSource: String, Codable, CaseIterable, Sendable, DatabaseValueConvertible {
    case stated, inferred, introduction, imported
}
