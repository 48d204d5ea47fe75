import Foundation
import KithCore

/// The folders `kith sync` uses when none is named, from `$XDG_CONFIG_HOME/kith/config`
/// (`~/.config/kith/config`): lines of `contacts = DIR` and `calendar = DIR`, `#` comments,
/// `~` for the home folder.
struct SyncSettings {
    var contacts: String?
    var calendar: String?

    static var path: String {
        let environment = Environment.variables
        let home = environment["HOME"] ?? NSHomeDirectory()
        let config = environment["XDG_CONFIG_HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? home + "/.config"
        return config + "/kith/config"
    }

    /// The settings in `path`; none when the file does not exist.
    static func read(from path: String = SyncSettings.path) throws -> SyncSettings {
        guard let data = FileManager.default.contents(atPath: path) else { return SyncSettings() }
        var settings = SyncSettings()
        let home = Environment.variables["HOME"] ?? NSHomeDirectory()
        for (index, line) in String(decoding: data, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
            .enumerated() {
            let text = line.trimmingCharacters(in: .whitespaces)
            guard !text.isEmpty, !text.hasPrefix("#") else { continue }
            let parts = text.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            guard parts.count == 2, !parts[1].isEmpty else {
                throw KithError.invalid("\(path), line \(index + 1): write a setting as 'contacts = DIR'")
            }
            let value = parts[1].hasPrefix("~/") ? home + parts[1].dropFirst() : parts[1]
            switch parts[0] {
            case "contacts": settings.contacts = value
            case "calendar": settings.calendar = value
            default:
                throw KithError.invalid("\(path), line \(index + 1): no setting '\(parts[0])'; kith knows contacts and calendar")
            }
        }
        return settings
    }
}
