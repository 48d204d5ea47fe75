import KithCore

/// How pictures look, and the legend that says so (README "Pictures of the network").
enum PictureStyle {
    enum Colouring: String, CaseIterable {
        case recency, tag
    }

    /// Since we last spoke: recent green to long ago orange, never grey.
    static let recency: [(upTo: Int?, colour: String, words: String)] = [
        (30, "#66bb6a", "spoke in the last 30 days"), (90, "#d4e157", "31–90 days ago"),
        (180, "#ffca28", "91–180 days ago"), (nil, "#ff8a65", "more than 180 days ago"),
    ]
    static let never = "#e0e0e0"
    static let palette = ["#4fc3f7", "#ba68c8", "#ffb74d", "#81c784", "#f06292", "#a1887f", "#4db6ac", "#fff176"]
    static let meColour = "#37474f"

    static func recencyColour(_ days: Int?) -> String {
        guard let days else { return never }
        return recency.first { $0.upTo.map { days <= $0 } ?? true }!.colour
    }

    /// The most common tags among the people shown, each with its colour.
    static func tagColours(_ people: [NetworkPicture.Person]) -> [(tag: String, colour: String)] {
        var counts: [String: Int] = [:]
        for person in people where !person.isMe { for tag in person.tags { counts[tag, default: 0] += 1 } }
        let common = counts.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.prefix(palette.count)
        return zip(common, palette).map { ($0.key, $1) }
    }

    /// Line width from reach's weight of a tie: 0.5 for the weakest to 5 for the strongest.
    static func penwidth(_ weight: Double) -> String { String(format: "%.2f", 0.5 + 4.5 * min(1, max(0, weight))) }

    /// The legend's lines, for the picture's own label and the HTML page.
    static func legend(_ colouring: Colouring, tags: [(tag: String, colour: String)], kind: NetworkPicture.Kind) -> [String] {
        var lines = colouring == .recency
            ? ["Colour: since you last spoke: " + recency.map { "\($0.words) \(name($0.colour))" }.joined(separator: ", ")
               + ", never grey"]
            : ["Colour: tag: " + (tags.isEmpty ? "none shown" : tags.map { "\($0.tag) \(name($0.colour))" }.joined(separator: ", "))
               + "; other people white"]
        lines.append("Line width: the tie's weight as reach weighs it (strength, recent contact, introductions, "
                     + "shared organisation and events)")
        lines.append("Dashed outline: drifting apart · double outline: you owe them a promise · boxes: organisations")
        if kind == .person { lines.append("Bold outline: someone you know too (a mutual connection)") }
        return lines
    }

    /// The colour's name in words, for a legend read without colour.
    static func name(_ colour: String) -> String {
        let names = ["#66bb6a": "green", "#d4e157": "lime", "#ffca28": "amber", "#ff8a65": "orange", "#4fc3f7": "blue",
                     "#ba68c8": "purple", "#ffb74d": "light orange", "#81c784": "light green", "#f06292": "pink",
                     "#a1887f": "brown", "#4db6ac": "teal", "#fff176": "yellow"]
        return "(\(names[colour] ?? colour))"
    }
}
