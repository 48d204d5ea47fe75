import Foundation

/// Reads vCard 2.1, 3.0 and 4.0 files into cards of properties, one card at a time, so that a
/// file of any size costs the memory of one card. Lines are unfolded as bytes (`VCardLines`);
/// groups and parameters are split; quoted-printable and the CHARSET of 2.1 are decoded. Values
/// keep the escaping of their card's version; `VCardProperty` unescapes on request.
enum VCardParser {
    struct Card {
        /// The line of `BEGIN:VCARD`, for messages.
        var line: Int
        var version: VCardVersion
        var properties: [VCardProperty]
    }

    typealias Malformed = MalformedRecord

    /// Calls `body` with every card, or the reason it cannot be read, in the order of the file.
    static func forEachCard(in data: Data, _ body: (Result<Card, Malformed>) throws -> Void) rethrows {
        // The file is read where it lies: a copy would double an import's memory.
        try data.withUnsafeBytes { raw in try forEachCard(in: raw.bindMemory(to: UInt8.self), body) }
    }

    private static func forEachCard(in bytes: UnsafeBufferPointer<UInt8>, _ body: (Result<Card, Malformed>) throws -> Void) rethrows {
        var lines = VCardLines(bytes)
        var current: Card?
        var broken: Malformed?
        while let (number, line) = lines.next() {
            guard var property = VCardProperty(line, line: number, version: current?.version ?? .v3) else {
                // A line that is no property continues the value before it: Google and Android
                // write raw line breaks inside notes and names.
                if current?.properties.isEmpty == false {
                    current!.properties[current!.properties.count - 1].appendLine(Charset.guess(line))
                } else if current != nil, broken == nil {
                    broken = Malformed(line: number, reason: "a line without a property name and a colon")
                }
                continue
            }
            // Only these three values are compared, so only they are upper-cased.
            let marker = ["BEGIN", "END", "VERSION"].contains(property.name) ? property.rawValue.uppercased() : ""
            switch (property.name, marker) {
            case ("BEGIN", "VCARD"):
                if let open = current { try body(.failure(Malformed(line: open.line, reason: "a card without END:VCARD"))) }
                current = Card(line: number, version: .v3, properties: [])
                broken = nil
            case ("END", "VCARD"):
                guard let card = current else {
                    try body(.failure(Malformed(line: number, reason: "END:VCARD without BEGIN:VCARD")))
                    continue
                }
                try body(broken.map { .failure($0) } ?? .success(card))
                current = nil
                broken = nil
            case ("VERSION", let value):
                current?.version = VCardVersion(rawValue: value.trimmingBlanks()) ?? .v3
            default:
                property.version = current?.version ?? .v3
                current?.properties.append(property)
            }
        }
        if let open = current { try body(.failure(Malformed(line: open.line, reason: "a card without END:VCARD"))) }
    }

    /// Every card and every malformed one: for tests and small files.
    static func parse(_ data: Data) -> (cards: [Card], malformed: [Malformed]) {
        var cards: [Card] = []
        var malformed: [Malformed] = []
        forEachCard(in: data) { result in
            switch result {
            case .success(let card): cards.append(card)
            case .failure(let problem): malformed.append(problem)
            }
        }
        return (cards, malformed)
    }

    /// How many cards a file holds, counted from its `BEGIN:VCARD` lines: for progress.
    static func count(in data: Data) -> Int {
        data.withUnsafeBytes { raw in count(in: raw.bindMemory(to: UInt8.self)) }
    }

    private static func count(in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        let begin = Array("begin:vcard".utf8)
        var count = 0
        var index = 0
        while index + begin.count <= bytes.count {
            let atLineStart = index == 0 || bytes[index - 1] == 0x0A || bytes[index - 1] == 0x0D
            if atLineStart, zip(begin, bytes[index..<(index + begin.count)]).allSatisfy({ $0 == $1 | 0x20 }) {
                count += 1
                index += begin.count
            } else {
                index += 1
            }
        }
        return count
    }
}

/// The versions of vCard, which escape and encode values differently.
enum VCardVersion: String, Sendable {
    case v21 = "2.1"
    case v3 = "3.0"
    case v4 = "4.0"
}
