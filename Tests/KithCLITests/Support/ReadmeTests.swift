import Foundation
import Testing

/// README's usage examples must work exactly as shown, in order, on a new database.
@Suite struct ReadmeTests {
    /// The commands of the first `sh` block under "## Usage", continuation lines joined.
    static func usageCommands() throws -> [String] {
        var folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        while !FileManager.default.fileExists(atPath: folder.appendingPathComponent("README.md").path) {
            folder.deleteLastPathComponent()
        }
        let readme = try String(contentsOf: folder.appendingPathComponent("README.md"), encoding: .utf8)
        let usage = try #require(readme.range(of: "## Usage"))
        let block = readme[usage.upperBound...]
        let start = try #require(block.range(of: "```sh\n"))
        let end = try #require(block[start.upperBound...].range(of: "```"))
        var commands: [String] = []
        var pending = ""
        for line in block[start.upperBound..<end.lowerBound].split(separator: "\n") {
            let text = line.trimmingCharacters(in: .whitespaces)
            if text.hasPrefix("#") || text.isEmpty { continue }
            if text.hasSuffix("\\") {
                pending += text.dropLast() + " "
            } else {
                commands.append(pending + text)
                pending = ""
            }
        }
        return commands
    }

    @Test func usageExamplesRunAsShown() throws {
        let kith = try KithProcess()
        let commands = try Self.usageCommands()
        #expect(commands.count >= 15)
        for command in commands {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/bin/sh")
            process.arguments = ["-c", command]
            process.currentDirectoryURL = kith.folder
            var environment = ProcessInfo.processInfo.environment
            environment["PATH"] = KithProcess.binary.deletingLastPathComponent().path + ":" + (environment["PATH"] ?? "")
            environment["KITH_DB"] = kith.db
            environment["KITH_TODAY"] = kith.today
            environment["NO_COLOR"] = "1"
            process.environment = environment
            let errors = Pipe()
            process.standardError = errors
            process.standardOutput = FileHandle.nullDevice
            try process.run()
            let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            process.waitUntilExit()
            #expect(process.terminationStatus == 0, "README command failed: \(command)\n\(message)")
        }
        #expect(try kith.count("person", "name = 'Maya Chen' AND title = 'CEO'") == 1)
        #expect(try kith.count("person", "name = 'Jonas Berg'") == 0)
        #expect(try kith.count("introduction", "id = 3 AND status = 'made'") == 1)
        #expect(try kith.count("commitment", "id = 1 AND status = 'done'") == 1)
        #expect(try kith.count("tag", "name = 'investor' AND cadence_days = 60") == 1)
        #expect(try kith.count("person", "name = 'M. Chen'") == 0)
        #expect(try kith.count("email", "value = 'maya@tidal.example'") == 1)
        #expect(try kith.count("person", "name = 'Bruno Okafor'") == 0)
        let backup = kith.folder.appendingPathComponent("kith-backup.db").path
        #expect(try FileManager.default.attributesOfItem(atPath: backup)[.posixPermissions] as? Int == 0o600)
        let calendar = try String(contentsOf: kith.folder.appendingPathComponent("kith-week.ics"), encoding: .utf8)
        #expect(calendar.hasPrefix("BEGIN:VCALENDAR\r\n"))
        // A card per person synced into the phone's folder (everyone but me, when it ran), and
        // the week's items into its calendar.
        let cards = try FileManager.default.contentsOfDirectory(atPath: kith.folder.appendingPathComponent("phone/contacts").path)
        #expect(cards.count >= 3 && cards.allSatisfy { $0.hasSuffix(".vcf") }, "\(cards)")
        #expect(try kith.count("vdir_item", "kind = 'contacts'") == cards.count)
        #expect(try kith.count("vdir_item", "kind = 'calendar'") > 0)
        // The pictures, drawn by Graphviz: SVG, and HTML with the SVG inline.
        for (file, start) in [("priya.svg", "<?xml"), ("network.svg", "<?xml"), ("ana.html", "<!DOCTYPE html>"), ("investors.dot", "graph kith {")] {
            let text = try String(contentsOf: kith.folder.appendingPathComponent(file), encoding: .utf8)
            #expect(text.hasPrefix(start), "\(file)")
        }
    }
}
