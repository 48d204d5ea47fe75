import ArgumentParser
import KithCore

struct Ledger: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ledger",
        abstract: "The reciprocity ledger: introductions and kept promises each way, and the balance.",
        discussion: """
            Balance = introductions you made for them + promises you kept to them
                    − introductions they made for you − promises they kept to you.
            Below zero you owe them a favour; the people you owe most come first.
            """)

    @OptionGroup var store: StoreOptions

    @Argument(help: "Only this person.") var person: String?
    @Flag(help: "Print JSON.") var json = false

    func run() throws {
        let lines = try LedgerQuery(store: try store.reading(), today: store.today).lines(for: person)
        if json { return try JSONOutput.print(lines) }
        guard !lines.isEmpty else {
            return print("The ledger is empty: record introductions with 'kith intro' and promises with 'kith owe'.")
        }
        var table = Table("PERSON", "YOU INTRODUCED", "THEY INTRODUCED", "YOU KEPT", "THEY KEPT", "OPEN", "BALANCE",
                          rightAligned: [1, 2, 3, 4, 6])
        for line in lines {
            table.append(line.person.label, String(line.introductionsGiven), String(line.introductionsReceived),
                         String(line.keptByMe), String(line.keptByThem), Self.open(line), Self.balance(line))
        }
        print(table.render())
    }

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

    /// `+2`, `0`, `-1`, colored by who owes whom.
    static func balance(_ line: LedgerLine) -> String {
        line.balance > 0 ? Terminal.green("+\(line.balance)") : line.balance < 0 ? Terminal.yellow("\(line.balance)") : "0"
    }

    /// One sentence for a profile: `you introduced them 2×, they introduced you 1×; …`.
    static func sentence(_ line: LedgerLine) -> String {
        var parts = ["you introduced them \(line.introductionsGiven)×, they introduced you \(line.introductionsReceived)×",
                     "you kept \(line.keptByMe), they kept \(line.keptByThem)"]
        let open = open(line)
        if !open.isEmpty { parts.append("open: " + open) }
        let standing = line.balance > 0 ? "they owe you" : line.balance < 0 ? "you owe them" : "even"
        parts.append("balance \(balance(line)) (\(standing))")
        return parts.joined(separator: "; ")
    }
}
