/// One word of `kith tag PERSON +mentor -fintech`: a tag to add or to remove.
public enum TagChange: Equatable, Sendable {
    case add(String)
    case remove(String)

    /// Reads `+name` or a bare `name` as an addition, `-name` as a removal.
    public init(_ word: String) throws {
        if word.hasPrefix("-") {
            self = .remove(try ContactDetails.required(String(word.dropFirst()), "a tag"))
        } else if word.hasPrefix("+") {
            self = .add(try ContactDetails.required(String(word.dropFirst()), "a tag"))
        } else {
            self = .add(try ContactDetails.required(word, "a tag"))
        }
    }
}
