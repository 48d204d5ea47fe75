/// One contact read from a file (a vCard, a CSV row), before it is matched and stored.
struct ImportedContact: Sendable {
    struct Address: Sendable {
        var value: String
        var label: String?
        /// Marked preferred in its source (vCard's PREF): it becomes the primary one.
        var preferred = false
    }

    /// Where it starts in the file, for messages.
    var line: Int
    var name: String
    /// True when the source gave no name and `name` stands in for it (a nickname, an
    /// organisation, an email, a phone): it agrees with any name when matching.
    var nameIsFallback = false
    var organization: String?
    var title: String?
    var location: String?
    var notes: String?
    var birthday: Birthday?
    var emails: [Address] = []
    var phones: [Address] = []
    var links: [Address] = []
    var tags: [String] = []
    /// Properties kept as written (vCard only).
    var properties: [(name: String, parameters: String?, value: String)] = []
    /// The id it has in its source: a vCard UID, a LinkedIn profile URL.
    var externalID: String?
    /// Other keys it is recognised by: social profiles and messaging handles (`AddressKey`).
    var identities: [String] = []
    /// When the tie to me began (LinkedIn's "Connected On").
    var connectedOn: Day?
    /// What they need and offer (Kith's own X-KITH-NEED and X-KITH-OFFER), with when it was said.
    var needs: [(kind: NeedKind, what: String, saidOn: Day?)] = []
    /// People it names as related (vCard RELATED, X-ABRELATEDNAMES), with how.
    var related: [(reference: String, label: String?)] = []

    init(line: Int, name: String) {
        self.line = line
        self.name = name
    }
}

extension ImportedContact {
    /// Why the contact cannot be kept as it came: text holding a NUL character, which SQLite
    /// would hand back cut short. Kith keeps text whole or not at all.
    var unkeepable: MalformedRecord? {
        let texts = [name, organization, title, location, notes].compactMap { $0 } + tags + needs.map(\.what)
            + (emails + phones + links).flatMap { [$0.value, $0.label ?? ""] } + properties.flatMap { [$0.name, $0.value] }
        guard texts.contains(where: { $0.unicodeScalars.contains("\0") }) else { return nil }
        return MalformedRecord(line: line, reason: "a NUL character in \(name.unicodeScalars.contains("\0") ? "the name" : "its text")")
    }

    /// Emails that are no email address (`add` would refuse them) are kept as written, as a
    /// property that an export gives back, rather than as addresses to match and show; says
    /// which.
    mutating func keepingOddEmails() -> [String] {
        let odd = emails.filter { (try? ContactDetails.email($0.value)) == nil }
        guard !odd.isEmpty else { return [] }
        emails.removeAll { (try? ContactDetails.email($0.value)) == nil }
        for email in odd {
            properties.append((name: "EMAIL", parameters: email.label.map { "TYPE=" + KeptProperty.quotedIfNeeded($0) },
                               value: ContentLine.escape(email.value)))
        }
        return odd.map { "line \(line): '\($0.value)' is not an email address; kept as written, not as an email" }
    }
}

/// A record of a file that cannot be read, and where it starts.
struct MalformedRecord: Error, Equatable {
    var line: Int
    var reason: String
}
