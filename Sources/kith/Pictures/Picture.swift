import ArgumentParser
import Foundation
import KithCore

/// A picture on its way out: DOT as it is; SVG and PNG drawn by Graphviz; HTML one page with the
/// SVG inline and the legend. To a file (0600, whole or not at all), or to standard output.
struct Picture {
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case dot, svg, png, html
    }

    let dot: String
    let title: String
    let legend: [String]

    /// `--format`, else the extension of `--out` (`.gv` is DOT too; none is DOT), else DOT. An
    /// extension kith does not draw is refused rather than filled with DOT.
    static func format(_ given: Format?, out: String?) throws -> Format {
        if let given { return given }
        let ext = out.map { URL(fileURLWithPath: $0).pathExtension.lowercased() } ?? ""
        if ext.isEmpty || ext == "gv" { return .dot }
        guard let format = Format(rawValue: ext) else {
            throw KithError.invalid("kith draws .dot, .svg, .png and .html, not .\(ext); for anything else, "
                                    + "Graphviz: kith graph | dot -T\(ext) -o \(URL(fileURLWithPath: out ?? "").lastPathComponent)")
        }
        return format
    }

    func write(as format: Format, to out: String?) throws {
        if format == .png, out == nil, (isatty(STDOUT_FILENO) == 1) {
            throw KithError.invalid("a PNG is not for a terminal; give --out FILE.png")
        }
        let data: Data = switch format {
        case .dot: Data(dot.utf8)
        case .svg: try Graphviz.draw(dot, as: "svg")
        case .png: try Graphviz.draw(dot, as: "png")
        case .html: Data(html(svg: try Graphviz.draw(dot, as: "svg")).utf8)
        }
        guard let out else { return FileHandle.standardOutput.write(data) }
        try PrivateFile.write(data, to: out)
    }

    /// One self-contained page: the title, the legend, and the SVG as Graphviz drew it (its text
    /// already escaped for XML); nothing is loaded from anywhere.
    func html(svg: Data) -> String {
        let text = String(decoding: svg, as: UTF8.self)
        let inline = text.range(of: "<svg").map { String(text[$0.lowerBound...]) } ?? text
        return """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <title>Kith: \(Self.escaped(title))</title>
            <style>
            body { font-family: Helvetica, Arial, sans-serif; margin: 2em; color: #263238; }
            h1 { font-size: 1.3em; } ul.legend { color: #546e7a; font-size: 0.9em; }
            div.picture svg { max-width: 100%; height: auto; }
            </style>
            </head>
            <body>
            <h1>\(Self.escaped(title))</h1>
            <ul class="legend">
            \(legend.map { "<li>\(Self.escaped($0))</li>" }.joined(separator: "\n"))
            </ul>
            <div class="picture">
            \(inline)
            </div>
            </body>
            </html>

            """
    }

    static func escaped(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
            .replacingOccurrences(of: "'", with: "&#39;")
    }
}

/// Graphviz, run as the program it is: DOT in, SVG or PNG out.
enum Graphviz {
    /// `dot` on the PATH, which lays out with the engine the DOT names (`layout=fdp`, …).
    static var executable: String? { Environment.executable("dot") }

    static let install = "install Graphviz (apt install graphviz, brew install graphviz, dnf install graphviz), or use --format dot"

    static func draw(_ dot: String, as format: String) throws -> Data {
        guard let executable else { throw KithError.invalid("drawing \(format.uppercased()) needs Graphviz's dot, which is not on the PATH; \(install)") }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("kith-picture-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: false, attributes: [.posixPermissions: 0o700])
        defer { try? FileManager.default.removeItem(at: folder) }
        let input = folder.appendingPathComponent("picture.gv"), output = folder.appendingPathComponent("picture.\(format)")
        try PrivateFile.write(Data(dot.utf8), to: input.path)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = ["-T" + format] + (format == "png" ? ["-Gdpi=144"] : []) + ["-o", output.path, input.path]
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        guard process.terminationStatus == 0, let data = FileManager.default.contents(atPath: output.path) else {
            let first = message.split(separator: "\n").first.map(String.init) ?? "exit status \(process.terminationStatus)"
            throw KithError.invalid("Graphviz could not draw the picture: \(first)")
        }
        return data
    }
}
