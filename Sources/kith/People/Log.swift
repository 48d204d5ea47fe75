import ArgumentParser
import KithCore

extension InteractionKind: ExpressibleByArgument {}

extension Kith {
    struct Log: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "log",
            abstract: "Log a call, message, meal or meeting with one or more people.",
            discussion: "Example: kith log Ana Bruno --kind meal --on yesterday --note \"talked about the seed round\"")

        @OptionGroup var store: StoreOptions

        @Argument(help: "The people it was with.") var people: [String]
        @Option(help: "call, message, email, meal, meeting, event, met or other.") var kind: InteractionKind = .other
        @Option(help: ArgumentHelp("When (default: today).", valueName: "date")) var on: String?
        @Option(help: "What happened.") var note: String?
        @Flag(help: "Print JSON.") var json = false

        func run() throws {
            let date = try store.past(on)
            let logged = try InteractionService(try store.writing())
                .log(kind, with: people, on: date, note: note)
            if json { return try JSONOutput.print(logged) }
            print("Logged \(logged.kind.rawValue) with \(logged.people.map(\.label).joined(separator: ", ")), "
                  + "\(RelativeDay.dated(logged.date, today: store.today)) (interaction #\(logged.id))")
        }
    }
}
