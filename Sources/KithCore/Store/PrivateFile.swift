import Foundation

/// Files of personal data that Kith writes besides the database (exports): readable by the
/// owner only from their first byte, and whole or absent, never half written.
public enum PrivateFile {
    /// Writes `data` to `path` through a temporary file beside it, made with mode 0600 (the umask
    /// cannot widen it), flushed to disk, then renamed over `path` in one step.
    public static func write(_ data: Data, to path: String) throws {
        let url = URL(fileURLWithPath: path)
        let temporary = url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).\(UUID().uuidString).tmp").path
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL, 0o600)
        guard descriptor >= 0 else { throw failure(path) }
        var written = 0
        let complete = data.withUnsafeBytes { buffer -> Bool in
            while written < buffer.count {
                let count = Foundation.write(descriptor, buffer.baseAddress! + written, buffer.count - written)
                guard count > 0 else { return false }
                written += count
            }
            return fsync(descriptor) == 0
        }
        close(descriptor)
        guard complete, rename(temporary, path) == 0 else {
            unlink(temporary)
            throw failure(path)
        }
    }

    /// The file's own trouble, in words about the file: not the database's ("another place for
    /// the database" would send an export or a picture's reader the wrong way).
    private static func failure(_ path: String) -> KithError {
        .storage(.cannotWriteFile(String(cString: strerror(errno)).lowercased()), path: path)
    }
}
