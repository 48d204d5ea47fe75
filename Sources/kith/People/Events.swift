import ArgumentParser
import KithCore

extension Kith {
    struct Events: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "events", abstract: "List events, the latest first, with how many people you met at each.",
            discussion: "Everyone met at one: kith list --met-at NAME")

        @OptionGroup var store: StoreOptions
        @Flag(help: "Print JSON.") var json = false

        func run() throws {
            let events = try InteractionService(try store.reading()).events()
            if json { return try JSONOutput.print(events) }
            guard !events.isEmpty else {
                return print("No events yet; log one with 'kith met EVENT NAME…' or 'kith add NAME --met EVENT'.")
            }
            var table = Table("ID", "DATE", "EVENT", "PEOPLE", rightAligned: [3])
            for event in events {
                table.append("#\(event.id)", event.date?.description ?? "", event.name + (event.place.map { ", \($0)" } ?? ""),
                             String(event.people))
            }
            print(table.render())
        }
    }
}
