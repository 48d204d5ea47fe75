import ArgumentParser
import KithCore

extension Kith {
    struct Me: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "me",
            abstract: "Show yourself, or set your name.",
            discussion: "Every database has exactly one 'me'. Name yourself 'me' anywhere a person is expected.")

        @OptionGroup var store: StoreOptions

        @Option(help: "Your name.")
        var name: String?

        @Flag(help: "Print JSON.")
        var json = false

        func run() throws {
            if let name {
                let me = try PeopleService(try store.writing()).rename(me: name)
                if json { return try JSONOutput.print(me) }
                print("You are now \(Terminal.bold(me.name)) (#\(me.id)).")
            } else {
                let profile = try PeopleQuery(try store.reading()).profile("me")
                if json { return try JSONOutput.print(profile) }
                print(ProfileView(profile: profile, today: store.today).render())
            }
        }
    }
}
