import Foundation
import Testing

/// The boundaries DESIGN.md draws, checked on the sources themselves: the executable parses and
/// prints, the library speaks no command line, the graph module knows nothing of the database.
@Suite struct HouseRulesTests {
    /// `Sources/` of this package.
    static let sources: URL = {
        var folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        while !FileManager.default.fileExists(atPath: folder.appendingPathComponent("Package.swift").path) {
            folder.deleteLastPathComponent()
        }
        return folder.appendingPathComponent("Sources")
    }()

    /// Every Swift file under `Sources/<target>`, with its lines.
    static func files(in target: String) throws -> [(path: String, lines: [String])] {
        let root = sources.appendingPathComponent(target)
        let enumerator = try #require(FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil))
        var files: [(String, [String])] = []
        for case let url as URL in enumerator where url.pathExtension == "swift" {
            let text = try String(contentsOf: url, encoding: .utf8)
            files.append((String(url.path.dropFirst(root.path.count + 1)), text.components(separatedBy: "\n")))
        }
        #expect(!files.isEmpty, "no sources under \(root.path)")
        return files.sorted { $0.0 < $1.0 }
    }

    static func imports(_ lines: [String]) -> [String] {
        lines.compactMap { line in
            let words = line.split(separator: " ")
            return words.first == "import" && words.count >= 2 ? String(words[1]) : nil
        }
    }

    /// The code of a line: without its comment (a `//` outside a string literal).
    static func code(_ line: String) -> String {
        var inString = false
        var previous: Character = " "
        for (offset, character) in line.enumerated() {
            if character == "\"" && previous != "\\" { inString.toggle() }
            if !inString && character == "/" && previous == "/" { return String(line.prefix(offset - 1)) }
            previous = character
        }
        return line
    }

    @Test func theExecutableNeverTouchesTheDatabase() throws {
        for (path, lines) in try Self.files(in: "kith") {
            #expect(!Self.imports(lines).contains("GRDB"), "Sources/kith/\(path) imports GRDB: ask KithCore instead")
        }
    }

    @Test func theGraphModuleUsesOnlyTheStandardLibraryMathAndCollections() throws {
        let allowed: Set<String> = ["Foundation", "Collections", "Glibc", "Darwin", "Musl"]
        for (path, lines) in try Self.files(in: "KithGraph") {
            for module in Self.imports(lines) {
                #expect(allowed.contains(module), "Sources/KithGraph/\(path) imports \(module)")
            }
            // The store hands the graph typed values; it never matches words from the database.
            for (number, line) in lines.enumerated() {
                let code = Self.code(line)
                #expect(!code.contains("case \"") && !code.contains("== \""),
                        "Sources/KithGraph/\(path):\(number + 1) matches a string: \(line)")
            }
        }
    }

    @Test func theLibraryNamesNoFlagCommandOrExitStatus() throws {
        let flag = try Regex(#""[^"]*--[a-z][^"]*""#)
        let command = try Regex(#""[^"]*'kith [^"]*""#)
        for (path, lines) in try Self.files(in: "KithCore") {
            for (number, line) in lines.enumerated() {
                let code = Self.code(line)
                let place = "Sources/KithCore/\(path):\(number + 1)"
                #expect(code.firstMatch(of: flag) == nil, "\(place) names a flag: \(line)")
                #expect(code.firstMatch(of: command) == nil, "\(place) names a command: \(line)")
                #expect(!code.contains("exitCode") && !code.contains("exit("), "\(place) decides an exit: \(line)")
            }
        }
    }

    /// A function a reader can follow at once: no body longer than this many lines.
    static let longestFunction = 60

    @Test(arguments: ["kith", "KithCore", "KithGraph"])
    func functionsAreShortEnoughToReadAtOnce(_ target: String) throws {
        let declaration = try Regex(#"^\s*(@\w+\s+)*((public|private|fileprivate|static|mutating|override)\s+)*(func |init[?!]?[(<])"#)
        var measured = 0
        defer { #expect(measured >= 20, "only \(measured) functions found in \(target): the check itself is broken") }
        for (path, lines) in try Self.files(in: target) {
            for (start, line) in lines.enumerated() where line.firstMatch(of: declaration) != nil {
                let length = Self.bodyLength(lines, from: start)
                if length > 0 { measured += 1 }
                #expect(length <= Self.longestFunction,
                        "Sources/\(target)/\(path):\(start + 1) is \(length) lines; split it along its steps")
            }
        }
    }

    /// Lines from a declaration to the brace that closes its body (0 when it has none).
    static func bodyLength(_ lines: [String], from start: Int) -> Int {
        var depth = 0
        var opened = false
        for index in start..<lines.count {
            var inString = false
            var previous: Character = " "
            for character in code(lines[index]) {
                if character == "\"" && previous != "\\" { inString.toggle() }
                if !inString && character == "{" { depth += 1; opened = true }
                if !inString && character == "}" { depth -= 1 }
                previous = character
            }
            if opened && depth <= 0 { return index - start + 1 }
            if !opened && index > start + 6 { return 0 }
        }
        return 0
    }
}
