import ArgumentParser
import KithCore

extension Kith {
    struct Ledger: ParsableCommand, PagedCommand {
        static let configuration = CommandConfiguration(
            commandName: "ledger",
            abstract: "The reciprocity ledger: introductions and kept promises each way, and the balance.",
            discussion: """
                Balance = introductions you made for them + promises you kept to them
                        − introductions they made for you − promises they kept to you.
                Below zero you owe them a favour; the people you owe most come first.
                """)

        @OptionGroup var store: StoreOptions
        @OptionGroup var paging: PagingOptions

        @Argument(help: "Only this person.") var person: String?
        @Flag(help: "Print JSON.") var json = false

        func run() throws {
            let lines = try LedgerQuery(try store.reading()).lines(for: person)
            if json { return try JSONOutput.print(lines) }
            guard !lines.isEmpty else {
                return print("The ledger is empty: record introductions with 'kith intro' and promises with 'kith owe'.")
            }
            var table = Table("PERSON", "YOU INTRODUCED", "THEY INTRODUCED", "YOU KEPT", "THEY KEPT", "OPEN", "BALANCE",
                              rightAligned: [1, 2, 3, 4, 6])
            for line in lines {
                table.append(line.person.label, LedgerText.given(line), String(line.introductionsReceived),
                             String(line.keptByMe), String(line.keptByThem), LedgerText.open(line), LedgerText.balance(line))
            }
            print(table.render())
            if lines.contains(where: { $0.introductionsFromMatches > 0 }) {
                print(Terminal.dim("\n(n*): n of them made for someone's need, from kith matches"))
            }
        }
    }
}
