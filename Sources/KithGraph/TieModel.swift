import Foundation

/// How reliable a tie is for an introduction: a weight in (0, 1] from the evidence, and the
/// evidence in words. README's "How Kith ranks introductions" states the same formula.
///
/// Independent pieces of evidence combine as a noisy-or, `1 − Π(1 − pᵢ)`: each can carry the
/// introduction on its own, and more of them only ever help.
public enum TieModel {
    /// Days after which an interaction counts half as much.
    public static let halfLifeDays = 180.0
    /// Of my tie's stated strength, the share that holds without recent contact.
    public static let idleShare = 0.4
    /// Evidence from each introduction the two of us made for each other (reciprocity).
    public static let myIntroduction = 0.1
    /// A stated (or imported) tie between others, as a share of strength / 5.
    public static let statedShare = 0.8
    /// A tie between others that was only inferred, as a share of strength / 5.
    public static let inferredShare = 0.5
    /// Evidence from each introduction made between two others.
    public static let introduction = 0.3
    /// Evidence from working at the same organisation.
    public static let sameOrganization = 0.2
    /// Evidence from each event I logged where I met both (at most `countedEvents`).
    public static let sharedEvent = 0.15
    public static let countedEvents = 3
    /// No tie weighs less than this, so that a route's score never reaches zero.
    public static let floor = 0.01

    /// The weight of a tie, in [`floor`, 1].
    public static func weight(_ evidence: TieEvidence) -> Double {
        var chances: [Double] = []
        if evidence.mine {
            let strength = Double(evidence.strength ?? 1) / 5
            chances.append(strength * (idleShare + (1 - idleShare) * activity(evidence.interactions)))
            chances += Array(repeating: myIntroduction, count: evidence.introductions)
        } else {
            if let strength = evidence.strength {
                chances.append((evidence.inferred ? inferredShare : statedShare) * Double(strength) / 5)
            }
            chances += Array(repeating: introduction, count: evidence.introductions)
            if evidence.sharedOrganization != nil { chances.append(sameOrganization) }
            chances += Array(repeating: sharedEvent, count: min(countedEvents, evidence.sharedEvents.count))
        }
        let missed = chances.reduce(1.0) { $0 * (1 - $1) }
        return min(1, max(floor, 1 - missed))
    }

    /// How much recent contact there is, in [0, 1): `1 − e^(−c)` where c sums `½^(age / half-life)`
    /// over my interactions with them. One interaction today gives 0.63, three recent ones 0.95;
    /// a year of silence halves twice what they counted.
    public static func activity(_ interactions: [TieEvidence.Interaction]) -> Double {
        let recency = interactions.reduce(0.0) { $0 + pow(0.5, Double(max(0, $1.daysAgo)) / halfLifeDays) }
        return 1 - exp(-recency)
    }

    /// The evidence in words, most telling first: `close (4/5), last met 12 days ago at PyCon`.
    public static func reasons(_ evidence: TieEvidence) -> [String] {
        var reasons: [String] = []
        if let strength = evidence.strength {
            let label = ["acquaintance", "know each other", "good", "close", "very close"][min(5, max(1, strength)) - 1]
            if evidence.mine {
                reasons.append("\(label) (\(strength)/5)")
            } else {
                let how = evidence.context.map { "\($0), " } ?? ""
                let source = switch evidence.source {
                case .inferred: "inferred"
                case .introduction: "since an introduction"
                case .imported: "imported"
                case .stated, nil: "stated"
                }
                reasons.append("\(how)\(source) (\(strength)/5)")
            }
        }
        if evidence.mine {
            if let last = evidence.interactions.first {
                reasons.append("last \(verb(last.kind)) \(ago(last.daysAgo))" + (last.event.map { " at \($0)" } ?? ""))
                let recent = evidence.interactions.filter { $0.daysAgo <= 365 }.count
                if recent > 1 { reasons.append("\(recent) interactions this year") }
            } else {
                reasons.append("nothing logged")
            }
            if evidence.introductions > 0 { reasons.append("introductions between you: \(evidence.introductions)") }
        } else {
            if evidence.introductions > 0 {
                reasons.append(evidence.introductions == 1 ? "introduced to each other" : "introduced \(evidence.introductions) times")
            }
            if let organization = evidence.sharedOrganization,
               evidence.strength == nil || !(evidence.context ?? "").localizedCaseInsensitiveContains(organization) {
                reasons.append("both at \(organization)")
            }
            if !evidence.sharedEvents.isEmpty { reasons.append("you met both at " + events(evidence.sharedEvents)) }
            // With no tie stored, the step is Kith's inference from what the two share.
            if evidence.strength == nil, evidence.introductions == 0, !reasons.isEmpty { reasons[0] += " (inferred)" }
        }
        return reasons
    }

    /// `PyCon 2025`, `PyCon 2025 and Demo Day`, `PyCon 2025, Demo Day and 2 more`.
    private static func events(_ names: [String]) -> String {
        switch names.count {
        case 1: names[0]
        case 2: "\(names[0]) and \(names[1])"
        default: "\(names[0]), \(names[1]) and \(names.count - 2) more"
        }
    }

    private static func verb(_ kind: TieEvidence.Interaction.Kind) -> String {
        switch kind {
        case .call: "call"
        case .message: "message"
        case .email: "email"
        case .meal: "meal together"
        case .meeting: "meeting"
        case .event: "seen"
        case .met, .other: "met"
        }
    }

    private static func ago(_ days: Int) -> String {
        switch days {
        case ..<1: "today"
        case 1: "yesterday"
        case 2..<60: "\(days) days ago"
        case 60..<730: "\(days / 30) months ago"
        default: "\(days / 365) years ago"
        }
    }
}
