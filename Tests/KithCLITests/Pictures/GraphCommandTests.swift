import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing

/// `kith graph` and `kith reach --graph` end to end: the DOT compared by structure, every DOT run
/// through Graphviz, the SVG read back as XML, hostile names drawn as themselves.
@Suite struct GraphCommandTests {
    let kith: KithProcess

    /// Me; Ann and Bo at Acme (ties 4 and 2, a call with Ann three days ago, a promise to Bo);
    /// Cy at Globex, tied only to Ann.
    init() throws {
        kith = try KithProcess()
        try kith.ok("add", "Ann Lake", "--org", "Acme", "--strength", "4")
        try kith.ok("add", "Bo Chen", "--org", "Acme", "--strength", "2")
        try kith.ok("add", "Cy Reed", "--org", "Globex", "--not-met")
        try kith.ok("tie", "Ann", "Cy", "--strength", "5")
        try kith.ok("log", "Ann", "--kind", "call", "--on", "2026-11-18")
        try kith.ok("owe", "Bo", "send the deck")
    }

    @Test func myNetworkIsGroupedWeighedAndMarked() throws {
        let dot = try kith.ok("graph")
        let picture = try DOTReader(dot)
        #expect(picture.graph["layout"] == "fdp")
        #expect(picture.graph["label"]?.hasPrefix("Your network: 3 people\nColour: since you last spoke") == true)
        #expect(picture.nodes["p1"]?.attributes["label"] == "Me" && picture.nodes["p1"]?.attributes["pos"] == "0,0!")
        #expect(picture.clusters["Acme"]?.sorted() == ["p2", "p3"])
        #expect(picture.nodes["p4"]?.cluster == nil)
        let ann = try #require(picture.edge("p1", "p2")?.attributes["penwidth"].flatMap(Double.init))
        let bo = try #require(picture.edge("p1", "p3")?.attributes["penwidth"].flatMap(Double.init))
        #expect(ann > bo)
        #expect(picture.edge("p2", "p4") != nil && picture.edges.count == 3)
        #expect(picture.nodes["p2"]?.attributes["fillcolor"] == "#66bb6a")
        #expect(picture.nodes["p4"]?.attributes["fillcolor"] == "#e0e0e0")
        #expect(picture.nodes["p3"]?.attributes["peripheries"] == "2")
        #expect(picture.nodes["p3"]?.attributes["label"] == "Bo Chen\nyou owe 1")
        let svg = try XMLText(try GraphvizCheck.svg(dot))
        #expect(["Ann Lake", "Bo Chen", "Cy Reed", "Acme"].allSatisfy(svg.text.contains))
    }

    @Test func aCutPictureSaysSoAndTagsCanColourIt() throws {
        try kith.ok("tag", "Cy", "+investor")
        let picture = try DOTReader(try kith.ok("graph", "--limit", "1", "--color-by", "tag"))
        #expect(picture.graph["label"]?.hasPrefix("Your network: 1 of 3 people, the strongest ties (--limit 1; raise it") == true)
        #expect(Set(picture.nodes.keys) == ["p1", "p2"])
        let tagged = try DOTReader(try kith.ok("graph", "--tag", "investor", "--color-by", "tag"))
        #expect(tagged.nodes["p4"]?.attributes["fillcolor"] == "#4fc3f7")
        #expect(tagged.graph["label"]?.contains("Colour: tag: investor (blue)") == true)
    }

    @Test func aPersonsNeighbourhoodMarksMutualConnections() throws {
        let dot = try kith.ok("graph", "Cy", "--depth", "1")
        let picture = try DOTReader(dot)
        #expect(picture.graph["label"]?.hasPrefix("Cy Reed's neighbourhood, 1 tie deep: 1 person") == true)
        #expect(Set(picture.nodes.keys) == ["p4", "p2"])
        #expect(picture.nodes["p2"]?.attributes["color"] == "#1565c0")
        _ = try GraphvizCheck.svg(dot)
    }

    @Test func reachDrawsEveryRouteWithItsScore() throws {
        let file = kith.folder.appendingPathComponent("reach.dot").path
        let text = try kith.ok("reach", "Cy", "--graph", file)
        #expect(text.hasSuffix("The picture: \(file)\n"))
        let dot = try String(contentsOfFile: file, encoding: .utf8)
        let picture = try DOTReader(dot)
        #expect(dot.hasPrefix("digraph reach {") && picture.graph["rankdir"] == "LR")
        let first = try #require(picture.edges.first { $0.from == "p1" && $0.to == "p2" })
        #expect(first.attributes["style"] == "bold" && first.attributes["label"]?.hasPrefix("#1 · ") == true)
        #expect(picture.nodes["p4"]?.attributes["fillcolor"] == "#a5d6a7")
        _ = try GraphvizCheck.svg(dot)
        let html = kith.folder.appendingPathComponent("reach.html").path
        try kith.ok("graph", "--reach", "Cy", "--out", html)
        #expect(try String(contentsOfFile: html, encoding: .utf8).contains("<h1>Who can introduce you to Cy Reed?</h1>"))
    }

