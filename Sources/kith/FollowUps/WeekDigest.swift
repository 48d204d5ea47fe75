import KithCore

/// The weekly list put into words once, for the table and the Markdown renderings alike.
struct WeekDigest {
    struct Item {
        /// The id the action takes: `#12`.
        var ref: String
        var who: String
        var what: String
        var when: String
        /// The command that acts on it: `kith done 12`.
        var action: String?
        /// Overdue: shown in red on a terminal.
        var alert = false
    }

    struct Section {
        var title: String
        var items: [Item]
        /// How to see what the limit left out.
        var more: String?
    }

    let title: String
    let sections: [Section]
    let recapTitle: String
    let recap: [String]
    let notes: [String]

    init(_ list: WeeklyList) {
        title = "\(RelativeDay.short(list.today)) – \(RelativeDay.short(list.until)) \(list.until.year)"
        sections = Self.sections(list).filter { !$0.items.isEmpty }
        recap = Self.recap(list.recap)
        recapTitle = "Last \(WeeklyListQuery.recapDays) days (since \(RelativeDay.short(list.recap.since)))"
        var notes: [String] = []
        if list.isClear { notes.append("Nothing to follow up until \(RelativeDay.short(list.until)).") }
        if list.undatedOpen > 0 {
            notes.append("\(Self.count(list.undatedOpen, "open promise", "open promises")) of yours "
                         + "\(list.undatedOpen == 1 ? "has" : "have") no due date: kith commitments --open --mine")
        }
        self.notes = notes
    }

    private static func sections(_ list: WeeklyList) -> [Section] {
        let today = list.today
        func more(_ shown: Int, of total: Int) -> String? {
            shown < total ? "… and \(total - shown) more: kith week --limit \(total)" : nil
        }
        return [
            Section(title: "Overdue: you promised", items: list.overdue.map { promise($0, today: today) }),
            Section(title: list.days == 7 ? "Due this week" : "Due in the next \(list.days) days",
                    items: list.due.map { promise($0, today: today) }),
            Section(title: "Owed to you", items: list.owedToMe.map { promise($0, today: today) }),
            Section(title: "Introductions to follow up", items: list.introductions.map { followUp($0, today: today) }),
            Section(title: "Keep in touch", items: list.keepInTouch.map { keepInTouch($0, today: today) },
                    more: more(list.keepInTouch.count, of: list.keepInTouchTotal)),
            Section(title: "Drifting apart", items: list.drifting.map { drifting($0, today: today) },
                    more: more(list.drifting.count, of: list.driftingTotal)),
            Section(title: "Birthdays", items: list.birthdays.map { birthday($0, today: today) },
                    more: more(list.birthdays.count, of: list.birthdaysTotal)),
            Section(title: "Introductions you could make", items: list.couldIntroduce.map(match),
                    more: list.couldIntroduce.isEmpty ? nil : "… all of them: kith matches"),
        ]
    }

    /// `Sat 21 Nov (today)`.
    private static func when(_ day: Day, today: Day) -> String {
        "\(RelativeDay.short(day)) (\(RelativeDay.phrase(day, today: today)))"
    }

    private static func promise(_ commitment: CommitmentEntry, today: Day) -> Item {
        Item(ref: "#\(commitment.id)", who: commitment.person.name, what: commitment.what,
             when: commitment.due.map { "due " + when($0, today: today) } ?? "", action: "kith done \(commitment.id)",
             alert: commitment.due.map { $0 < today } ?? false)
    }

    private static func followUp(_ followUp: IntroductionFollowUp, today: Day) -> Item {
        let introduction = followUp.introduction
        let status = followUp.reason == .noOutcome ? "no outcome yet" : "no answer yet"
        return Item(
            ref: "#\(introduction.id)", who: IntroductionText.phrase(introduction),
            what: introduction.purpose.map { "for \($0)" } ?? "",
            when: "\(introduction.status.rawValue) \(RelativeDay.phrase(introduction.date, today: today)), \(status)",
            action: followUp.reason == .noOutcome
                ? "kith intro-status \(introduction.id) --outcome TEXT"
                : "kith intro-status \(introduction.id) --status made")
    }

