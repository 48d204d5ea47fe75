import KithCore

/// The reciprocity ledger in words, for `kith ledger` and a person's profile.
enum LedgerText {
    /// `2 yours (1 overdue), 1 theirs`.
    static func open(_ line: LedgerLine) -> String {
        var parts: [String] = []
        if line.openByMe > 0 {
            parts.append("\(line.openByMe) yours" + (line.overdueByMe > 0 ? Terminal.red(" (\(line.overdueByMe) overdue)") : ""))
        }
        if line.openByThem > 0 { parts.append("\(line.openByThem) theirs") }
        if line.introductionsAsked > 0 { parts.append("\(line.introductionsAsked) asked") }
        return parts.joined(separator: ", ")
    }

    /// `3`, or `3 (1*)` when one of them answered a need: made from a match.
    static func given(_ line: LedgerLine) -> String {
        "\(line.introductionsGiven)" + (line.introductionsFromMatches > 0 ? " (\(line.introductionsFromMatches)*)" : "")
    }

    /// `+2`, `0`, `-1`, colored by who owes whom.
    static func balance(_ line: LedgerLine) -> String {
        line.balance > 0 ? Terminal.green("+\(line.balance)") : line.balance < 0 ? Terminal.yellow("\(line.balance)") : "0"
    }

    /// One sentence for a profile: `you introduced them 2×, they introduced you 1×; …`.
    static func sentence(_ line: LedgerLine) -> String {
        let matched = line.introductionsFromMatches > 0 ? " (\(line.introductionsFromMatches) for a need)" : ""
        var parts = ["you introduced them \(line.introductionsGiven)×\(matched), they introduced you \(line.introductionsReceived)×",
                     "you kept \(line.keptByMe), they kept \(line.keptByThem)"]
        let open = open(line)
        if !open.isEmpty { parts.append("open: " + open) }
        let standing = line.balance > 0 ? "they owe you" : line.balance < 0 ? "you owe them" : "even"
        parts.append("balance \(balance(line)) (\(standing))")
        return parts.joined(separator: "; ")
    }
}
