/// The command line being run, as the undo history names it.
enum Invocation {
    /// The arguments after `kith`: the process's own, or the demo's step.
    @TaskLocal static var arguments: [String] = []

    /// `owe 'Ana Silva' 'send the deck'`: each argument quoted for a shell when it needs it, and
    /// without `--db PATH`, which says where the change was made, not what it was.
    static var text: String {
        var words: [String] = []
        var skipNext = false
        for argument in arguments {
            if skipNext { skipNext = false; continue }
            if argument == "--db" { skipNext = true; continue }
            if argument.hasPrefix("--db=") { continue }
            words.append(quoted(argument))
        }
        return words.joined(separator: " ")
    }

    private static func quoted(_ word: String) -> String {
        let plain = !word.isEmpty && word.unicodeScalars.allSatisfy { scalar in
            scalar.properties.isAlphabetic || scalar.properties.numericType != nil || "-_./:=+@,%".unicodeScalars.contains(scalar)
        }
        return plain ? word : "'" + word.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
