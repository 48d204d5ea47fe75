import Foundation

/// Reads the DOT kith writes back into nodes, edges and clusters with their attributes, so that
/// tests compare pictures by structure rather than by text.
struct DOTReader {
    struct Node { var id: String; var attributes: [String: String]; var cluster: String? }
    struct Edge { var from: String; var to: String; var attributes: [String: String] }

    var graph: [String: String] = [:]
    var nodes: [String: Node] = [:]
    var edges: [Edge] = []
    /// Cluster label → the nodes inside.
    var clusters: [String: [String]] = [:]

    init(_ text: String) throws {
        var cluster: String?
        var inCluster = false
        for raw in text.split(separator: "\n") {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.hasPrefix("subgraph cluster_") { inCluster = true; continue }
            if line == "}" { inCluster = false; cluster = nil; continue }
            guard let open = line.firstIndex(of: "[") else { continue }
            let head = line[..<open].trimmingCharacters(in: .whitespaces)
            let attributes = try Self.attributes(String(line[line.index(after: open)...]))
            if head == "graph" {
                if inCluster { cluster = attributes["label"]; clusters[cluster ?? "", default: []] += [] } else { graph = attributes }
            } else if head == "node" || head == "edge" {
                continue
            } else if let arrow = head.range(of: " -- ") ?? head.range(of: " -> ") {
                edges.append(Edge(from: String(head[..<arrow.lowerBound]), to: String(head[arrow.upperBound...]), attributes: attributes))
            } else {
                nodes[head] = Node(id: head, attributes: attributes, cluster: cluster)
                if let cluster { clusters[cluster, default: []].append(head) }
            }
        }
    }

    /// `key="value" key2=value2];` with DOT's escapes undone (`\"`, `\\`, `\n`).
    static func attributes(_ text: String) throws -> [String: String] {
        var result: [String: String] = [:]
        var characters = Array(text)[...]
        while let first = characters.first, first != "]" {
            if first == " " { characters.removeFirst(); continue }
            guard let equals = characters.firstIndex(of: "=") else { throw DOTError(text: text) }
            let key = String(characters[..<equals])
            characters = characters[(equals + 1)...]
            var value = ""
            if characters.first == "\"" {
                characters.removeFirst()
                while let character = characters.popFirst(), character != "\"" {
                    if character == "\\", let next = characters.popFirst() { value.append(next == "n" ? "\n" : next) } else { value.append(character) }
                }
            } else {
                while let character = characters.first, character != " ", character != "]" { value.append(characters.removeFirst()) }
            }
            result[key] = value
        }
        return result
    }

    struct DOTError: Error { var text: String }

    /// The node whose label starts with `name`.
    func node(named name: String) -> Node? { nodes.values.first { $0.attributes["label"]?.hasPrefix(name) == true } }

    func edge(_ a: String, _ b: String) -> Edge? { edges.first { ($0.from, $0.to) == (a, b) || ($0.from, $0.to) == (b, a) } }
}

/// Graphviz, as the tests run it: `dot` must be installed (README's test setup installs it).
enum GraphvizCheck {
    static var dot: String? {
        (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":").map { "\($0)/dot" }
            .first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// Runs `dot -Tsvg` on `text` and returns the SVG; fails the test when dot fails.
    static func svg(_ text: String) throws -> String {
        guard let dot else { throw DOTReader.DOTError(text: "Graphviz's dot is not installed: apt-get install graphviz") }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: dot)
        process.arguments = ["-Tsvg"]
        let input = Pipe(), output = Pipe(), errors = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        input.fileHandleForWriting.write(Data(text.utf8))
        try input.fileHandleForWriting.close()
        let svg = output.fileHandleForReading.readDataToEndOfFile()
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { throw DOTReader.DOTError(text: "dot failed: \(message)") }
        return String(decoding: svg, as: UTF8.self)
    }
}
