import GRDB

/// Whether a statement is something a person is looking for or something they can give.
public enum NeedKind: String, Codable, CaseIterable, Sendable, DatabaseValueConvertible {
    case need, offer

    /// The other side: what a need is met by, what an offer is for.
    public var counterpart: NeedKind { self == .need ? .offer : .need }
}

/// Whether a need or offer is still true.
public enum NeedStatus: String, Codable, CaseIterable, Sendable, DatabaseValueConvertible {
    /// Still true.
    case open
    /// Done: the need was met, the offer taken up.
    case met
    /// No longer true, for any other reason.
    case dropped
}
