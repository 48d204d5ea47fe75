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
        // Phones are ASCII digits nearly always; other scripts' digits are digits too.
        let digits = value.utf8.allSatisfy({ $0 < 0x80 })
            ? String(decoding: value.utf8.filter { (0x30...0x39).contains($0) }, as: UTF8.self)
            : value.filter(\.isNumber)
        return digits.count >= 7 ? String(digits.suffix(9)) : ""
    }

    /// A link without its scheme, `www.`, query or trailing slash, in lower case; LinkedIn's
    /// country sites (`uk.linkedin.com`) are LinkedIn.
    static func link(_ value: String) -> String {
        var text = value.trimmingBlanks().lowercased()
        for prefix in ["https://", "http://"] where text.hasPrefix(prefix) { text.removeFirst(prefix.count) }
        if text.hasPrefix("www.") { text.removeFirst(4) }
        if let query = text.firstIndex(where: { $0 == "?" || $0 == "#" }) { text = String(text[..<query]) }
        while text.hasSuffix("/") { text.removeLast() }
        if let slash = text.firstIndex(of: "/"), text[..<slash].hasSuffix(".linkedin.com") {
            text = "linkedin.com" + text[slash...]
        }
        return text
    }

    /// Apple's social profile (`X-SOCIALPROFILE;TYPE=linkedin;X-USER=ana:…`): its link's key, or
    /// one made from the service and the user name when the value is not a web link.
    static func socialProfile(_ value: String, service: String?, user: String?) -> String? {
        let trimmed = value.trimmingBlanks()
        if trimmed.lowercased().hasPrefix("http") { return link(trimmed) }
        let name = user ?? trimmed.split(separator: ":").last.map(String.init)
        guard let name, !name.isEmpty, let service = service?.lowercased() else { return nil }
        let sites = ["linkedin": "linkedin.com/in/", "twitter": "twitter.com/", "x": "x.com/",
                     "facebook": "facebook.com/", "github": "github.com/", "instagram": "instagram.com/"]
        return (sites[service] ?? service + ":") + name.lowercased()
    }

    /// An instant-messaging handle (`IMPP:skype:ana.silva`, `xmpp:ana@example.com`), in lower case.
    static func instantMessaging(_ value: String) -> String? {
        let trimmed = value.trimmingBlanks().lowercased()
        return trimmed.contains(":") && trimmed.count > 2 ? trimmed : nil
    }
}
