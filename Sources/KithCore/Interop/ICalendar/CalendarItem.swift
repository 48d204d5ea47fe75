/// One to-do or event of Kith's calendar (the weekly list's items, as `kith week --format ics`
/// writes them all and `kith sync calendar` one file each), with what a sync needs to know.
public struct CalendarItem: Sendable {
    public let uid: String
    /// What it says, in a line.
    public let summary: String
    /// The promise it is about, if any: completed in a synced calendar, the promise is done.
    public let commitment: Int64?
    let component: ICalendarWriter

    public init(uid: String, summary: String, commitment: Int64?, component: ICalendarWriter) {
        self.uid = uid
        self.summary = summary
        self.commitment = commitment
        self.component = component
    }

    /// A calendar file of `items`.
    public static func file(_ items: [CalendarItem]) -> String {
        var calendar = ICalendarWriter()
        calendar.begin("VCALENDAR")
        calendar.property("VERSION", "2.0")
        calendar.property("PRODID", "-//Kith//kith week//EN")
        calendar.property("CALSCALE", "GREGORIAN")
        calendar.text("X-WR-CALNAME", "Kith follow-ups")
        for item in items { calendar.append(item.component) }
        calendar.end("VCALENDAR")
        return calendar.render()
    }
}
