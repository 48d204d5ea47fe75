import ArgumentParser
import Foundation
import KithCore

extension Kith {
    struct Demo: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "demo",
            abstract: "Walk through Kith on a sample network, printing each command before its output.",
            discussion: """
                Uses a fresh database in a private temporary folder, removed at the end unless --keep; \
                or the database --db names, which is kept.
                """)

        @Option(help: ArgumentHelp("Database for the demo (default: a new temporary file).", valueName: "path"))
        var db: String?
        @Option(parsing: .unconditional, help: "People in the sample network.") var people: Int = 2000
        @Flag(help: "Keep the temporary database afterwards, to try commands on it.") var keep = false

        func run() throws {
            let folder = FileManager.default.temporaryDirectory
                .appendingPathComponent("kith-demo-\(getpid())-\(Int(Date().timeIntervalSince1970))")
            let path = db ?? folder.appendingPathComponent("kith.db").path
            let removing = db == nil && !keep
            // Sample people are still people-shaped data: nothing of the demo stays behind by default.
            defer { if removing { try? FileManager.default.removeItem(at: folder) } }
            print(Terminal.bold("Kith demo") + Terminal.dim(" · database \(path)"))
            try step("A realistic network to play with: organisations, events, two years of history.",
                     ["sample", "--people", String(people), "--seed", "7"], path)
            try step("Tell Kith who you are.", ["me", "--name", "Alex Rivera"], path)
            let query = PeopleQuery(Context(store: try Store.open(at: path, for: .read), today: Day.today()))
            let friends = try Self.uniquelyNamed(query, tag: nil, limit: 60)
            guard friends.count >= 3 else {
                throw KithError.invalid("the sample network is too small for the demo; use --people 200 or more")
            }
            try meetMaya(introducer: friends[0], colleague: friends[1], known: friends[2], path)
            guard let investor = try Self.uniquelyNamed(query, tag: "investor", limit: 40)
                .first(where: { $0.id != friends[0].id })
            else { throw KithError.invalid("the sample network has no investor to introduce; use --people 200 or more") }
            try followUp(introducer: friends[0], colleague: friends[1], investor: investor, path)
            try draw(path)
            print("")
            if removing {
                print(Terminal.dim("# The demo database is removed; 'kith demo --keep' keeps it to try commands on."))
            } else {
                print(Terminal.dim("# The demo database is kept at \(path)."))
                print(Terminal.dim("# Try it yourself: kith show Achterberg --db \(path)  ('kith --help' lists every command)"))
            }
        }

        /// Prints a command as typed, then runs it on the demo's database.
        private func step(_ comment: String, _ arguments: [String], _ path: String) throws {
            print("")
            if !comment.isEmpty { print(Terminal.dim("# " + comment)) }
            print(Terminal.bold("$ kith " + arguments.map(Self.quoted).joined(separator: " ")))
            try Kith.execute(arguments + ["--db", path], paging: false)
        }

        /// The strongest ties (with `tag`) whose names are unique, so that commands read naturally.
        private static func uniquelyNamed(_ query: PeopleQuery, tag: String?, limit: Int) throws -> [PersonListItem] {
            var filter = PersonListFilter()
            filter.tag = tag
            filter.sort = .strength
            filter.limit = limit
            return try query.list(filter).filter { person in (try? query.person(person.name))?.id == person.id }
        }

        /// The first flow: a new contact after an event, everyone else from it, and finding them again.
        private func meetMaya(introducer: PersonListItem, colleague: PersonListItem, known: PersonListItem,
                              _ path: String) throws {
            try step("Home from a meetup: record Maya, where you met, who introduced you, whom she knows, and your promise.",
                     ["add", "Maya Achterberg", "--org", "Tidal Grid", "--title", "Founder", "--email", "maya@tidalgrid.example",
                      "--tag", "climate", "--tag", "founder", "--location", "Berlin",
                      "--note", "Building grid-scale storage; raising a seed round",
                      "--met", "Climate Founders Breakfast", "--on", "yesterday", "--via", introducer.name,
                      "--knows", colleague.name, "--strength", "3", "--follow-up", "send her the deck", "--due", "fri"], path)
            try step("Everyone else from the same breakfast, at once: known names are matched, new ones added.",
                     ["met", "Climate Founders Breakfast", "Jonas Vuorinen", "Priya Natarajan", known.name, "--on", "yesterday"],
                     path)
            try step("A call the next day; part of a name is enough.",
                     ["log", "Achterberg", "--kind", "call", "--note", "walked through the pilot"], path)
            try step("Everything about her in one place.", ["show", "Achterberg"], path)
            try step("Find people by anything you remember: words, prefixes, accents optional.", ["find", "grid", "stor"], path)
            try step("Your strongest ties among investors.", ["list", "--tag", "investor", "--sort", "strength", "--limit", "5"],
                     path)
            try step("Who can introduce you to a seed investor? Each suggestion is a different person you know, with the why.",
                     ["reach", "seed", "investor", "--limit", "3", "--alternatives", "1"], path)
        }

        /// Who knows whom, an introduction and a promise back, then the ledger and the week.
        private func followUp(introducer: PersonListItem, colleague: PersonListItem, investor: PersonListItem,
                              _ path: String) throws {
            try step("Maya and \(colleague.name) know each other well: say so.",
                     ["tie", "Achterberg", colleague.name, "--strength", "4", "--context", "co-founded a climate meetup"], path)
            try step("What Maya needs, and what \(investor.name.split(separator: " ")[0]) can give.",
                     ["need", "Achterberg", "a fintech investor for the seed round", "--at", "Climate Founders Breakfast"], path)
            try step("", ["offer", investor.name, "seed investing in climate and fintech"], path)
            try step("Introductions you could make: whose need meets whose offer, and why.", ["matches", "Achterberg", "--limit", "2"],
                     path)
            let need = try NeedService(Context(store: try Store.open(at: path, for: .read), today: Day.today()))
                .list(.need, of: "Achterberg", openOnly: true).first?.id ?? 0
            try step("You introduce Maya to the investor, for her need; the two are now tied.",
                     ["intro", "Achterberg", investor.name, "--purpose", "seed round", "--need", String(need)], path)
            try step("And \(investor.name.split(separator: " ")[0]) promised you something back.",
                     ["expect", investor.name, "feedback on Maya's deck", "--due", "next week"], path)
            try step("Keep in touch with mentors every 45 days (a person's own cadence wins); a typo first…",
                     ["cadence", "mentor", "4d"], path)
            try step("…taken back exactly: undo reverts the last write command as a whole.", ["undo"], path)
            try step("", ["cadence", "mentor", "45d"], path)
            try step("Who has done what for whom, with \(introducer.name.split(separator: " ")[0]).",
                     ["ledger", introducer.name], path)
            try step("Your week: promises, introductions to follow up, people to call, birthdays.", ["week", "--limit", "5"], path)
            try step("Before your next coffee with Maya: one page on her.", ["brief", "Achterberg"], path)
        }

        /// Ends with two pictures, kept in their own folder (sample people only): SVG when
        /// Graphviz is installed, else DOT and how to draw it.
        private func draw(_ path: String) throws {
            let pictures = FileManager.default.temporaryDirectory.appendingPathComponent("kith-demo-pictures-\(getpid())")
            try FileManager.default.createDirectory(at: pictures, withIntermediateDirectories: true,
                                                    attributes: [.posixPermissions: 0o700])
            let ext = Graphviz.executable == nil ? "dot" : "svg"
            let network = pictures.appendingPathComponent("network.\(ext)").path
            let reach = pictures.appendingPathComponent("reach.\(ext)").path
            try step("A picture of your network: grouped by organisation, coloured by how long since you spoke.",
                     ["graph", "--out", network], path)
            try step("And the answer to \"who can introduce you to a seed investor?\": every route, the best bold, others dashed.",
                     ["graph", "--reach", "seed investor", "--out", reach], path)
            print(Terminal.dim("# The pictures: \(network) and \(reach)"
                               + (ext == "svg" ? " (open them in a browser)" : "; \(Graphviz.install) to draw them as SVG")))
        }

        static func quoted(_ argument: String) -> String {
            argument.contains(where: { $0 == " " || $0 == "'" || $0 == "\"" || $0 == "$" }) || argument.isEmpty
                ? "\"" + argument.replacingOccurrences(of: "\"", with: "\\\"") + "\"" : argument
        }
    }
}
