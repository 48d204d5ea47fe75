import Foundation
import Testing

/// Help is wrapped to the terminal: `$COLUMNS` when set, else the terminal's width, never beyond
/// it, and prose is written as paragraphs so that it wraps evenly at any width.
@Suite struct HelpTests {
    let kith: KithProcess

    init() throws { kith = try KithProcess() }

    func commands() throws -> [String] {
        let help = try kith.run(["--help"], useDB: false, environment: ["COLUMNS": "200"]).stdout
        return help.split(separator: "\n").compactMap { line in
            guard line.hasPrefix("  "), let word = line.split(separator: " ").first,
                  word.allSatisfy({ $0.isLowercase || $0 == "-" }) else { return nil }
            return String(word)
        }
    }

    @Test(arguments: [60, 100, 160])
    func everyCommandsHelpFitsTheWidthAndWrapsEvenly(_ width: Int) throws {
        let commands = try commands()
        #expect(commands.count > 40 && commands.contains("undo") && commands.contains("interaction-edit"))
        for command in [nil] + commands.map(Optional.some) {
            let arguments = command.map { ["help", $0] } ?? ["--help"]
            let result = try kith.run(arguments, useDB: false, environment: ["COLUMNS": String(width)])
            #expect(result.status == 0, "\(arguments): \(result.stderr)")
            let lines = result.stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            for line in lines { #expect(line.count <= width, "kith \(arguments) at \(width): \(line)") }
            // A sentence broken by the source, not by the width: a short line of prose that stops
            // mid-sentence, continued on the next line.
            let prose = lines.prefix { !$0.hasPrefix("USAGE:") }
            for (line, next) in zip(prose, prose.dropFirst())
            where !line.hasPrefix(" ") && line.count < width - 25 && !line.isEmpty
                && !".:;)".contains(line.last!) && next.first?.isLowercase == true {
                Issue.record("kith \(arguments) at \(width) breaks a sentence: \(line) / \(next)")
            }
        }
    }

    /// The manual page is made from this JSON (argument-parser's generate-manual plugin): it is
    /// never wrapped like help.
    @Test func theHelpDumpForTheManualPageIsWholeJSON() throws {
        let result = try kith.run(["--experimental-dump-help"], useDB: false, environment: ["COLUMNS": "60"])
        #expect(result.status == 0)
        let dump = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(dump["command"] != nil)
        #expect(result.stdout.contains("\"undo\""))
    }

    /// Without `$COLUMNS`, the terminal's own width (here a pseudo-terminal set to 70 columns).
    @Test func theTerminalsWidthIsUsedWhenColumnsIsNotSet() throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/script")
        process.arguments = ["-qec", "stty cols 70 rows 40; '\(KithProcess.binary.path)' help week", "/dev/null"]
        var environment = ProcessInfo.processInfo.environment
        environment["COLUMNS"] = nil
        process.environment = environment
        let out = Pipe()
        process.standardOutput = out
        process.standardInput = Pipe()
        try process.run()
        let text = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        let widths = text.replacingOccurrences(of: "\r", with: "").split(separator: "\n").map(\.count)
        #expect(widths.count > 10 && widths.allSatisfy { $0 <= 70 }, "\(text)")
        #expect(widths.contains { $0 > 60 }, "\(text)")
    }
}
