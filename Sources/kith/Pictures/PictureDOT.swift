import KithCore

/// A picture of my network or of one person's neighbourhood as DOT: people grouped by
/// organisation (Graphviz clusters), coloured by recency or tag, lines as wide as reach weighs
/// the tie, drifting ties and people I owe marked, and the legend in the picture's own title.
struct PictureDOT {
    let picture: NetworkPicture
    let colouring: PictureStyle.Colouring

    /// Above this many people, `sfdp` lays the picture out: `fdp` grows slow.
    static let largePicture = 400

    var title: String {
        let shown = picture.others
        let cut = picture.isCut ? "\(shown) of \(picture.total) people, the " + (picture.kind == .network ? "strongest ties" : "nearest")
            + " (--limit \(picture.limit); raise it to see more)" : "\(shown) \(shown == 1 ? "person" : "people")"
        guard let focus = picture.focus else { return "Your network: " + cut }
        return "\(focus.name)'s neighbourhood, \(picture.depth ?? 1) \(picture.depth == 1 ? "tie" : "ties") deep: " + cut
    }

    var tags: [(tag: String, colour: String)] { colouring == .tag ? PictureStyle.tagColours(picture.people) : [] }

    var legend: [String] { PictureStyle.legend(colouring, tags: tags, kind: picture.kind) }

    func render() -> String {
        var dot = DOT()
        dot.open("graph kith")
        let large = picture.people.count > Self.largePicture
        dot.line("graph [" + DOT.attributes([
            // Longer ideal edges and a margin around each box keep organisations apart.
            "layout": large ? "sfdp" : "fdp", "K": "0.9", "sep": "+10", "overlap": "prism", "splines": "true", "outputorder": "edgesfirst",
            "fontname": "Helvetica", "fontsize": "12", "labelloc": "t", "label": ([title] + legend).joined(separator: "\n"),
        ]) + "];")
        dot.line("node [shape=box style=\"rounded,filled\" fontname=\"Helvetica\" fontsize=10 color=\"#616161\" fillcolor=\"#ffffff\"];")
        dot.line("edge [color=\"#90a4ae\"];")
        let colours = Dictionary(uniqueKeysWithValues: tags.map { ($0.tag, $0.colour) })
        let loose = clusters(&dot, colours: colours)
        for person in loose { node(&dot, person, colours: colours) }
        let me = picture.people.first { $0.isMe }?.person.id
        for tie in picture.ties {
            dot.edge(DOT.id(tie.personA), DOT.id(tie.personB), [
                "penwidth": PictureStyle.penwidth(tie.weight),
                "color": tie.personA == me || tie.personB == me ? "#546e7a" : nil,
                "tooltip": "strength \(tie.strength)/5, \(tie.source), weight \(String(format: "%.2f", tie.weight))",
            ])
        }
        dot.close()
        return dot.text
    }

    /// An organisation shared by two or more people shown becomes a box around them; returns
    /// everyone else.
    private func clusters(_ dot: inout DOT, colours: [String: String]) -> [NetworkPicture.Person] {
        var groups: [String: [NetworkPicture.Person]] = [:]
        for person in picture.people where !person.isMe {
            if let organization = person.person.organization { groups[organization.lowercased(), default: []].append(person) }
        }
        let boxed = groups.filter { $0.value.count >= 2 }.sorted { $0.key < $1.key }
        for (index, (_, members)) in boxed.enumerated() {
            dot.open("subgraph cluster_\(index + 1)")
            dot.line("graph [" + DOT.attributes(["label": members[0].person.organization, "style": "rounded,filled",
                                                 "fillcolor": "#f5f5f5", "color": "#cfd8dc", "fontsize": "11"]) + "];")
            for person in members { node(&dot, person, colours: colours) }
            dot.close()
        }
        let inBoxes = Set(boxed.flatMap { $0.value.map(\.person.id) })
        return picture.people.filter { !inBoxes.contains($0.person.id) }
    }

    private func node(_ dot: inout DOT, _ person: NetworkPicture.Person, colours: [String: String]) {
        let focus = person.person.id == picture.focus?.id
        var label = person.isMe ? "Me" : person.person.name
        if person.owed > 0 { label += "\nyou owe \(person.owed)" }
        let fill = person.isMe || focus ? PictureStyle.meColour
            : colouring == .recency ? PictureStyle.recencyColour(person.daysSince)
            : person.tags.compactMap { colours[$0] }.first ?? "#ffffff"
        dot.node(DOT.id(person.person.id), [
            "label": label, "fillcolor": fill, "fontcolor": person.isMe || focus ? "#ffffff" : nil,
            "style": person.drifting ? "rounded,filled,dashed" : nil, "peripheries": person.owed > 0 ? "2" : nil,
            "penwidth": person.mutual == true || person.drifting ? "2.5" : nil, "color": person.mutual == true ? "#1565c0" : nil,
            "pos": person.isMe && picture.kind == .network ? "0,0!" : nil, "tooltip": tooltip(person),
        ])
    }

    private func tooltip(_ person: NetworkPicture.Person) -> String {
        var parts = [person.person.name + (person.person.organization.map { ", \($0)" } ?? "")]
        if !person.isMe {
            parts.append(person.lastContact.map { "last spoke \($0) (\(person.daysSince ?? 0) days ago)" } ?? "nothing logged")
        }
        if !person.tags.isEmpty { parts.append("tags: " + person.tags.joined(separator: ", ")) }
        if person.drifting { parts.append("drifting apart") }
        if person.owed > 0 { parts.append("you owe them \(person.owed) \(person.owed == 1 ? "promise" : "promises")") }
        if person.mutual == true { parts.append("you know them too") }
        return parts.joined(separator: " · ")
    }
}
