import Foundation
import KithCore

/// A person's profile as text for the terminal.
struct ProfileView {
    let profile: PersonProfile
    let today: Day

    func render() -> String {
        var lines: [String] = []
        let headline = [profile.title, profile.organization].compactMap { $0 }.joined(separator: " at ")
        lines.append(Terminal.bold(profile.name) + Terminal.dim("  #\(profile.id)")
                     + (profile.isSelf ? Terminal.dim("  (you)") : "") + (profile.archived ? Terminal.dim("  archived") : ""))
        let subtitle = [headline.isEmpty ? nil : headline, profile.location].compactMap { $0 }.joined(separator: " · ")
        if !subtitle.isEmpty { lines.append("  " + subtitle) }

        var fields: [(String, String)] = []
        if !profile.tags.isEmpty { fields.append(("tags", profile.tags.joined(separator: ", "))) }
        for (name, entries) in [("email", profile.emails), ("phone", profile.phones), ("link", profile.links)] {
            for entry in entries { fields.append((name, entry.value + (entry.label.map { Terminal.dim(" (\($0))") } ?? ""))) }
        }
        if let howMet = profile.howMet { fields.append(("met", howMet)) }
        if let birthday = profile.birthday { fields.append(("birthday", birthday.description)) }
        var contact: [String] = []
        if let keep = profile.keepInTouch {
            contact.append("every \(Cadence.text(days: keep.cadenceDays))" + (keep.cadenceTag.map { " (\($0))" } ?? ""))
        }
        if let last = profile.lastContact { contact.append("last contact \(RelativeDay.dated(last, today: today))") }
        if let keep = profile.keepInTouch {
            contact.append(keep.daysOverdue > 0 ? Terminal.red("\(keep.daysOverdue) days overdue")
                           : keep.daysOverdue == 0 ? "due today" : "next \(RelativeDay.dated(keep.due, today: today))")
        }
        if !contact.isEmpty { fields.append(("contact", contact.joined(separator: " · "))) }
        if let ledger = profile.ledger, ledger != LedgerLine(person: ledger.person) {
            fields.append(("ledger", LedgerText.sentence(ledger)))
        }
        if let notes = profile.notes {
            fields.append(("notes", notes.split(separator: "\n").joined(separator: "\n            ")))
        }
        for (name, value) in fields {
            lines.append("  " + Terminal.dim(name.padding(toLength: 9, withPad: " ", startingAt: 0)) + " " + value)
        }

        if !profile.ties.isEmpty {
            lines.append("")
            lines.append(Terminal.bold("Ties") + Terminal.dim(" (\(profile.ties.count))"))
            var table = Table("STRENGTH", "PERSON", "CONTEXT", "SINCE", "SOURCE")
            for tie in profile.ties.prefix(25) {
                table.append(Self.strengthBar(tie.strength), tie.person.label, tie.context ?? "",
                             tie.since?.description ?? "", tie.source.rawValue)
            }
            lines.append(table.render(indent: "  "))
            if profile.ties.count > 25 {
                lines.append(Terminal.dim("  … and \(profile.ties.count - 25) more (kith show \(profile.id) --json)"))
            }
        }
        if !profile.mutualConnections.isEmpty {
            let names = profile.mutualConnections.prefix(10).map(\.label).joined(separator: ", ")
            let more = profile.mutualConnections.count > 10 ? " and \(profile.mutualConnections.count - 10) more" : ""
            lines.append("")
            lines.append(Terminal.bold("You both know") + " " + names + more)
        }
        if !profile.interactions.isEmpty {
            lines.append("")
            lines.append(Terminal.bold("Interactions") + Terminal.dim(" (\(profile.interactions.count))"))
            var table = Table("DATE", "KIND", "WHAT")
            for interaction in profile.interactions.prefix(15) {
                var what = [interaction.event.map { "at \($0)" }, interaction.note].compactMap { $0 }
                if !interaction.people.isEmpty { what.append("with " + interaction.people.map(\.name).joined(separator: ", ")) }
                table.append("\(interaction.date) " + Terminal.dim(RelativeDay.phrase(interaction.date, today: today)),
                             interaction.kind.rawValue, what.joined(separator: "; "))
            }
            lines.append(table.render(indent: "  "))
            if profile.interactions.count > 15 {
                lines.append(Terminal.dim("  … and \(profile.interactions.count - 15) earlier"))
            }
        }
        if !profile.introductions.isEmpty {
            lines.append("")
            lines.append(Terminal.bold("Introductions"))
            lines.append(IntroductionText.table(profile.introductions).render(indent: "  "))
        }
        if !profile.commitments.isEmpty {
            lines.append("")
            lines.append(Terminal.bold("Commitments"))
            lines.append(CommitmentText.table(profile.commitments, today: today).render(indent: "  "))
        }
        return lines.joined(separator: "\n")
    }

    /// `●●●○○` for strength 3.
    static func strengthBar(_ strength: Int) -> String {
        Terminal.cyan(String(repeating: "●", count: strength)) + Terminal.dim(String(repeating: "○", count: 5 - strength))
    }
}
