/// Trimming without Foundation: `trimmingCharacters(in:)` bridges every string to NSString and
/// back, which an import of a hundred thousand cards pays hundreds of thousands of times.
/// The sets are Foundation's: `.whitespaces` is Unicode's space separators and the tab;
/// `.whitespacesAndNewlines` adds every separator and the line ends U+000A–U+000D and U+0085;
/// both also trim the zero-width space U+200B, as Foundation on Linux does.
extension String {
    /// Without leading and trailing spaces and tabs.
    public func trimmingBlanks() -> String { self[...].trimmingBlanks() }

    /// Without leading and trailing spaces, tabs and line breaks.
    public func trimmingWhitespace() -> String { self[...].trimmingWhitespace() }
}

extension Substring {
    public func trimmingBlanks() -> String { trimming(Self.isBlank) }

    public func trimmingWhitespace() -> String { trimming(Self.isWhitespace) }

    private func trimming(_ trimmed: (Unicode.Scalar) -> Bool) -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !trimmed($0) }),
              let last = scalars.lastIndex(where: { !trimmed($0) })
        else { return "" }
        return String(scalars[first...last])
    }

    private static func isBlank(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return scalar == " " || scalar == "\t" }
        return scalar.properties.generalCategory == .spaceSeparator || scalar.value == 0x200B
    }

    private static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII { return scalar == " " || (0x09...0x0D).contains(scalar.value) }
        switch scalar.properties.generalCategory {
        case .spaceSeparator, .lineSeparator, .paragraphSeparator: return true
        default: return scalar.value == 0x85 || scalar.value == 0x200B
        }
    }
}

extension String {
    /// Without `prefix` (ASCII, lower case) at the start, in any case: `MAILTO:` as `mailto:`.
    func droppingPrefix(_ prefix: String) -> String {
        let head = utf8.prefix(prefix.utf8.count)
        guard head.count == prefix.utf8.count, zip(head, prefix.utf8).allSatisfy({ $0 | 0x20 == $1 | 0x20 })
        else { return self }
        return String(self[head.endIndex...])
    }
}
