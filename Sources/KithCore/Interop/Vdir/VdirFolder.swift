import Foundation

/// A vdir: one folder per address book or calendar, one file per card or item, as vdirsyncer
/// keeps them in step with a CardDAV or CalDAV server and khard, khal and todoman read them.
/// Kith reads and writes it the way vdirsyncer's own filesystem storage does: items are the
/// files with the extension, never a dotfile or a `.tmp`; a file is told unchanged by its size,
/// modification time and inode (vdirsyncer's etag is the time and the inode), without reading
/// it; and a file is written whole through a temporary file and a rename, mode 0600.
struct VdirFolder: Sendable {
    let path: String
    /// `vcf` or `ics`.
    let fileExtension: String

    /// One item file, and what tells whether it changed.
    struct Entry: Equatable, Sendable {
        let file: String
        let fingerprint: Fingerprint
    }

    struct Fingerprint: Equatable, Sendable {
        let size: Int64
        let modified: Int64
        let inode: UInt64
    }

    /// The folder at `path`: it must exist and be a folder, and be writable when `writing`.
    init(path: String, fileExtension: String, writing: Bool) throws {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw KithError.invalid("\(path) does not exist; make the folder, or name the vdir vdirsyncer syncs")
        }
        guard isDirectory.boolValue else { throw KithError.invalid("\(path) is a file, not a folder of .\(fileExtension) files") }
        guard !writing || access(path, W_OK) == 0 else {
            throw KithError.invalid("\(path) is not writable; kith writes the changed \(fileExtension == "vcf" ? "cards" : "items") there")
        }
        self.path = path
        self.fileExtension = fileExtension
    }

    /// Every item file, by name.
    func entries() throws -> [Entry] {
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: path)
        } catch {
            throw KithError.invalid("\(path) cannot be read")
        }
        return names.filter { $0.hasSuffix("." + fileExtension) && !$0.hasPrefix(".") }.sorted()
            .compactMap { name in fingerprint(of: name).map { Entry(file: name, fingerprint: $0) } }
    }

    /// The size, time and inode of a regular file; nil for anything else (a folder, a socket).
    func fingerprint(of file: String) -> Fingerprint? {
        var status = stat()
        guard stat(path + "/" + file, &status) == 0, (status.st_mode & S_IFMT) == S_IFREG else { return nil }
        return Fingerprint(size: Int64(status.st_size),
                           modified: Int64(status.st_mtim.tv_sec) * 1_000_000_000 + Int64(status.st_mtim.tv_nsec),
                           inode: UInt64(status.st_ino))
    }

    func read(_ file: String) throws -> Data {
        guard let data = FileManager.default.contents(atPath: url(file).path) else {
            throw KithError.invalid("\(url(file).path) cannot be read")
        }
        return data
    }

    /// Writes `data` as `file`, whole or not at all, and returns its new fingerprint.
    @discardableResult
    func write(_ data: Data, to file: String) throws -> Fingerprint {
        try PrivateFile.write(data, to: url(file).path)
        guard let written = fingerprint(of: file) else { throw KithError.invalid("\(url(file).path) vanished as it was written") }
        return written
    }

    func remove(_ file: String) throws {
        guard unlink(url(file).path) == 0 || errno == ENOENT else {
            throw KithError.invalid("\(url(file).path) cannot be removed: \(String(cString: strerror(errno)).lowercased())")
        }
    }

    /// The file for a new item: its UID when every character is one vdirsyncer keeps in a file
    /// name (letters, digits, `_.-+`), as vdirsyncer names what it downloads; else `fallback`.
    func fileName(forUID uid: String, fallback: String) -> String {
        let safe = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_.-+")
        let name = !uid.isEmpty && uid.allSatisfy(safe.contains) ? uid : fallback
        return name + "." + fileExtension
    }

    private func url(_ file: String) -> URL { URL(fileURLWithPath: path).appendingPathComponent(file) }
}
