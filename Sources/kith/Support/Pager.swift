import ArgumentParser
import Foundation

/// `--no-pager`, for the commands whose output can run long.
struct PagingOptions: ParsableArguments {
    @Flag(name: .customLong("no-pager"), help: "Print straight to the terminal, not through $PAGER.") var noPager = false
}

/// A command whose output goes through a pager on a terminal.
protocol PagedCommand {
    var paging: PagingOptions { get }
}

/// Long output on a terminal goes through `$PAGER` (else `less -FRX`, which quits at once when
/// the output fits the screen and keeps colours); never when writing to a pipe or a file, with
/// `--no-pager`, or with `PAGER` set empty.
final class Pager {
    private let process: Process
    private let pipe: Pipe
    private let terminal: Int32

    private init(process: Process, pipe: Pipe, terminal: Int32) {
        self.process = process
        self.pipe = pipe
        self.terminal = terminal
    }

    /// Starts the pager and sends standard output to it, or returns nil when there is none to use.
    static func start(for command: any ParsableCommand) -> Pager? {
        guard let paged = command as? PagedCommand, !paged.paging.noPager, isatty(STDOUT_FILENO) == 1 else { return nil }
        let environment = Environment.variables
        guard let pager = environment["PAGER"] ?? (Environment.executable("less") != nil ? "less -FRX" : nil),
              !pager.trimmingCharacters(in: .whitespaces).isEmpty else { return nil }
        // Quitting the pager early closes the pipe: the rest of the output is dropped, quietly.
        signal(SIGPIPE, SIG_IGN)
        // Decided while standard output is still the terminal.
        _ = (Terminal.colorEnabled, Terminal.columns)
        let process = Process(), pipe = Pipe()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", pager]
        process.standardInput = pipe
        do { try process.run() } catch { return nil }
        let terminal = dup(STDOUT_FILENO)
        dup2(pipe.fileHandleForWriting.fileDescriptor, STDOUT_FILENO)
        return Pager(process: process, pipe: pipe, terminal: terminal)
    }

    /// Ends the output, waits for the reader to quit the pager, and gives the terminal back.
    func finish() {
        fflush(nil)
        dup2(terminal, STDOUT_FILENO)
        close(terminal)
        try? pipe.fileHandleForWriting.close()
        process.waitUntilExit()
    }
}
