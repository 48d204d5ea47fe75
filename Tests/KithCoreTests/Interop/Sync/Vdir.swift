import Foundation
@testable import KithCore

/// A temporary vdir folder for sync tests: files in, files out, and what they hold.
struct Vdir {
    let path: String

    init() throws {
        path = FileManager.default.temporaryDirectory.appendingPathComponent("sync-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    var files: [String] { ((try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []).sorted() }

    func text(_ file: String) throws -> String { try String(contentsOfFile: path + "/" + file, encoding: .utf8) }

    func write(_ file: String, _ text: String) throws {
        try text.write(toFile: path + "/" + file, atomically: false, encoding: .utf8)
    }

    func remove(_ file: String) throws { try FileManager.default.removeItem(atPath: path + "/" + file) }

    /// The file whose text holds `words`.
    func file(with words: String) throws -> String {
        guard let file = try files.first(where: { try text($0).contains(words) }) else {
            throw KithError.notFound("no file in \(path) holds \(words)")
        }
        return file
    }

    /// Every file's bytes and modification time: to prove a sync left the folder alone.
    func snapshot() throws -> [String: String] {
        var snapshot: [String: String] = [:]
        for file in files {
            let attributes = try FileManager.default.attributesOfItem(atPath: path + "/" + file)
            let bytes = try Data(contentsOf: URL(fileURLWithPath: path + "/" + file))
            snapshot[file] = bytes.base64EncodedString() + "\((attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0)"
        }
        return snapshot
    }

    /// Replaces `old` by `new` in `file`, as a phone's edit would.
    func edit(_ file: String, _ old: String, _ new: String) throws {
        try write(file, try text(file).replacingOccurrences(of: old, with: new))
    }
}
