import ArgumentParser
import KithCore

extension Kith {
    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "add",
            abstract: "Record someone you just met: where, when, through whom, whom they know, what you promised.",
            discussion: """
                Example:
                  kith add "Maya Chen" --org Tidal --title Founder --email maya@tidal.example --tag climate \\
                    --met "Climate Breakfast" --on yesterday --via Ana --knows "Bruno Okafor" \\
                    --follow-up "send her the deck" --due fri
                """)

        @OptionGroup var store: StoreOptions

        @Argument(help: "Their full name.")
        var name: String

        @Option(name: .customLong("org"), help: "Organisation.") var organization: String?
        @Option(help: "Job title.") var title: String?
        @Option(help: "Email address (repeatable).") var email: [String] = []
        @Option(help: "Phone number (repeatable).") var phone: [String] = []
        @Option(help: "A link: profile, website (repeatable).") var link: [String] = []
        @Option(help: "Tag (repeatable).") var tag: [String] = []
        @Option(help: "Where they live or work.") var location: String?
        @Option(help: "A note about them.") var note: String?
        @Option(help: ArgumentHelp("The event where you met.", valueName: "event")) var met: String?
        @Option(help: ArgumentHelp("When you met (default: today).", valueName: "date")) var on: String?
        @Option(help: ArgumentHelp("Who introduced you.", valueName: "person")) var via: String?
        @Option(help: ArgumentHelp("Someone they know (repeatable).", valueName: "person")) var knows: [String] = []
        @Option(parsing: .unconditional, help: "How close you are, 1 (acquaintance) to 5 (closest); default 2.") var strength: Int?
        @Option(help: ArgumentHelp("Keep in touch every… (30d, 2w, 3m).", valueName: "every")) var cadence: String?
        @Option(name: .customLong("follow-up"), help: ArgumentHelp("Something you promised them.", valueName: "what"))
        var followUp: String?
        @Option(help: ArgumentHelp("When the follow-up is due.", valueName: "date")) var due: String?
        @Option(help: "Birthday: 1990-05-17, or 05-17.") var birthday: String?
        @Option(name: .customLong("needs"), help: ArgumentHelp("Something they are looking for (repeatable).", valueName: "what"))
        var needs: [String] = []
        @Option(name: .customLong("offers"), help: ArgumentHelp("Something they can give (repeatable).", valueName: "what"))
        var offers: [String] = []
        @Flag(name: .customLong("new"), help: "Add them even if someone with this name, email or phone is already in kith.")
        var isNew = false
        @Flag(name: .customLong("not-met"), help: "Someone you know of but have not met: no tie to you, so reach can aim at them.")
        var notMet = false

        @Flag(help: "Print JSON.") var json = false

        func run() throws {
            var new = NewPerson(name: name)
            new.organization = organization
            new.title = title
            new.location = location
            new.notes = note
            new.emails = email
            new.phones = phone
            new.links = link
            new.tags = tag
            new.event = met
            new.metOn = try store.past(on)
            new.introducedBy = via
            new.knows = knows
            new.strength = strength
            new.cadenceDays = try cadence.map(KithCore.Cadence.days)
            new.birthday = birthday
            new.followUp = followUp
            new.followUpDue = try store.future(due)
            new.isNew = isNew
            new.notMet = notMet
            new.needs = needs
            new.offers = offers
            let added = try PeopleService(try store.writing()).add(new)
            if json { return try JSONOutput.print(added) }

            let today = store.today
            print("Added \(Terminal.bold(added.person.name)) (#\(added.person.id))"
                  + (added.person.organization.map { ", \($0)" } ?? ""))
            if let event = added.event, let date = added.metOn {
                print("  met       at \(event), \(RelativeDay.dated(date, today: today))")
            } else if let date = added.metOn {
                print("  met       \(RelativeDay.dated(date, today: today))")
            }
            if let strength = added.strength {
                print("  tie       you ↔ \(added.person.name), strength \(strength)/5")
            } else {
                print("  not met   no tie to you yet; 'kith tie me \(Demo.quoted(added.person.name))' when you meet")
            }
            if let introducer = added.introducedBy {
                print("  via       \(introducer.label) introduced you (introduction #\(added.introductionID ?? 0))")
            }
            if !added.knows.isEmpty {
                print("  knows     " + added.knows.map(\.label).joined(separator: ", "))
            }
            if !added.tags.isEmpty { print("  tags      " + added.tags.joined(separator: ", ")) }
            if let followUp = added.followUp, let id = added.commitmentID {
                let due = added.followUpDue.map { ", due \(RelativeDay.dated($0, today: today))" } ?? ""
                print("  you owe   \(followUp)\(due) (commitment #\(id))")
            }
            for need in added.needs {
                print("  \(need.kind == .need ? "needs " : "offers")    \(Terminal.visible(need.what)) (#\(need.id))")
            }
            for other in added.lookAlikes {
                print(Terminal.yellow("  note: \(added.person.name) looks like \(KithError.described(other)); if they are "
                                      + "one person: kith merge '#\(other.id)' '#\(added.person.id)'"))
            }
        }
    }
}
