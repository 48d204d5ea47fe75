import ArgumentParser
import KithCore

extension Kith {
    struct Cadence: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "cadence",
            abstract: "Keep in touch with everyone tagged TAG every so often; with no arguments, list the tags.",
            discussion: """
                Examples:
                  kith cadence mentor 60d       every mentor every 60 days
                  kith cadence mentor none      no cadence for mentors
                A person's own cadence (kith edit PERSON --cadence 30d) wins; otherwise the shortest of \
                their tags' applies. The clock runs from the last interaction of any kind.
                """)

        @OptionGroup var store: StoreOptions

        @Argument(help: "The tag.") var tag: String?
        @Argument(help: ArgumentHelp("How often: 30d, 2w, 3m, 1y, or none.", valueName: "every")) var every: String?
        @Flag(help: "Print JSON.") var json = false

        func validate() throws {
            if let tag, every == nil {
                throw ValidationError("say how often, such as 'kith cadence \(tag) 60d' (or 'none' to clear it)")
            }
        }

        func run() throws {
            guard let tag, let every else { return try list() }
            let days = ["none", "off"].contains(every.lowercased()) ? nil : try KithCore.Cadence.days(from: every)
            let summary = try TagService(try store.writing()).setCadence(tag, days: days)
            if json { return try JSONOutput.print(summary) }
            let people = "\(summary.people) \(summary.people == 1 ? "person" : "people")"
            print(summary.cadenceDays.map { "Keep in touch with \(summary.name) (\(people)) every \(KithCore.Cadence.text(days: $0))." }
                  ?? "No cadence for \(summary.name) (\(people)) any more.")
        }

        private func list() throws {
            let tags = try TagService(try store.reading()).tags()
            if json { return try JSONOutput.print(tags) }
            guard !tags.isEmpty else { return print("No tags yet; tag people with 'kith tag PERSON +TAG'.") }
            var table = Table("TAG", "PEOPLE", "EVERY", rightAligned: [1])
            for tag in tags {
                table.append(tag.name, String(tag.people), tag.cadenceDays.map { KithCore.Cadence.text(days: $0) } ?? "")
            }
            print(table.render())
        }
    }
}
