import GRDB

/// Where an introduction stands.
public enum IntroductionStatus: String, Codable, CaseIterable, Sendable, DatabaseValueConvertible {
    case requested, offered, made, declined
}
