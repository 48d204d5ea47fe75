import Foundation

/// The process's environment, read once: Foundation builds the whole dictionary on every read,
/// and a command asks for it several times (database path, today, colours, width, pager).
enum Environment {
    static let variables = ProcessInfo.processInfo.environment
}
