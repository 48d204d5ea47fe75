import GRDB

/// What sort of contact an interaction was.
public enum InteractionKind: String, Codable, CaseIterable, Sendable, DatabaseValueConvertible {
    case met, call, message, email, meal, meeting, event, other
}