    @Test func anyNameDrawsAsItselfAndInjectsNothing() throws {
        let name = #"Zoë "Fox" \N {x}; <script>alert(1)</script> & 🚀 ]"#
        try kith.ok("add", name, "--org", #"A"; node [shape=star] "#)
        let dot = try kith.ok("graph")
        let picture = try DOTReader(dot)
        #expect(picture.node(named: "Zoë")?.attributes["label"] == name)
        #expect(picture.nodes.count == 5)
        let svg = try GraphvizCheck.svg(dot)
        let xml = try XMLText(svg)
        #expect(xml.text.contains(name) && !xml.elements.contains("script"))
        let html = kith.folder.appendingPathComponent("network.html").path
        try kith.ok("graph", "--out", html)
        let page = try String(contentsOfFile: html, encoding: .utf8)
        #expect(!page.contains("<script") && page.contains("<svg"))
        #expect((try FileManager.default.attributesOfItem(atPath: html)[.posixPermissions] as? Int) == 0o600)
    }

    @Test func withoutGraphvizDOTStillWorksAndTheRestSaysHowToInstallIt() throws {
        let environment = ["PATH": "/nonexistent"]
        let svg = try kith.run(["graph", "--format", "svg"], environment: environment)
        #expect(svg.status == 1 && svg.stdout.isEmpty)
        #expect(svg.stderr == "kith: error: drawing SVG needs Graphviz's dot, which is not on the PATH; install Graphviz "
                + "(apt install graphviz, brew install graphviz, dnf install graphviz), or use --format dot\n")
        #expect(try kith.run(["graph"], environment: environment).status == 0)
    }

    /// A PNG is a PNG: the signature, a header of a real size, and its end; a terminal is not
    /// sent one.
    @Test func aPNGIsDrawnToAFileAndNeverToATerminal() throws {
        let file = kith.folder.appendingPathComponent("network.png").path
        try kith.ok("graph", "--out", file)
        let png = try Data(contentsOf: URL(fileURLWithPath: file))
        #expect(png.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
        #expect(String(decoding: png[12..<16], as: UTF8.self) == "IHDR")
        let width = png[16..<20].reduce(0) { $0 << 8 | Int($1) }, height = png[20..<24].reduce(0) { $0 << 8 | Int($1) }
        #expect(width > 200 && height > 200)
        #expect(String(decoding: png.suffix(8).prefix(4), as: UTF8.self) == "IEND")
        let terminal = try kith.runOnTerminal(["graph", "--format", "png"], input: "")
        #expect(terminal.status == 1 && terminal.stdout.contains("kith: error: a PNG is not for a terminal; give --out FILE.png"))
    }

    @Test func theJSONSaysWhatThePictureHolds() throws {
        let picture = try #require(try kith.json("graph") as? [String: Any])
        #expect(Set(picture.keys) == ["kind", "people", "ties", "total", "limit"])
        let person = try #require((picture["people"] as? [[String: Any]])?[1])
        #expect(Set(person.keys).isSuperset(of: ["person", "tags", "is_me", "drifting", "owed", "weight", "days_since", "last_contact"]))
        let tie = try #require((picture["ties"] as? [[String: Any]])?.first)
        #expect(Set(tie.keys) == ["person_a", "person_b", "strength", "weight", "source"])
    }

    @Test func badInputIsRefusedInOneLine() throws {
        try kith.refuses(["graph", "--depth", "9", "Cy"], "kith: error: --depth must be from 1 to 4, not 9: further, a picture shows everyone\n")
        try kith.refuses(["graph", "--min-strength", "0"])
        try kith.refuses(["graph", "Nobody Here"])
        try kith.refuses(["graph", "--tag", "nosuchtag"])
        try kith.refuses(["graph", "--out", "net.pdf"],
                         "kith: error: kith draws .dot, .svg, .png and .html, not .pdf; for anything else, Graphviz: "
                         + "kith graph | dot -Tpdf -o net.pdf\n")
        try kith.refuses(["reach", "Cy", "--graph", "reach.jpeg"])
        // A file that cannot be written is the file's trouble, named as such (not the database's).
        // (a storage fault: exit 3), nothing written, the database as it was.
        let before = try kith.fingerprint()
        for command in [["graph", "--out", "/nonexistent/folder/net.svg"], ["export", "--out", "/nonexistent/folder/all.vcf"]] {
            let result = try kith.run(command)
            #expect(result.status == 3 && result.stdout.isEmpty)
            #expect(result.stderr == "kith: error: cannot write \(command[2]): no such file or directory; check that its folder "
                    + "exists and is writable\n")
        }
        #expect(try kith.fingerprint() == before)
        #expect(!FileManager.default.fileExists(atPath: kith.folder.appendingPathComponent("net.pdf").path))
    }

    @Test func aTenThousandPersonNetworkIsDrawnWithinTheLimit() throws {
        let sample = try kith.run(["sample", "--people", "10000", "--seed", "3", "--db", kith.folder.appendingPathComponent("big.db").path],
                                  useDB: false)
        #expect(sample.status == 0, "\(sample.stderr)")
        let result = try kith.run(["graph", "--db", kith.folder.appendingPathComponent("big.db").path], useDB: false)
        #expect(result.status == 0)
        let picture = try DOTReader(result.stdout)
        #expect(picture.nodes.count == 151)
        #expect(picture.graph["label"]?.hasPrefix("Your network: 150 of 10000 people") == true)
        _ = try GraphvizCheck.svg(result.stdout)
    }
}

/// An SVG (or any XML) read by an XML parser: every element's name and all the text.
struct XMLText {
    var elements: Set<String> = []
    var text = ""

    init(_ xml: String) throws {
        let parser = XMLParser(data: Data(xml.utf8))
        let collector = Collector()
        parser.delegate = collector
        guard parser.parse() else { throw DOTReader.DOTError(text: "not XML: \(parser.parserError.map { "\($0)" } ?? "")") }
        elements = collector.elements
        text = collector.text
    }

    private final class Collector: NSObject, XMLParserDelegate {
        var elements: Set<String> = []
        var text = ""
        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                    attributes: [String: String] = [:]) { elements.insert(name) }
        func parser(_ parser: XMLParser, foundCharacters string: String) { text += string }
    }
}
