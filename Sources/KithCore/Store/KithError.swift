import Foundation

/// Everything that can go wrong in Kith, worded for the person at the terminal.
public enum KithError: Error, Equatable, Sendable {
    /// A value on the command line or in a file is not acceptable; the text says which and why.
    case invalid(String)
    /// No person matches what was typed.
    case personNotFound(String)
    /// Several people match what was typed and a write must not guess.
    case ambiguousPerson(String, candidates: [PersonSummary])
    /// Something other than a person (a commitment, an introduction) is not there.
    case notFound(String)
    /// The database cannot be opened, read or written.
    case storage(String)
    /// The database was written by a newer Kith.
    case newerSchema(String)

    /// The process exit status for this error: 1 for a user error, 3 for a storage fault.
    public var exitCode: Int32 {
        switch self {
        case .invalid, .personNotFound, .ambiguousPerson, .notFound: 1
        case .storage, .newerSchema: 3
        }
    }
}

extension KithError: LocalizedError {
    public var errorDescription: String? {
        switch self {
        case .invalid(let message):
            return message
        case .personNotFound(let query):
            return "no person matches '\(query)' (try 'kith find \(query)', or add them with 'kith add')"
        case .ambiguousPerson(let query, let candidates):
            let shown = candidates.prefix(8).map { "#\($0.id) \($0.name)" }.joined(separator: ", ")
            let more = candidates.count > 8 ? ", and \(candidates.count - 8) more" : ""
            return "'\(query)' matches \(candidates.count) people: \(shown)\(more); name one by #ID"
        case .notFound(let message):
            return message
        case .storage(let message):
            return message
        case .newerSchema(let path):
            return "\(path) was written by a newer version of kith; upgrade kith to open it"
        }
    }
}
