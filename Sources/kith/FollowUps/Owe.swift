import ArgumentParser

extension Kith {
    struct Owe: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "owe",
            abstract: "Record something you promised someone.",
            discussion: "Example: kith owe Maya send her the deck --due fri")

        @OptionGroup var promise: PromiseOptions

        func run() throws { try promise.record(owedByMe: true) }
    }
}
