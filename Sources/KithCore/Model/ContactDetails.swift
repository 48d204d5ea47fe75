import Foundation

/// Checks and tidies the ways to reach a person before they are stored.
enum ContactDetails {
    /// A trimmed address with one `@`, something before it and a dotted domain after it.
    static func email(_ text: String) throws -> String {
        let value = text.trimmingBlanks()
        let parts = value.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, parts[1].contains("."),
              !parts[1].hasPrefix("."), !parts[1].hasSuffix("."),
              !value.contains(where: { $0.isWhitespace || $0 == "," || $0 == "<" || $0 == ">" })
        else {
            throw KithError.invalid("'\(text)' is not an email address; write it as name@example.com")
        }
        return value
    }

    /// A trimmed phone number that has digits and only the characters phone numbers use.
    static func phone(_ text: String) throws -> String {
        let value = text.trimmingBlanks()
        let allowed = Set("0123456789+-(). /x")
        guard value.filter(\.isNumber).count >= 3, value.allSatisfy({ allowed.contains($0) }) else {
            throw KithError.invalid("'\(text)' is not a phone number; use digits, spaces, + - ( ) and .")
        }
        return value
    }

    /// A birthday typed as `1990-05-17`, or `--05-17` or `05-17` when the year is unknown.
    static func birthday(_ text: String) throws -> Birthday {
        let value = text.trimmingBlanks()
        if let birthday = Birthday(value) ?? Birthday("--" + value) { return birthday }
        throw KithError.invalid("'\(text)' is not a birthday; use 1990-05-17, or 05-17 without the year")
    }

    /// A tie strength from 1 (acquaintance) to 5 (closest).
    static func strength(_ value: Int) throws -> Int {
        try KithError.Setting.strength.check(value, in: 1...5)
        return value
    }

    /// A name or other required text, trimmed and not empty.
    static func required(_ text: String, _ what: String) throws -> String {
        let value = text.trimmingWhitespace()
        guard !value.isEmpty else { throw KithError.invalid("\(what) cannot be empty") }
        return value
    }

    /// Optional text, trimmed; empty means none.
    static func optional(_ text: String?) -> String? {
        guard let value = text?.trimmingWhitespace(), !value.isEmpty else {
            return nil
        }
        return value
    }
}
