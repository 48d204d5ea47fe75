import KithCore

/// The weekly list as iCalendar: a to-do per promise (with its due date), per introduction to
/// follow up and per person to get in touch with, and an all-day event per birthday. UIDs are
/// stable, so that importing again updates instead of doubling, and the same items synced into
/// a vdir calendar (`kith sync calendar`) are the same to a calendar program.
struct WeeklyCalendar {
    typealias Item = CalendarItem

    let list: WeeklyList
    /// Tells this database's items from another's in a shared calendar.
    let databaseID: String

    init(list: WeeklyList, databaseID: String) {
        self.list = list
        self.databaseID = databaseID
    }

    /// The whole list as one calendar file, stamped `stamp` (`DTSTAMP`).
    func render(stamp: Timestamp) -> String { CalendarItem.file(items(stamp: stamp)) }

    func items(stamp: Timestamp) -> [Item] {
        var items: [Item] = []
        for commitment in list.overdue + list.due + list.owedToMe {
            let who = commitment.person.name
            items.append(todo(uid: uid("commitment-\(commitment.id)"), commitment: commitment.id, stamp: stamp,
                              summary: commitment.owedByMe ? "\(who): \(commitment.what)" : "\(who) owes you: \(commitment.what)",
                              description: (commitment.owedByMe ? "You promised \(commitment.person.label): \(commitment.what)."
                                            : "\(commitment.person.label) promised you: \(commitment.what).")
                                  + "\nWhen it is done: kith done \(commitment.id)",
                              due: commitment.due ?? list.today, urgent: (commitment.due ?? list.today) < list.today,
                              category: commitment.owedByMe ? "Promise" : "Owed to me"))
        }
        for followUp in list.introductions {
            let introduction = followUp.introduction
            let (summary, action) = switch followUp.reason {
            case .noOutcome: ("Follow up: " + IntroductionText.phrase(introduction),
                              "Record what came of it: kith intro-status \(introduction.id) --outcome TEXT")
            case .noAnswer: ("Waiting: " + IntroductionText.phrase(introduction), "When it is made: kith intro-status \(introduction.id) --status made")
            }
            items.append(todo(uid: uid("introduction-\(introduction.id)"), stamp: stamp, summary: summary,
                              description: "Introduction #\(introduction.id), \(introduction.status.rawValue) on \(introduction.date)"
                                  + (introduction.purpose.map { ", for \($0)" } ?? "") + ".\n" + action,
                              due: list.today, urgent: false, category: "Introduction"))
        }
        for entry in list.keepInTouch {
            let last = entry.lastContact.map { "last contact \($0)" } ?? "nothing logged since \(entry.since)"
            items.append(todo(uid: personUID("keep-in-touch", entry.person), stamp: stamp,
                              summary: "Get in touch with \(entry.person.name)",
                              description: "Every \(Cadence.text(days: entry.cadenceDays)); \(last)."
                                  + "\nAfterwards: kith log '#\(entry.person.id)' --kind call",
                              due: max(entry.due, list.today), urgent: entry.daysOverdue > 0, category: "Keep in touch"))
        }
        return items + drifting(stamp: stamp) + birthdays(stamp: stamp)
    }

    /// People drifting apart: a to-do today to get back in touch, as for a lapsed cadence.
    private func drifting(stamp: Timestamp) -> [Item] {
        list.drifting.map { entry in
            let last = entry.lastContact.map { "last contact \($0)" } ?? "nothing logged"
            return todo(uid: personUID("drifting", entry.person), stamp: stamp, summary: "Get back in touch with \(entry.person.name)",
                        description: "A close tie (\(entry.strength)/5), usually every \(Cadence.text(days: entry.usualGap)); \(last)."
                            + "\nAfterwards: kith log '#\(entry.person.id)' --kind call",
                        due: list.today, urgent: false, category: "Drifting apart")
        }
    }

    private func birthdays(stamp: Timestamp) -> [Item] {
        list.birthdays.map { birthday in
            var event = ICalendarWriter()
            let uid = personUID("birthday", birthday.person, year: birthday.date.year)
            event.begin("VEVENT")
            event.property("UID", uid)
            event.property("DTSTAMP", stamp.basic)
            event.date("DTSTART", birthday.date)
            event.date("DTEND", birthday.date.adding(days: 1))
            event.text("SUMMARY", "\(birthday.person.name)'s birthday" + (birthday.turns.map { " (turns \($0))" } ?? ""))
            event.property("TRANSP", "TRANSPARENT")
            event.text("CATEGORIES", "Birthday")
            event.end("VEVENT")
            return Item(uid: uid, summary: "\(birthday.person.name)'s birthday", commitment: nil, component: event)
        }
    }

    private func todo(uid: String, commitment: Int64? = nil, stamp: Timestamp, summary: String, description: String,
                      due: Day, urgent: Bool, category: String) -> Item {
        var todo = ICalendarWriter()
        todo.begin("VTODO")
        todo.property("UID", uid)
        todo.property("DTSTAMP", stamp.basic)
        todo.text("SUMMARY", summary)
        todo.text("DESCRIPTION", description)
        todo.date("DUE", due)
        todo.property("STATUS", "NEEDS-ACTION")
        todo.property("PRIORITY", urgent ? "1" : "5")
        todo.text("CATEGORIES", category)
        todo.end("VTODO")
        return Item(uid: uid, summary: summary, commitment: commitment, component: todo)
    }

    /// A record's item: its id, never reused, and this database's identity.
    private func uid(_ name: String) -> String { "\(name)-\(databaseID)@kith" }

    /// A person's item: their own uid, the same whichever database or copy writes it.
    private func personUID(_ kind: String, _ person: PersonSummary, year: Int? = nil) -> String {
        let who = person.uid ?? "\(person.id)-\(databaseID)"
        return "\(kind)-\(who)" + (year.map { "-\($0)" } ?? "") + "@kith"
    }
}
