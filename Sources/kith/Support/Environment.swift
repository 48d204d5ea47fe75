import Foundation

/// The process's environment, read once: Foundation builds the whole dictionary on every read,
/// and a command asks for it several times (database path, today, colours, width, pager).
enum Environment {
    static let variables = ProcessInfo.processInfo.environment

    /// The path of `program` in the first folder of `$PATH` that has it, as a shell would find it.
    static func executable(_ program: String, in environment: [String: String] = variables) -> String? {
        (environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":").map { "\($0)/\(program)" }
            .first { FileManager.default.isExecutableFile(atPath: $0) }
    }
}
