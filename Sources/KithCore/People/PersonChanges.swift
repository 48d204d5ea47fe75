/// What `kith edit` changes. A nil field is left alone; an empty string clears it.
public struct PersonChanges: Sendable {
    public var name: String?
    public var organization: String?
    public var title: String?
    public var location: String?
    public var notes: String?
    /// Text added as a new paragraph of the notes.
    public var appendNote: String?
    public var howMet: String?
    public var birthday: String?
    /// Days, or 0 to clear.
    public var cadenceDays: Int?
    public var addEmails: [String] = []
    public var removeEmails: [String] = []
    public var addPhones: [String] = []
    public var removePhones: [String] = []
    public var addLinks: [String] = []
    public var removeLinks: [String] = []
    public var archived: Bool?

    public init() {}

    public var isEmpty: Bool {
        name == nil && organization == nil && title == nil && location == nil && notes == nil
            && appendNote == nil && howMet == nil && birthday == nil && cadenceDays == nil
            && addEmails.isEmpty && removeEmails.isEmpty && addPhones.isEmpty && removePhones.isEmpty
            && addLinks.isEmpty && removeLinks.isEmpty && archived == nil
    }
}
