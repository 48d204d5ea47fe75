/// How two addresses are told to be the same: the key an email, phone or link has however it is
/// written. One rule for matching on import, finding duplicates and merging.
enum AddressKey {
    /// The key function for an address table: `email`, `phone` or `link`. A phone too short to
    /// match is its own key.
    static func of(_ table: String) -> (String) -> String {
        switch table {
        case "email": email
        case "phone": { phone($0).isEmpty ? $0 : phone($0) }
        default: link
        }
    }

    static func email(_ value: String) -> String { value.lowercased() }

    /// The digits that identify a phone: the last nine, so that `+351 912 345 678` and
    /// `912345678` meet; shorter numbers are too ambiguous to match (empty).
    static func phone(_ value: String) -> String {
        let digits = value.filter(\.isNumber)
        return digits.count >= 7 ? String(digits.suffix(9)) : ""
    }

    /// A link without its scheme, `www.`, query or trailing slash, in lower case.
    static func link(_ value: String) -> String {
        var text = value.lowercased()
        for prefix in ["https://", "http://"] where text.hasPrefix(prefix) { text.removeFirst(prefix.count) }
        if text.hasPrefix("www.") { text.removeFirst(4) }
        if let query = text.firstIndex(where: { $0 == "?" || $0 == "#" }) { text = String(text[..<query]) }
        while text.hasSuffix("/") { text.removeLast() }
        return text
    }
}
