import KithGraph

// The graph module knows nothing of the database's words: the store hands it typed values.

extension TieSource {
    var evidence: TieEvidence.Source {
        switch self {
        case .stated: .stated
        case .inferred: .inferred
        case .introduction: .introduction
        case .imported: .imported
        }
    }
}

extension InteractionKind {
    var evidence: TieEvidence.Interaction.Kind {
        switch self {
        case .met: .met
        case .call: .call
        case .message: .message
        case .email: .email
        case .meal: .meal
        case .meeting: .meeting
        case .event: .event
        case .other: .other
        }
    }
}
