import Foundation
import GRDB
@testable import KithCore

@_silgen_name("LLVMFuzzerRunDriver")
private func runDriver(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
) -> CInt

/// The harness's one input at a time, as `Data`.
nonisolated(unsafe) private var harness: ((Data) -> Void)?

/// Hands the process to libFuzzer, which calls `body` with each input it makes; the exit status
/// is libFuzzer's. Swift owns `main`, so the harness links libFuzzer without its own (`run.sh`)
/// and calls its driver from here.
public func runFuzzer(_ body: @escaping (Data) -> Void) -> Never {
    harness = body
    var argc = CommandLine.argc
    var argv = CommandLine.unsafeArgv
    let status = runDriver(&argc, &argv) { bytes, count in
        harness?(bytes.map { Data(bytes: $0, count: count) } ?? Data())
        return 0
    }
    exit(status)
}

/// A failure the harness looks for (a storage fault where a user error belongs, a value
/// written that does not read back): stops the run, and libFuzzer keeps the input.
public func failure(_ message: String) -> Never {
    FileHandle.standardError.write(Data("fuzz failure: \(message)\n".utf8))
    abort()
}

/// Runs `body`; an error is fine when it is one Kith words for the user, a failure when it is
/// a storage fault (SQLite refused what Kith should have checked first).
public func expectingUserErrors(_ what: String, _ body: () throws -> Void) {
    do {
        try body()
    } catch let error as KithError {
        if case .storage = error { failure("\(what): storage fault \(error)") }
    } catch {
        failure("\(what): an error Kith does not word: \(error)")
    }
}

/// An empty database, migrated once: each input starts from a copy of it, since migrating
/// for every input would be most of the work.
private let template: Store = {
    do { return try Store.inMemory() } catch { failure("cannot open an in-memory store: \(error)") }
}()

/// A fresh, empty database in memory with a fixed today.
public func freshContext(today: Day = Day(year: 2026, month: 11, day: 22)!) -> Context {
    do {
        let queue = try DatabaseQueue(configuration: Store.configuration())
        try template.writer.backup(to: queue)
        return Context(store: Store(writer: queue, path: nil), today: today)
    } catch {
        failure("cannot copy the in-memory store: \(error)")
    }
}

/// Imports `data` as `format` into an empty database, where only a user error may stop it;
/// whatever was taken must then be read back whole by `readBack` (exports, the weekly list).
public func importThenReadBack(_ data: Data, as format: ImportFormat, file: String,
                               readBack: (Context) throws -> Void) {
    let context = freshContext()
    expectingUserErrors("\(format) import") {
        _ = try ImportService(context).importFile(data, file: file, format: format)
    }
    expectingUserErrors("reading back after a \(format) import") { try readBack(context) }
}
