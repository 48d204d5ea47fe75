import ArgumentParser
import Foundation
import KithCore

extension Kith {
    struct Matches: ParsableCommand, PagedCommand {
        static let configuration = CommandConfiguration(
            commandName: "matches",
            abstract: "Introductions you could make: one person's open need met by another's open offer.",
            discussion: """
                Ranked by how well the offer meets the need, your ties to both, how fresh both are, and \
                whether the two already know each other. Each ends with the command that records it.
                Example: kith matches Ana
                """)

        @OptionGroup var store: StoreOptions
        @OptionGroup var paging: PagingOptions

        @Argument(help: "Only matches that would help this person, or where they could help.") var person: String?
        @Option(help: "How many to show.") var limit = 10
        @Flag(help: "Print JSON.") var json = false

        func run() throws {
            let found = try MatchQuery(try store.reading()).matches(for: person, limit: limit)
            if json { return try JSONOutput.print(found) }
            guard !found.matches.isEmpty else {
                return print("No open need meets an open offer"
                             + (found.alreadyIntroduced > 0 ? " that you have not introduced already" : "")
                             + "; record them with 'kith need PERSON WHAT' and 'kith offer PERSON WHAT'.")
            }
            print(found.matches.enumerated().map { MatchText.block($1, rank: $0 + 1) }.joined(separator: "\n\n"))
            var footer: [String] = []
            if found.total > found.matches.count { footer.append("\(found.total - found.matches.count) more: --limit \(found.total)") }
            if found.alreadyIntroduced > 0 { footer.append("\(found.alreadyIntroduced) left out: already introduced") }
            if !footer.isEmpty { print("\n" + Terminal.dim(footer.joined(separator: " · "))) }
        }
    }
}

/// A match in words: who needs what, who offers it, why, what to be honest about, and the
/// command that records the introduction.
enum MatchText {
    static func block(_ match: NeedMatch, rank: Int) -> String {
        let need = match.need, offer = match.offer
        var lines = [
            "\(rank). \(Terminal.bold(need.person.label)) needs “\(Terminal.visible(need.what))”  "
                + Terminal.cyan("\(Int((match.score * 100).rounded()))%"),
            "   \(Terminal.bold(offer.person.label)) offers “\(Terminal.visible(offer.what))”",
            "   " + Terminal.dim(why(match)),
        ]
        if let tie = match.theirTie { lines.append(Terminal.yellow("   ! they already know each other (tie \(tie)/5)")) }
        for (person, owed) in [(need.person, match.owedToNeed), (offer.person, match.owedToOffer)] where owed.open > 0 {
            let overdue = owed.overdue > 0 ? ", \(owed.overdue) overdue" : ""
            lines.append(Terminal.yellow("   ! you owe \(person.name) \(owed.open) promise\(owed.open == 1 ? "" : "s")\(overdue)"))
        }
        lines.append("   kith intro '#\(need.person.id)' '#\(offer.person.id)' --status offered --need \(need.id) --purpose "
                     + shellQuoted(need.what))
        return lines.joined(separator: "\n")
    }

    /// `meets 2 of 2 words (fintech, investor) · your ties 3/5 and none · said 12 and 40 days ago`.
    static func why(_ match: NeedMatch) -> String {
        func tie(_ strength: Int?) -> String { strength.map { "\($0)/5" } ?? "none" }
        return "meets \(match.wordsMet.count) of \(match.wordsOfNeed) word\(match.wordsOfNeed == 1 ? "" : "s")"
            + (match.wordsMet.isEmpty ? "" : " (\(match.wordsMet.joined(separator: ", ")))")
            + " · your ties \(tie(match.myStrengthToNeed)) and \(tie(match.myStrengthToOffer))"
            + " · said \(match.need.saidOn) and \(match.offer.saidOn)"
    }

    /// Single quotes for a shell, with any single quote inside written as '\''.
    static func shellQuoted(_ text: String) -> String {
        "'" + Terminal.visible(text).replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
