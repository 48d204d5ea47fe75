import Foundation

/// Where output goes and whether it may be colored: only on a terminal, never with `NO_COLOR`.
enum Terminal {
    static let colorEnabled: Bool = {
        let environment = Environment.variables
        if let noColor = environment["NO_COLOR"], !noColor.isEmpty { return false }
        if environment["TERM"] == "dumb" { return false }
        return isatty(STDOUT_FILENO) == 1
    }()

    static var inputIsInteractive: Bool { isatty(STDIN_FILENO) == 1 }

    /// How wide output may be: `$COLUMNS` when set, else the terminal's width; nil when writing
    /// to a pipe or a file, where lines are kept whole.
    static let columns: Int? = {
        if let text = Environment.variables["COLUMNS"], let columns = Int(text), columns > 0 { return columns }
        var size = winsize()
        guard isatty(STDOUT_FILENO) == 1, ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return nil }
        return Int(size.ws_col)
    }()

    /// `text` cut to `width` columns with `…` (colours dropped from a cut cell).
    static func cut(_ text: String, to width: Int) -> String {
        guard self.width(text) > width else { return text }
        var result = ""
        for character in plain(text) {
            guard self.width(result + String(character)) < width else { break }
            result.append(character)
        }
        return result + "…"
    }
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

    /// Writes one line to standard error: a line break inside it (input quoted back) shows as
    /// `\n`, so that an error is always one line.
    static func printError(_ line: String, newline: Bool = true) {
        let oneLine = visible(line).replacingOccurrences(of: "\n", with: "\\n")
        FileHandle.standardError.write(Data((oneLine + (newline ? "\n" : "")).utf8))
    }

    /// `text` with its control characters shown rather than obeyed, as `cat -v` shows them
    /// (`^[` for escape, `^G` for the bell, `^M` for a carriage return, `<U+0085>` for the
    /// others above 127): a name imported from a card cannot retitle, clear or rewrite the
    /// terminal. Line breaks and tabs stay; so do kith's own colours, when colour is on.
    static func visible(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isControl) else { return text }
        var result = String.UnicodeScalarView()
        let scalars = Array(text.unicodeScalars)
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            if let end = colorEnabled ? colourEnd(scalars, from: index) : nil {
                result.append(contentsOf: scalars[index..<end])
                index = end
                continue
            }
            if isControl(scalar) {
                result.append(contentsOf: caret(scalar).unicodeScalars)
            } else {
                result.append(scalar)
            }
            index += 1
        }
        return String(result)
    }

    private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        (scalar.value < 0x20 && scalar != "\n" && scalar != "\t") || (0x7F...0x9F).contains(scalar.value)
    }

    private static func caret(_ scalar: Unicode.Scalar) -> String {
        switch scalar.value {
        case 0..<0x20: "^" + String(Unicode.Scalar(UInt8(scalar.value) + 0x40))
        case 0x7F: "^?"
        default: "<U+" + String(scalar.value, radix: 16, uppercase: true).leftPadded(to: 4) + ">"
        }
    }

    /// `text` without kith's own colours: for what is written as Markdown, not painted.
    static func plain(_ text: String) -> String {
        guard text.contains("\u{1B}") else { return text }
        let scalars = Array(text.unicodeScalars)
        var result = String.UnicodeScalarView()
        var index = 0
        while index < scalars.count {
            if let end = colourEnd(scalars, from: index) {
                index = end
            } else {
                result.append(scalars[index])
                index += 1
            }
        }
        return String(result)
    }

    /// The end of a colour sequence (`ESC [ digits m`) starting at `index`, as `paint` writes them.
    private static func colourEnd(_ scalars: [Unicode.Scalar], from index: Int) -> Int? {
        guard scalars[index] == "\u{1B}", index + 2 < scalars.count, scalars[index + 1] == "[" else { return nil }
        var end = index + 2
        while end < scalars.count, ("0"..."9").contains(scalars[end]) { end += 1 }
        return end < scalars.count && end > index + 2 && scalars[end] == "m" ? end + 1 : nil
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

private extension String {
    func leftPadded(to width: Int) -> String { String(repeating: "0", count: max(0, width - count)) + self }
}

/// Everything kith prints for people goes through here, with control characters shown rather
/// than obeyed (`Terminal.visible`): whatever a database holds, printing it cannot take over the
/// terminal. JSON and exported files are written byte for byte elsewhere.
func print(_ items: Any..., separator: String = " ", terminator: String = "\n") {
    Swift.print(Terminal.visible(items.map { "\($0)" }.joined(separator: separator)), terminator: terminator)
}
