import ArgumentParser
import Foundation
import KithCore

extension Kith {
    struct Demo: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "demo",
            abstract: "Walk through Kith on a sample network, printing each command before its output.",
            discussion: "Uses a fresh database in a temporary folder unless --db names one.")

        @Option(help: ArgumentHelp("Database for the demo (default: a new temporary file).", valueName: "path"))
        var db: String?
        @Option(help: "People in the sample network.") var people: Int = 2000

        func run() throws {
            let path: String
            if let db {
                path = db
            } else {
                let folder = FileManager.default.temporaryDirectory.appendingPathComponent("kith-demo-\(getpid())-\(Int(Date().timeIntervalSince1970))")
                path = folder.appendingPathComponent("kith.db").path
            }
            func step(_ comment: String, _ arguments: [String]) throws {
                print("")
                print(Terminal.dim("# " + comment))
                print(Terminal.bold("$ kith " + arguments.map(Self.quoted).joined(separator: " ")))
                try Kith.execute(arguments + ["--db", path])
            }

            print(Terminal.bold("Kith demo") + Terminal.dim(" · database \(path)"))
            try step("A realistic network to play with: organisations, events, two years of history.",
                     ["sample", "--people", String(people), "--seed", "7"])
            try step("Tell Kith who you are.", ["me", "--name", "Alex Rivera"])

            // Pick people from the sample whose names are unique, so the commands below read naturally.
            let query = PeopleQuery(Context(store: try Store.open(at: path, create: false), today: Day.today()))
            let friends = try query.list({ var filter = PersonListFilter(); filter.sort = .strength; filter.limit = 60; return filter }())
                .filter { person in (try? query.person(person.name))?.id == person.id }
            guard friends.count >= 3 else { throw KithError.invalid("the sample network is too small for the demo; use --people 200 or more") }
            let introducer = friends[0], colleague = friends[1], known = friends[2]

            try step("Home from a meetup: record Maya, where you met, who introduced you, whom she knows, and your promise.",
                     ["add", "Maya Achterberg", "--org", "Tidal Grid", "--title", "Founder", "--email", "maya@tidalgrid.example",
                      "--tag", "climate", "--tag", "founder", "--location", "Berlin",
                      "--note", "Building grid-scale storage; raising a seed round",
                      "--met", "Climate Founders Breakfast", "--on", "yesterday", "--via", introducer.name,
                      "--knows", colleague.name, "--strength", "3", "--follow-up", "send her the deck", "--due", "fri"])
            try step("Everyone else from the same breakfast, at once: known names are matched, new ones added.",
                     ["met", "Climate Founders Breakfast", "Jonas Vuorinen", "Priya Natarajan", known.name, "--on", "yesterday"])
            try step("A call the next day; part of a name is enough.", ["log", "Achterberg", "--kind", "call", "--note", "walked through the pilot"])
            try step("Everything about her in one place.", ["show", "Achterberg"])
            try step("Find people by anything you remember: words, prefixes, accents optional.", ["find", "grid", "stor"])
            try step("Your strongest ties among investors.", ["list", "--tag", "investor", "--sort", "strength", "--limit", "5"])
            try step("Who can introduce you to a seed investor? Each suggestion is a different person you know, with the why.",
                     ["reach", "seed", "investor", "--limit", "3", "--alternatives", "1"])

            var investors = PersonListFilter()
            investors.tag = "investor"
            investors.sort = .strength
            investors.limit = 40
            guard let investor = try query.list(investors).first(where: { person in
                (try? query.person(person.name))?.id == person.id && person.id != introducer.id
            }) else { throw KithError.invalid("the sample network has no investor to introduce; use --people 200 or more") }
            try step("Maya and \(colleague.name) know each other well: say so.",
                     ["tie", "Achterberg", colleague.name, "--strength", "4", "--context", "co-founded a climate meetup"])
            try step("You introduce Maya to an investor; the two are now tied.",
                     ["intro", "Achterberg", investor.name, "--purpose", "seed round"])
            try step("And \(investor.name.split(separator: " ")[0]) promised you something back.",
                     ["expect", investor.name, "feedback on Maya's deck", "--due", "next week"])
            try step("Keep in touch with mentors every 45 days (a person's own cadence wins).", ["cadence", "mentor", "45d"])
            try step("Who has done what for whom, with \(introducer.name.split(separator: " ")[0]).", ["ledger", introducer.name])
            try step("Your week: promises, introductions to follow up, people to call, birthdays.", ["week", "--limit", "5"])
            print("")
            print(Terminal.dim("# Try it yourself: kith show Achterberg --db \(path)  ('kith --help' lists every command)"))
        }

        static func quoted(_ argument: String) -> String {
            argument.contains(where: { $0 == " " || $0 == "'" || $0 == "\"" || $0 == "$" }) || argument.isEmpty
                ? "\"" + argument.replacingOccurrences(of: "\"", with: "\\\"") + "\"" : argument
        }
    }
}
