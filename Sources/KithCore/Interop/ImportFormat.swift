import Foundation

/// The kinds of file `kith import` reads.
public enum ImportFormat: String, CaseIterable, Sendable {
    case vcard, linkedin, google, json

    /// The format `data` is in, told from how it begins; nil when it is none of them.
    public static func detect(_ data: Data) -> ImportFormat? {
        let head = String(decoding: data.prefix(8192), as: UTF8.self)
        let start = head.trimmingCharacters(in: CharacterSet.whitespacesAndNewlines.union(CharacterSet(charactersIn: "\u{FEFF}")))
        if start.uppercased().hasPrefix("BEGIN:VCARD") { return .vcard }
        if start.hasPrefix("{") { return .json }
        if LinkedInCSV.recognizes(head) { return .linkedin }
        if GoogleCSV.recognizes(head) { return .google }
        return nil
    }
}
