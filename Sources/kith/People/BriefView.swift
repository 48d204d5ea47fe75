import Foundation
import KithCore

/// A brief as sections of lines, written for the terminal or as Markdown.
struct BriefView {
    struct Section {
        var title: String
        var lines: [String]
    }

    let brief: PersonBrief
    let today: Day

    var sections: [Section] {
        [about(), tie(), interactions(), needs(), promises(), ledger(), mutual(), couldIntroduce(), theyCouldHelp(),
         inProgress(), questions()].filter { !$0.lines.isEmpty }
    }

    var title: String {
        let profile = brief.profile
        return "Brief: \(profile.name) (#\(profile.id))"
    }

    func text() -> String {
        ([Terminal.bold(title)] + sections.map { section in
            "\n" + Terminal.bold(section.title) + "\n"
                + section.lines.flatMap { Self.wrapped(Terminal.visible($0), width: 78) }.joined(separator: "\n")
        }).joined(separator: "\n")
    }

    func markdown() -> String {
        (["# \(Self.escaped(title))"] + sections.map { section in
            "\n## \(section.title)\n\n" + section.lines.map { "- " + Self.escaped($0) }.joined(separator: "\n")
        }).joined(separator: "\n") + "\n"
    }

    /// `text` in lines of at most `width` columns, broken between words, indented by two and its
    /// continuations by four (a word longer than a line stays whole).
    static func wrapped(_ text: String, width: Int) -> [String] {
        var lines: [String] = []
        var line = "  "
        for word in text.split(separator: " ", omittingEmptySubsequences: false) {
            let candidate = line.hasSuffix(" ") && line.trimmingCharacters(in: .whitespaces).isEmpty ? line + word : line + " " + word
            if Terminal.width(candidate) > width, !line.trimmingCharacters(in: .whitespaces).isEmpty {
                lines.append(line)
                line = "    " + word
            } else {
                line = candidate
            }
        }
        lines.append(line)
        return lines
    }

    private static let backslash: Character = "\u{5C}"

    /// Markdown's own characters in data shown as themselves.
    static func escaped(_ text: String) -> String {
        var result = ""
        for character in Terminal.visible(text) {
            if "\\`*_[]<>|".contains(character) { result.append(Self.backslash) }
            result.append(character)
        }
        return result
    }

    private func about() -> Section {
        let profile = brief.profile
        var lines: [String] = []
        let headline = [profile.title, profile.organization].compactMap { $0 }.joined(separator: " at ")
        if !headline.isEmpty { lines.append(headline + (profile.location.map { ", \($0)" } ?? "")) }
        if let howMet = profile.howMet { lines.append("met: \(howMet)") }
        lines.append("in kith since \(profile.createdAt.day)"
                     + (profile.lastContact.map { "; last contact \(RelativeDay.dated($0, today: today))" } ?? "; nothing logged"))
        if !profile.tags.isEmpty { lines.append("tags: " + profile.tags.joined(separator: ", ")) }
        if let notes = profile.notes { lines.append("notes: " + notes.replacingOccurrences(of: "\n", with: " / ")) }
        return Section(title: "Who they are", lines: lines)
    }

    private func tie() -> Section {
        guard let tie = brief.tie else {
            return Section(title: "Your tie", lines: ["no tie to you yet: kith tie me '#\(brief.profile.id)' --strength N"])
        }
        return Section(title: "Your tie", lines: [
            "strength \(tie.strength)/5; reach weighs it \(String(format: "%.2f", tie.weight))"
                + (tie.why.isEmpty ? "" : ": " + tie.why.joined(separator: "; ")),
        ])
    }

    private func interactions() -> Section {
        Section(title: "Last interactions", lines: brief.profile.interactions.prefix(5).map { interaction in
            let what = [interaction.event.map { "at \($0)" }, interaction.note].compactMap { $0 }.joined(separator: "; ")
            return "\(RelativeDay.dated(interaction.date, today: today)) \(interaction.kind.rawValue)" + (what.isEmpty ? "" : ": \(what)")
        })
    }

    private func needs() -> Section {
        Section(title: "What they need and offer", lines: brief.profile.needs.map { need in
            "\(need.kind.rawValue)s: \(need.what) (#\(need.id), said \(RelativeDay.dated(need.saidOn, today: today)))"
        })
    }

    private func promises() -> Section {
        let open = brief.profile.commitments.filter { $0.status == .open }
            .sorted { first, second in
                // Overdue first, then by due date; undated last.
                switch (first.due, second.due) {
                case let (a?, b?): return (a, first.id) < (b, second.id)
                case (nil, nil): return first.id < second.id
                case (_?, nil): return true
                case (nil, _?): return false
                }
            }
        return Section(title: "Promises", lines: open.map { commitment in
            let overdue = commitment.due.map { $0 < today } ?? false
            return (overdue ? "overdue: " : "") + (commitment.owedByMe ? "you owe: " : "they owe you: ") + commitment.what
                + (commitment.due.map { ", due \(RelativeDay.dated($0, today: today))" } ?? "") + " (#\(commitment.id))"
        })
    }

    private func ledger() -> Section {
        guard let line = brief.profile.ledger, line != LedgerLine(person: line.person) else { return Section(title: "Ledger", lines: []) }
        return Section(title: "Ledger", lines: [Terminal.plain(LedgerText.sentence(line))])
    }

    private func mutual() -> Section {
        let people = brief.profile.mutualConnections
        guard !people.isEmpty else { return Section(title: "People you both know", lines: []) }
        let shown = people.prefix(12).map(\.name).joined(separator: ", ")
        return Section(title: "People you both know", lines: [shown + (people.count > 12 ? " and \(people.count - 12) more" : "")])
    }

    private func couldIntroduce() -> Section {
        Section(title: "Introductions you could make for them", lines: brief.couldIntroduceThem.map { match in
            "for “\(match.need.what)”: \(match.offer.person.label) offers “\(match.offer.what)” "
                + "(\(Int((match.score * 100).rounded()))%): kith intro '#\(match.need.person.id)' '#\(match.offer.person.id)' "
                + "--status offered --need \(match.need.id)"
        })
    }

    private func theyCouldHelp() -> Section {
        let id = brief.profile.id
        return Section(title: "What they could do for your needs", lines: brief.theyCouldHelp.map { match in
            let who = match.offer.person.id == id ? "they offer" : "\(match.offer.person.label), whom they know, offers"
            return "your need “\(match.need.what)” (#\(match.need.id)): \(who) “\(match.offer.what)”"
        })
    }

    private func inProgress() -> Section {
        Section(title: "Introductions in progress", lines: brief.inProgress.map { introduction in
            "#\(introduction.id) \(IntroductionText.phrase(introduction)), \(introduction.status.rawValue) "
                + RelativeDay.phrase(introduction.date, today: today)
                + (introduction.status == .made ? ", no outcome yet" : ", no answer yet")
        })
    }

    private func questions() -> Section {
        Section(title: "Open questions", lines: brief.stillTrue.map { need in
            "still true? needs “\(need.what)” (said \(RelativeDay.dated(need.saidOn, today: today))): "
                + "kith need-status \(need.id) --met or --dropped"
        })
    }
}
