import ArgumentParser
import KithCore

extension PersonListFilter.Sort: ExpressibleByArgument {}

extension Kith {
    struct List: ParsableCommand, PagedCommand {
        static let configuration = CommandConfiguration(
            commandName: "list",
            abstract: "List people, filtered by tag, organisation or event.",
            discussion: "Example: kith list --tag investor --sort strength --limit 10")

        @OptionGroup var store: StoreOptions
        @OptionGroup var paging: PagingOptions

        @Option(help: "Only people with this tag.") var tag: String?
        @Option(name: .customLong("org"), help: "Only people whose organisation contains this.") var organization: String?
        @Option(name: .customLong("met-at"), help: ArgumentHelp("Only people met or seen at this event.", valueName: "event"))
        var metAt: String?
        @Option(help: "name, recent or strength.") var sort: PersonListFilter.Sort = .name
        @Option(parsing: .unconditional, help: "At most this many.") var limit: Int?
        @Flag(help: "Include archived people.") var archived = false
        @Flag(help: "Print JSON.") var json = false


        func run() throws {
            var filter = PersonListFilter()
            filter.tag = tag
            filter.organization = organization
            filter.metAt = metAt
            filter.sort = sort
            filter.limit = limit
            filter.includeArchived = archived
            let people = try PeopleQuery(try store.reading()).list(filter)
            if json { return try JSONOutput.print(people) }
            print(PeopleTable.render(people, today: store.today))
        }
    }
}
