/// An introduction as typed: `kith intro A B [--by X] …`.
public struct NewIntroduction: Sendable {
    public var personA: String
    public var personB: String
    /// Who made it; nil means me.
    public var introducer: String?
    /// Default: today.
    public var date: Day?
    public var purpose: String?
    public var status: IntroductionStatus
    public var outcome: String?
    /// The need of one of the two that this introduction answers (from `kith matches`).
    public var needID: Int64?

    public init(_ personA: String, _ personB: String, by introducer: String? = nil, status: IntroductionStatus = .made) {
        self.personA = personA
        self.personB = personB
        self.introducer = introducer
        self.status = status
    }
}
