import Foundation
import KithCore

/// A person's profile as text for the terminal: a heading, their details, then a section per
/// part of the relationship.
struct ProfileView {
    let profile: PersonProfile
    let today: Day

    func render() -> String {
        var sections = [heading() + fields()]
        sections += [ties(), mutualConnections(), interactions(), introductions(), commitments(), needs()].filter { !$0.isEmpty }
        return sections.map { $0.joined(separator: "\n") }.joined(separator: "\n\n")
    }

    /// Name and id, then what they do and where.
    private func heading() -> [String] {
        var lines = [Terminal.bold(profile.name) + Terminal.dim("  #\(profile.id)")
                     + (profile.isSelf ? Terminal.dim("  (you)") : "") + (profile.archived ? Terminal.dim("  archived") : "")]
        let headline = [profile.title, profile.organization].compactMap { $0 }.joined(separator: " at ")
        let subtitle = [headline.isEmpty ? nil : headline, profile.location].compactMap { $0 }.joined(separator: " · ")
        if !subtitle.isEmpty { lines.append("  " + subtitle) }
        return lines
    }

    /// Tags, addresses, how we met, birthday, keeping in touch, the ledger and the notes.
    private func fields() -> [String] {
        var fields: [(String, String)] = []
        if !profile.tags.isEmpty { fields.append(("tags", profile.tags.joined(separator: ", "))) }
        for (name, entries) in [("email", profile.emails), ("phone", profile.phones), ("link", profile.links)] {
            for entry in entries { fields.append((name, entry.value + (entry.label.map { Terminal.dim(" (\($0))") } ?? ""))) }
        }
        if let howMet = profile.howMet { fields.append(("met", howMet)) }
        if let birthday = profile.birthday { fields.append(("birthday", birthday.description)) }
        let contact = self.contact()
        if !contact.isEmpty { fields.append(("contact", contact)) }
        if let ledger = profile.ledger, ledger != LedgerLine(person: ledger.person) {
            fields.append(("ledger", LedgerText.sentence(ledger)))
        }
        if let notes = profile.notes {
            fields.append(("notes", notes.split(separator: "\n").joined(separator: "\n            ")))
        }
        return fields.map { name, value in
            "  " + Terminal.dim(name.padding(toLength: 9, withPad: " ", startingAt: 0)) + " " + value
        }
    }

    /// `every 30d (friend) · last contact … · 3 days overdue`.
    private func contact() -> String {
        var contact: [String] = []
        let keep = profile.keepInTouch
        if let keep { contact.append("every \(Cadence.text(days: keep.cadenceDays))" + (keep.cadenceTag.map { " (\($0))" } ?? "")) }
        if let last = profile.lastContact { contact.append("last contact \(RelativeDay.dated(last, today: today))") }
        if let keep {
            contact.append(keep.daysOverdue > 0 ? Terminal.red("\(keep.daysOverdue) days overdue")
                           : keep.daysOverdue == 0 ? "due today" : "next \(RelativeDay.dated(keep.due, today: today))")
        }
        return contact.joined(separator: " · ")
    }

    private func ties() -> [String] {
        guard !profile.ties.isEmpty else { return [] }
        var table = Table("STRENGTH", "PERSON", "CONTEXT", "SINCE", "SOURCE")
        for tie in profile.ties.prefix(25) {
            table.append(Self.strengthBar(tie.strength), tie.person.label, tie.context ?? "",
                         tie.since?.description ?? "", tie.source.rawValue)
        }
        var lines = [Terminal.bold("Ties") + Terminal.dim(" (\(profile.ties.count))"), table.render(indent: "  ")]
        if profile.ties.count > 25 {
            lines.append(Terminal.dim("  … and \(profile.ties.count - 25) more (kith show \(profile.id) --json)"))
        }
        return lines
    }

    private func mutualConnections() -> [String] {
        let mutual = profile.mutualConnections
        guard !mutual.isEmpty else { return [] }
        let more = mutual.count > 10 ? " and \(mutual.count - 10) more" : ""
        return [Terminal.bold("You both know") + " " + mutual.prefix(10).map(\.label).joined(separator: ", ") + more]
    }

    private func interactions() -> [String] {
        guard !profile.interactions.isEmpty else { return [] }
        var table = Table("DATE", "KIND", "WHAT")
        for interaction in profile.interactions.prefix(15) {
            var what = [interaction.event.map { "at \($0)" }, interaction.note].compactMap { $0 }
            if !interaction.people.isEmpty { what.append("with " + interaction.people.map(\.name).joined(separator: ", ")) }
            table.append("\(interaction.date) " + Terminal.dim(RelativeDay.phrase(interaction.date, today: today)),
                         interaction.kind.rawValue, what.joined(separator: "; "))
        }
        var lines = [Terminal.bold("Interactions") + Terminal.dim(" (\(profile.interactions.count))"),
                     table.render(indent: "  ")]
        if profile.interactions.count > 15 {
            lines.append(Terminal.dim("  … and \(profile.interactions.count - 15) earlier"))
        }
        return lines
    }

    private func introductions() -> [String] {
        guard !profile.introductions.isEmpty else { return [] }
        return [Terminal.bold("Introductions"), IntroductionText.table(profile.introductions).render(indent: "  ")]
    }

    private func commitments() -> [String] {
        guard !profile.commitments.isEmpty else { return [] }
        return [Terminal.bold("Commitments"), CommitmentText.table(profile.commitments, today: today).render(indent: "  ")]
    }

    private func needs() -> [String] {
        guard !profile.needs.isEmpty else { return [] }
        return [Terminal.bold("Needs and offers") + Terminal.dim(" (open)"),
                NeedText.table(profile.needs, today: today, showingWho: false).render(indent: "  ")]
    }

    /// `●●●○○` for strength 3.
    static func strengthBar(_ strength: Int) -> String {
        Terminal.cyan(String(repeating: "●", count: strength)) + Terminal.dim(String(repeating: "○", count: 5 - strength))
    }
}
