import ArgumentParser
import Foundation
import KithCore

@main
struct Kith: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "kith",
        abstract: "A local-first memory of the people you know, who introduced whom, and what you owe.",
        discussion: """
            People are named by any unambiguous part of their name, or by #ID. Dates: 2026-11-21, today, \
            tomorrow, fri, next fri, dec 3, 3 dec 2026, next month, end of month, in 3 days, a week ago, 2w \
            (README's "Dates" says what each means). Every read command takes --json.
            """,
        version: "0.1.0",
        groupedSubcommands: [
            CommandGroup(name: "People", subcommands: [
                Add.self, Met.self, Events.self, Log.self, Interactions.self, InteractionEdit.self, InteractionRemove.self, Show.self,
                Brief.self, List.self, Find.self, Edit.self, Tag.self,
                Remove.self, Forget.self, Me.self,
            ]),
            CommandGroup(name: "Who knows whom", subcommands: [
                Reach.self, Path.self, Graph.self, Tie.self, Untie.self, Ties.self, Intro.self, IntroStatus.self, IntroSnooze.self, Intros.self, Ledger.self,
            ]),
            CommandGroup(name: "Needs and offers", subcommands: [
                Need.self, Offer.self, Needs.self, Offers.self, NeedStatusCommand.self, Matches.self,
            ]),
            CommandGroup(name: "Follow-ups", subcommands: [
                Week.self, Owe.self, Expect.self, Done.self, Drop.self, Snooze.self, Amend.self, Commitments.self,
                Cadence.self,
            ]),
            CommandGroup(name: "Your data", subcommands: [
                Export.self, Import.self, Sync.self, Dupes.self, Merge.self, Undo.self, Backup.self, Check.self, Migrate.self,
            ]),
            CommandGroup(name: "Try it", subcommands: [Sample.self, Demo.self]),
        ]
    )

    /// Runs `arguments` as one kith command line, or the process's own when nil; long output
    /// goes through a pager on a terminal unless `paging` is false (the demo's steps).
    static func execute(_ arguments: [String]? = nil, paging: Bool = true) throws {
        let given = arguments ?? Array(CommandLine.arguments.dropFirst())
        var command = try parseDirectly(given) ?? parseAsRoot(arguments)
        let pager = paging ? Pager.start(for: command) : nil
        defer { pager?.finish() }
        try Invocation.$arguments.withValue(given) {
            try command.run()
        }
    }

    /// The command `arguments` name, parsed as that command alone: parsing from the root builds
    /// and checks every command's arguments, most of a small command's start-up. Anything the
    /// command alone does not accept as it is (help, a mistake, the version, a completion script)
    /// is left to the root, so that what is printed is exactly what the root prints.
    static func parseDirectly(_ arguments: [String]) -> (any ParsableCommand)? {
        guard let name = arguments.first, !name.hasPrefix("-"),
              let type = configuration.subcommands.first(where: { $0._commandName == name || $0.configuration.aliases.contains(name) })
        else { return nil }
        let rest = Array(arguments.dropFirst())
        // Asked for help or completions: the root words them with the command's full name.
        guard !rest.contains(where: { ["-h", "--help", "-help", "--experimental-dump-help"].contains($0) }) else { return nil }
        return try? parse(type, rest)
    }

    private static func parse<Command: ParsableCommand>(_ type: Command.Type, _ arguments: [String]) throws -> any ParsableCommand {
        try type.parse(arguments)
    }

    static func main() {
        // The version, without parsing any command.
        if Array(CommandLine.arguments.dropFirst()) == ["--version"], !configuration.version.isEmpty {
            print(configuration.version)
            return
        }
        do {
            try execute()
        } catch let error as KithError {
            Terminal.printError("kith: error: \(error.message)")
            Foundation.exit(error.exitCode)
        } catch {
            let code = exitCode(for: error)
            guard code != .success else {
                let text = fullMessage(for: error, columns: HelpText.unwrapped)
                // Only help is laid out for a width; a completion script, the version and the JSON
                // the manual page is made from are printed byte for byte.
                let isHelp = text != fullMessage(for: error, columns: 40)
                print(isHelp ? HelpText.wrapped(text, to: Terminal.columns ?? 80) : text)
                Foundation.exit(0)
            }
            // argument-parser's own complaint about the command line, in kith's error format: one
            // line, then one that says where the usage is (its usage block runs to many lines).
            Terminal.printError("kith: error: \(message(for: error))")
            let pointer = fullMessage(for: error).split(separator: "\n").last { $0.contains("--help") }
            if let pointer { Terminal.printError(pointer.trimmingBlanks()) }
            Foundation.exit(code.rawValue)
        }
    }
}
