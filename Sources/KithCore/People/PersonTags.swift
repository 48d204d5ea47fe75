/// A person and their tags, after `kith tag`.
public struct PersonTags: Codable, Equatable, Sendable {
    public var person: PersonSummary
    public var tags: [String]
}
