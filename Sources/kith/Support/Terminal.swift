import Foundation

/// Where output goes and whether it may be colored: only on a terminal, never with `NO_COLOR`.
enum Terminal {
    static let colorEnabled: Bool = {
        let environment = ProcessInfo.processInfo.environment
        if let noColor = environment["NO_COLOR"], !noColor.isEmpty { return false }
        if environment["TERM"] == "dumb" { return false }
        return isatty(STDOUT_FILENO) == 1
    }()

    static var inputIsInteractive: Bool { isatty(STDIN_FILENO) == 1 }
    /// Whether standard error is a terminal: progress goes there, and only there.
    static var errorIsInteractive: Bool { isatty(STDERR_FILENO) == 1 }

    private static func paint(_ text: String, _ code: String) -> String {
        colorEnabled && !text.isEmpty ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }

    static func bold(_ text: String) -> String { paint(text, "1") }
    static func dim(_ text: String) -> String { paint(text, "2") }
    static func red(_ text: String) -> String { paint(text, "31") }
    static func green(_ text: String) -> String { paint(text, "32") }
    static func yellow(_ text: String) -> String { paint(text, "33") }
    static func cyan(_ text: String) -> String { paint(text, "36") }

    /// Writes one line to standard error.
    static func printError(_ line: String, newline: Bool = true) {
        FileHandle.standardError.write(Data((line + (newline ? "\n" : "")).utf8))
    }

    /// The visible width of `text`, ignoring color escapes.
    static func width(_ text: String) -> Int {
        var width = 0
        var inEscape = false
        for scalar in text.unicodeScalars {
            if inEscape {
                if scalar == "m" { inEscape = false }
            } else if scalar == "\u{1B}" {
                inEscape = true
            } else if scalar.isASCII {
                // Most text: no need to ask Unicode's tables, which is slow.
                width += 1
            } else if scalar.properties.generalCategory != .nonspacingMark {
                width += scalar.properties.isEmojiPresentation || (0x1100...0x115F).contains(scalar.value)
                    || (0x2E80...0xA4CF).contains(scalar.value) || (0xAC00...0xD7A3).contains(scalar.value)
                    || (0xF900...0xFAFF).contains(scalar.value) || (0xFF00...0xFF60).contains(scalar.value) ? 2 : 1
            }
        }
        return width
    }
}
