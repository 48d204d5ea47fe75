import ArgumentParser

extension Kith {
    struct Done: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "done",
            abstract: "Mark a commitment kept, whichever way it ran.", discussion: "Example: kith done 12")

        @OptionGroup var commitment: CommitmentClosing

        func run() throws { try commitment.close(as: .done, verb: "Done") }
    }
}
