import Foundation

/// Files in `Tests/Fixtures`.
enum Fixtures {
    static func url(_ path: String) -> URL {
        var folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        while !FileManager.default.fileExists(atPath: folder.appendingPathComponent("Fixtures").path) {
            folder.deleteLastPathComponent()
        }
        return folder.appendingPathComponent("Fixtures/\(path)")
    }
}
