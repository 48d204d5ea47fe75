import ArgumentParser

extension Kith {
    struct Expect: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "expect",
            abstract: "Record something someone promised you.",
            discussion: "Example: kith expect Bruno his investor list --due next week")

        @OptionGroup var promise: PromiseOptions

        func run() throws { try promise.record(owedByMe: false) }
    }
}
