/// Writes an iCalendar stream (RFC 5545): content lines ended by CRLF, folded at 75 octets
/// without splitting a UTF-8 sequence, TEXT values escaped.
public struct ICalendarWriter: Sendable {
    private var lines: [String] = []

    public init() {}

    public mutating func begin(_ component: String) { lines.append("BEGIN:" + component) }
    public mutating func end(_ component: String) { lines.append("END:" + component) }

    /// A property whose value is already in its iCalendar form (a date, a number).
    public mutating func property(_ name: String, _ value: String) { lines.append(name + ":" + value) }

    /// A TEXT property, escaped (RFC 5545 §3.3.11).
    public mutating func text(_ name: String, _ value: String) { lines.append(name + ":" + ContentLine.escape(value)) }

    /// An all-day date: `DUE;VALUE=DATE:20261127`.
    public mutating func date(_ name: String, _ day: Day) {
        lines.append(name + ";VALUE=DATE:" + Self.basic(day))
    }

    /// Another writer's lines, after these: a component written on its own.
    public mutating func append(_ other: ICalendarWriter) { lines += other.lines }

    /// The stream, every line folded and ended by CRLF.
    public func render() -> String { lines.map { ContentLine.fold($0) + "\r\n" }.joined() }

    /// `2026-11-27` → `20261127`.
    public static func basic(_ day: Day) -> String { day.description.replacingOccurrences(of: "-", with: "") }
}
