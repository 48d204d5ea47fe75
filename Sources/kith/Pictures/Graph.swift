import ArgumentParser
import KithCore

extension Kith {
    struct Graph: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "graph",
            abstract: "Draw your network, one person's neighbourhood, or who can introduce you to someone, with Graphviz.",
            discussion: """
                Examples:
                  kith graph --out network.svg                    your network, me in the middle
                  kith graph "Maya Chen" --depth 2 --out maya.png  her ties, and their ties
                  kith graph --reach "seed investor" --out reach.html
                  kith graph --tag investor --color-by tag | dot -Tpdf -o investors.pdf
                People are grouped by organisation, coloured by how long since you last spoke (or by \
                tag), and joined by lines as wide as reach weighs the tie; drifting ties are dashed and \
                people you owe a promise have a double outline; the picture's title holds the legend. \
                The biggest networks are cut to the --limit strongest (or nearest) people, and the \
                title says so. DOT is written as it is; SVG, PNG and HTML need Graphviz's dot.
                """)

        @OptionGroup var store: StoreOptions

        @Argument(help: "Whose neighbourhood to draw (a name or #ID); default: your whole network.") var person: [String] = []
        @Option(help: ArgumentHelp("Draw the answer to kith reach GOAL instead.", valueName: "goal")) var reach: String?
        @Option(parsing: .unconditional, help: "How many ties from the person to draw (1–4).") var depth = 2
        @Option(name: .customLong("min-strength"), parsing: .unconditional, help: "Leave out ties weaker than this (1–5).")
        var minStrength = 1
        @Option(help: "Only people with this tag.") var tag: String?
        @Option(help: "Only people at this organisation.") var org: String?
        @Option(parsing: .unconditional, help: "At most this many people.") var limit = PictureFilter.defaultLimit
        @Option(name: .customLong("color-by"), help: "recency (since you last spoke) or tag.") var colorBy: PictureStyle.Colouring = .recency
        @Option(help: "dot, svg, png or html; default: told from --out, else dot.") var format: Picture.Format?
        @Option(help: ArgumentHelp("Write to this file instead of standard output.", valueName: "file")) var out: String?
        @Flag(help: "Print what the picture holds as JSON instead.") var json = false

        func validate() throws {
            if reach != nil, !person.isEmpty { throw ValidationError("draw either a person's neighbourhood or --reach, not both") }
        }

        func run() throws {
            let context = try store.reading()
            if let reach {
                let answer = try ReachQuery(context).reach(reach)
                if json { return try JSONOutput.print(answer) }
                let drawing = ReachDOT(answer: answer)
                return try Picture(dot: drawing.render(), title: drawing.title, legend: ReachDOT.legend)
                    .write(as: try Picture.format(format, out: out), to: out)
            }
            let filter = PictureFilter(minStrength: minStrength, tag: tag, organization: org, limit: limit)
            let query = PictureQuery(context)
            let picture = person.isEmpty ? try query.network(filter)
                : try query.person(person.joined(separator: " "), depth: depth, filter)
            if json { return try JSONOutput.print(picture) }
            let drawing = PictureDOT(picture: picture, colouring: colorBy)
            try Picture(dot: drawing.render(), title: drawing.title, legend: drawing.legend)
                .write(as: try Picture.format(format, out: out), to: out)
        }
    }
}

extension PictureStyle.Colouring: ExpressibleByArgument {}
