import ArgumentParser

extension Kith {
    struct Drop: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "drop",
            abstract: "Drop a commitment that no longer stands.", discussion: "Example: kith drop 12")

        @OptionGroup var commitment: CommitmentClosing

        func run() throws { try commitment.close(as: .dropped, verb: "Dropped") }
    }
}
