import KithCore

/// The weekly list as an iCalendar file a calendar program imports: a to-do per promise (with
/// its due date), per introduction to follow up and per person to get in touch with, and an
/// all-day event per birthday. UIDs are stable, so importing again updates instead of doubling.
struct WeeklyCalendar {
    let list: WeeklyList
    /// Tells this database's items from another's in a shared calendar.
    let databaseID: String
    /// When the file is written (`DTSTAMP`).
    let stamp: Timestamp

    init(list: WeeklyList, databaseID: String, stamp: Timestamp) {
        self.list = list
        self.databaseID = databaseID
        self.stamp = stamp
    }

    func render() -> String {
        var calendar = ICalendarWriter()
        calendar.begin("VCALENDAR")
        calendar.property("VERSION", "2.0")
        calendar.property("PRODID", "-//Kith//kith week//EN")
        calendar.property("CALSCALE", "GREGORIAN")
        calendar.text("X-WR-CALNAME", "Kith follow-ups")
        for commitment in list.overdue + list.due + list.owedToMe {
            let who = commitment.person.name
            todo(&calendar, uid: uid("commitment-\(commitment.id)"),
                 summary: commitment.owedByMe ? "\(who): \(commitment.what)" : "\(who) owes you: \(commitment.what)",
                 description: (commitment.owedByMe ? "You promised \(commitment.person.label): \(commitment.what)."
                               : "\(commitment.person.label) promised you: \(commitment.what).")
                     + "\nWhen it is done: kith done \(commitment.id)",
                 due: commitment.due ?? list.today, urgent: (commitment.due ?? list.today) < list.today,
                 category: commitment.owedByMe ? "Promise" : "Owed to me")
        }
        for followUp in list.introductions {
            let introduction = followUp.introduction
            let phrase = IntroductionText.phrase(introduction)
            let (summary, action) = switch followUp.reason {
            case .noOutcome: ("Follow up: " + phrase, "Record what came of it: kith intro-status \(introduction.id) --outcome TEXT")
            case .noAnswer: ("Waiting: " + phrase, "When it is made: kith intro-status \(introduction.id) --status made")
            }
            todo(&calendar, uid: uid("introduction-\(introduction.id)"), summary: summary,
                 description: "Introduction #\(introduction.id), \(introduction.status.rawValue) on \(introduction.date)"
                     + (introduction.purpose.map { ", for \($0)" } ?? "") + ".\n" + action,
                 due: list.today, urgent: false, category: "Introduction")
        }
        for entry in list.keepInTouch {
            let last = entry.lastContact.map { "last contact \($0)" } ?? "nothing logged since \(entry.since)"
            todo(&calendar, uid: personUID("keep-in-touch", entry.person), summary: "Get in touch with \(entry.person.name)",
                 description: "Every \(Cadence.text(days: entry.cadenceDays)); \(last)."
                     + "\nAfterwards: kith log '#\(entry.person.id)' --kind call",
                 due: max(entry.due, list.today), urgent: entry.daysOverdue > 0, category: "Keep in touch")
        }
        addDrifting(to: &calendar)
        for birthday in list.birthdays {
            calendar.begin("VEVENT")
            calendar.property("UID", personUID("birthday", birthday.person, year: birthday.date.year))
            calendar.property("DTSTAMP", stamp.basic)
            calendar.date("DTSTART", birthday.date)
            calendar.date("DTEND", birthday.date.adding(days: 1))
            calendar.text("SUMMARY", "\(birthday.person.name)'s birthday" + (birthday.turns.map { " (turns \($0))" } ?? ""))
            calendar.property("TRANSP", "TRANSPARENT")
            calendar.text("CATEGORIES", "Birthday")
            calendar.end("VEVENT")
        }
        calendar.end("VCALENDAR")
        return calendar.render()
    }

    /// People drifting apart: a to-do today to get back in touch, as for a lapsed cadence.
    private func addDrifting(to calendar: inout ICalendarWriter) {
        for entry in list.drifting {
            let last = entry.lastContact.map { "last contact \($0)" } ?? "nothing logged"
            todo(&calendar, uid: personUID("drifting", entry.person), summary: "Get back in touch with \(entry.person.name)",
                 description: "A close tie (\(entry.strength)/5), usually every \(Cadence.text(days: entry.usualGap)); \(last)."
                     + "\nAfterwards: kith log '#\(entry.person.id)' --kind call",
                 due: list.today, urgent: false, category: "Drifting apart")
        }
    }

    private func todo(_ calendar: inout ICalendarWriter, uid: String, summary: String, description: String,
                      due: Day, urgent: Bool, category: String) {
        calendar.begin("VTODO")
        calendar.property("UID", uid)
        calendar.property("DTSTAMP", stamp.basic)
        calendar.text("SUMMARY", summary)
        calendar.text("DESCRIPTION", description)
        calendar.date("DUE", due)
        calendar.property("STATUS", "NEEDS-ACTION")
        calendar.property("PRIORITY", urgent ? "1" : "5")
        calendar.text("CATEGORIES", category)
        calendar.end("VTODO")
    }

    /// A record's item: its id, never reused, and this database's identity.
    private func uid(_ name: String) -> String { "\(name)-\(databaseID)@kith" }

    /// A person's item: their own uid, the same whichever database or copy writes it.
    private func personUID(_ kind: String, _ person: PersonSummary, year: Int? = nil) -> String {
        let who = person.uid ?? "\(person.id)-\(databaseID)"
        return "\(kind)-\(who)" + (year.map { "-\($0)" } ?? "") + "@kith"
    }
}
