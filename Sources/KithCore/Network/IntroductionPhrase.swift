extension IntroductionEntry {
    /// `you introduced Ana Silva ↔ Bruno Okafor`, `Ana Silva introduced you to Bruno Okafor`,
    /// `you asked Ana Silva to introduce you to Bruno Okafor`, …
    public var phrase: String {
        let introducer = introducer?.name ?? "someone"
        let pair = "\(personA.name) ↔ \(personB.name)"
        let target = personB.name
        switch (direction, status) {
        case (.given, .made): return "you introduced \(pair)"
        case (.given, .requested): return "you were asked to introduce \(pair)"
        case (.given, .offered): return "you offered to introduce \(pair)"
        case (.given, .declined): return "you declined to introduce \(pair)"
        case (.received, .made): return "\(introducer) introduced you to \(target)"
        case (.received, .requested): return "you asked \(introducer) to introduce you to \(target)"
        case (.received, .offered): return "\(introducer) offered to introduce you to \(target)"
        case (.received, .declined): return "\(introducer) declined to introduce you to \(target)"
        case (.others, .made): return "\(introducer) introduced \(pair)"
        case (.others, let status): return "\(introducer) and \(pair): \(status.rawValue)"
        }
    }
}