    private static func keepInTouch(_ entry: KeepInTouchEntry, today: Day) -> Item {
        let every = "every \(Cadence.text(days: entry.cadenceDays))" + (entry.cadenceTag.map { " (\($0))" } ?? "")
        let last = entry.lastContact.map { "last contact \(RelativeDay.phrase($0, today: today))" }
            ?? "nothing logged since added \(RelativeDay.phrase(entry.since, today: today))"
        let lapse = entry.daysOverdue > 0 ? "\(entry.daysOverdue) days overdue"
            : entry.daysOverdue == 0 ? "due today" : "due \(RelativeDay.phrase(entry.due, today: today))"
        return Item(ref: "#\(entry.person.id)", who: entry.person.name,
                    what: every + (entry.strength.map { ", tie \($0)/5" } ?? ""), when: "\(last), \(lapse)",
                    action: "kith log '#\(entry.person.id)' --kind call", alert: entry.daysOverdue > 0)
    }

    private static func match(_ match: NeedMatch) -> Item {
        Item(ref: "#\(match.need.id)", who: "\(match.need.person.name) ↔ \(match.offer.person.name)",
             what: "\(short(match.need.what)) ← \(short(match.offer.what))", when: "\(Int((match.score * 100).rounded()))%",
             action: "kith intro '#\(match.need.person.id)' '#\(match.offer.person.id)' --status offered --need \(match.need.id)")
    }

    /// At most 30 characters, cut at a word with `…`.
    private static func short(_ text: String) -> String {
        guard text.count > 30 else { return text }
        let cut = text.prefix(29)
        return (cut.lastIndex(of: " ").map { String(cut[..<$0]) } ?? String(cut)) + "…"
    }

    private static func drifting(_ entry: DriftingEntry, today: Day) -> Item {
        let last = entry.lastContact.map { "last contact \(RelativeDay.phrase($0, today: today))" } ?? "nothing logged"
        return Item(ref: "#\(entry.person.id)", who: entry.person.name,
                    what: "tie \(entry.strength)/5, usually every \(Cadence.text(days: entry.usualGap))", when: last,
                    action: "kith log '#\(entry.person.id)' --kind call")
    }

    private static func birthday(_ birthday: BirthdayEntry, today: Day) -> Item {
        Item(ref: "#\(birthday.person.id)", who: birthday.person.name,
             what: birthday.turns.map { "turns \($0)" } ?? "birthday", when: when(birthday.date, today: today))
    }

    /// Who was added, and how much happened, in a line or two.
    private static func recap(_ recap: WeekRecap) -> [String] {
        var lines: [String] = []
        if recap.peopleAddedCount > 0 {
            let names = recap.peopleAdded.map(\.name).joined(separator: ", ")
            let extra = recap.peopleAddedCount > recap.peopleAdded.count
                ? " and \(recap.peopleAddedCount - recap.peopleAdded.count) more" : ""
            lines.append("\(count(recap.peopleAddedCount, "person", "people")) added: \(names)\(extra)")
        }
        var activity: [String] = []
        if recap.interactions > 0 {
            activity.append("\(count(recap.interactions, "interaction", "interactions")) with "
                            + count(recap.peopleContacted, "person", "people"))
        }
        if recap.introductions > 0 {
            let matched = recap.introductionsFromMatches > 0 ? " (\(recap.introductionsFromMatches) for a need)" : ""
            activity.append(count(recap.introductions, "introduction", "introductions") + " made" + matched)
        }
        if recap.commitmentsKept > 0 { activity.append(count(recap.commitmentsKept, "promise", "promises") + " kept") }
        if !activity.isEmpty { lines.append(activity.joined(separator: " · ")) }
        return lines.isEmpty ? ["nothing logged"] : lines
    }

    /// `1 person`, `3 people`.
    static func count(_ value: Int, _ one: String, _ many: String) -> String { "\(value) \(value == 1 ? one : many)" }
}
