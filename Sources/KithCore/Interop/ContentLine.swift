/// The content lines iCalendar (RFC 5545) and vCard (RFC 6350) share: TEXT escaping, and
/// folding at 75 octets with a leading space on each continuation.
enum ContentLine {
    static func escape(_ text: String) -> String {
        var escaped = ""
        for character in text {
            switch character {
            case "\\": escaped += "\\\\"
            case ";": escaped += "\\;"
            case ",": escaped += "\\,"
            case "\n", "\r\n", "\r": escaped += "\\n"
            default: escaped.append(character)
            }
        }
        return escaped
    }

    /// Splits `line` into pieces of at most 75 octets, each continuation starting with a space
    /// (which counts towards its 75), cutting only between Unicode scalars.
    static func fold(_ line: String) -> String {
        var folded = ""
        var octets = 0
        for scalar in line.unicodeScalars {
            let size = String(scalar).utf8.count
            if octets + size > 75 {
                folded += "\r\n "
                octets = 1
            }
            folded.unicodeScalars.append(scalar)
            octets += size
        }
        return folded
    }
}
