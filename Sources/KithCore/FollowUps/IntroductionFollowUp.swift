/// An introduction that needs a nudge: made a while ago with no outcome, or still unanswered.
public struct IntroductionFollowUp: Codable, Equatable, Sendable {
    public enum Reason: String, Codable, Sendable {
        /// Made at least `WeeklyListQuery.introductionFollowUpDays` ago and no outcome recorded.
        case noOutcome = "no_outcome"
        /// Requested or offered, and neither made nor declined yet.
        case noAnswer = "no_answer"
    }

    public var introduction: IntroductionEntry
    public var reason: Reason
    /// Days since its date.
    public var days: Int
}
