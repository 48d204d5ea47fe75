import GRDB
import KithGraph

/// One page to read before meeting someone (`kith brief`): everything in their profile, and
/// what to do with it: why our tie weighs what it does, the introductions I could make for them
/// and they for me, what is in progress, and what may no longer be true.
public struct PersonBrief: Codable, Equatable, Sendable {
    /// My tie to them as reach weighs it.
    public struct Tie: Codable, Equatable, Sendable {
        public var strength: Int
        public var weight: Double
        public var why: [String]
    }

    public var profile: PersonProfile
    public var tie: Tie?
    /// Introductions I could make for their open needs.
    public var couldIntroduceThem: [NeedMatch]
    /// My open needs that they, or someone they know, offer to meet.
    public var theyCouldHelp: [NeedMatch]
    /// Introductions involving them that wait on someone: asked for, offered, or made with no outcome.
    public var inProgress: [IntroductionEntry]
    /// Their open needs said more than `PersonBrief.stillTrueDays` days ago: worth asking.
    public var stillTrue: [NeedEntry]

    /// A need unconfirmed for this long is a question to ask.
    public static let stillTrueDays = 180

    enum CodingKeys: String, CodingKey {
        case profile, tie, couldIntroduceThem = "could_introduce_them", theyCouldHelp = "they_could_help"
        case inProgress = "in_progress", stillTrue = "still_true"
    }
}

extension PersonBrief {
    static func read(_ id: Int64, today: Day, in db: Database) throws -> PersonBrief {
        let me = try PersonResolver(db: db).me().id
        guard id != me else { throw KithError.invalid("a brief is about someone else; name them") }
        let profile = try ProfileReader(db: db, id: id, today: today).read()
        let tie = try ReachNetworkLoader.myTie(with: id, me: me, today: today, in: db).map { evidence in
            Tie(strength: evidence.strength ?? 0, weight: TieModel.weight(evidence), why: TieModel.reasons(evidence))
        }
        // One finder for both ways: my ties, the open offers and introductions are read once.
        var finder = try MatchFinder(db: db, today: today)
        let theirs = try finder.matches(for: try finder.openNeeds(of: id), limit: 5).matches
        let reach = Set(profile.ties.map(\.person.id)).union([id])
        let forMe = try finder.matches(for: try finder.openNeeds(of: me), limit: 5) { reach.contains($0.offer.person) }.matches
        let waiting = profile.introductions.filter { introduction in
            introduction.status == .requested || introduction.status == .offered
                || (introduction.status == .made && introduction.outcome == nil)
        }
        return PersonBrief(
            profile: profile, tie: tie, couldIntroduceThem: theirs, theyCouldHelp: forMe,
            inProgress: waiting,
            stillTrue: profile.needs.filter { $0.kind == .need && $0.age(on: today) > stillTrueDays })
    }
}
