import ArgumentParser

extension Kith {
    struct Done: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "done",
            abstract: "Mark a commitment kept, whichever way it ran.", discussion: "Example: kith done 12 --on yesterday")

        @OptionGroup var commitment: CommitmentClosing
        @Option(help: ArgumentHelp("When it was done (default: today).", valueName: "date")) var on: String?

        func run() throws { try commitment.close(as: .done, verb: "Done", on: on) }
    }
}
