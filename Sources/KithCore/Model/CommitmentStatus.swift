import GRDB

/// Whether a commitment is still to do.
public enum CommitmentStatus: String, Codable, CaseIterable, Sendable, DatabaseValueConvertible {
    case open, done, dropped
}
