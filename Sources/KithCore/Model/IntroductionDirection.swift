/// Whose introduction it is, seen from me.
public enum IntroductionDirection: String, Codable, CaseIterable, Sendable {
    /// I introduced two people.
    case given
    /// Someone introduced me to someone.
    case received
    /// Someone introduced two other people.
    case others
}
