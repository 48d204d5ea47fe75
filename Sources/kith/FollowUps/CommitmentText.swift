import KithCore

/// Commitments in words and tables.
enum CommitmentText {
    /// `you owe Ana Silva` or `Ana Silva owes you`.
    static func direction(_ commitment: CommitmentEntry) -> String {
        commitment.owedByMe ? "you owe \(commitment.person.label)" : "\(commitment.person.label) owes you"
    }

    /// `2026-11-27 (in 6 days)`, red when an open one is overdue.
    static func due(_ commitment: CommitmentEntry, today: Day) -> String {
        guard let due = commitment.due else { return "" }
        let text = RelativeDay.dated(due, today: today)
        return commitment.status == .open && due < today ? Terminal.red(text) : text
    }

    /// `Commitment #12: you owe Ana Silva (#2): send the deck, due 2026-11-27 (in 6 days)`.
    static func line(_ commitment: CommitmentEntry, today: Day) -> String {
        "Commitment #\(commitment.id): \(direction(commitment)): \(commitment.what)"
            + (commitment.due.map { ", due \(RelativeDay.dated($0, today: today))" } ?? "")
    }

    static func table(_ commitments: [CommitmentEntry], today: Day) -> Table {
        var table = Table("ID", "WHO", "WHAT", "DUE", "STATUS")
        for commitment in commitments {
            table.append("#\(commitment.id)", direction(commitment), commitment.what, due(commitment, today: today),
                         commitment.status.rawValue)
        }
        return table
    }
}
