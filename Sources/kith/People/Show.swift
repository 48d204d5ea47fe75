import ArgumentParser
import KithCore

extension Kith {
    struct Show: ParsableCommand, PagedCommand {
        static let configuration = CommandConfiguration(
            commandName: "show",
            abstract: "Everything about one person: details, ties, interactions, introductions, commitments.")

        @OptionGroup var store: StoreOptions
        @OptionGroup var paging: PagingOptions

        @Argument(help: "The person: part of their name, or #ID.") var person: String
        @Flag(help: "Print JSON.") var json = false

        func run() throws {
            let profile = try PeopleQuery(try store.reading()).profile(person)
            if json { return try JSONOutput.print(profile) }
            print(ProfileView(profile: profile, today: store.today).render())
        }
    }
}
