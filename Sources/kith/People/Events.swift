import ArgumentParser
import KithCore

extension Kith {
    struct Events: ParsableCommand, PagedCommand {
        static let configuration = CommandConfiguration(
            commandName: "events", abstract: "List events, the latest first, with how many people you met at each.",
            discussion: "Everyone met at one: kith list --met-at NAME")

        @OptionGroup var store: StoreOptions
        @OptionGroup var paging: PagingOptions
        @Argument(help: "One event, by #ID or part of its name: everyone you met there.") var event: String?
        @Flag(help: "Print JSON.") var json = false

        func run() throws {
            if let event { return try show(event) }
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

        private func show(_ reference: String) throws {
            let detail = try InteractionService(try store.reading()).event(reference)
            if json { return try JSONOutput.print(detail) }
            let event = detail.event
            print(Terminal.bold(event.name) + Terminal.dim("  #\(event.id)")
                  + (event.date.map { ", " + RelativeDay.dated($0, today: store.today) } ?? "") + (event.place.map { ", \($0)" } ?? ""))
            for person in detail.people { print("  " + person.label + (person.organization.map { Terminal.dim(", \($0)") } ?? "")) }
        }
    }
}
