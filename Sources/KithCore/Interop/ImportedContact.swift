/// One contact read from a file (a vCard, a CSV row), before it is matched and stored.
struct ImportedContact {
    struct Address {
        var value: String
        var label: String?
    }

    /// Where it starts in the file, for messages.
    var line: Int
    var name: String
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
    /// When the tie to me began (LinkedIn's "Connected On").
    var connectedOn: Day?
    /// People it names as related (vCard RELATED, X-ABRELATEDNAMES), with how.
    var related: [(reference: String, label: String?)] = []

    init(line: Int, name: String) {
        self.line = line
        self.name = name
    }
}
