import ArgumentParser
import Foundation
import KithCore

extension Kith {
    struct Sync: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "sync",
            abstract: "Keep Kith in step with your phone's contacts and calendar, through vdir folders vdirsyncer syncs.",
            discussion: """
                Examples:
                  kith sync contacts ~/.local/share/vdirsyncer/contacts/default --dry-run
                  kith sync calendar ~/.local/share/vdirsyncer/calendar/kith
                  kith sync
                contacts: a card changed in the folder updates the person; a person changed in Kith rewrites \
                their card; a new card is matched (the same rules as import) or created; a new person gets a \
                card named after their UID. Changed on both sides: Kith's values are kept, the card's new \
                ones added and its differing ones written into the notes, and the conflict is listed. A \
                deletion on one side is carried to the other only with --deletions, and listed until then.
                calendar: the weekly list's items, one .ics file each with the UIDs of kith week --format ics; \
                a promise completed on the phone is marked done in Kith.
                With no folder, the one set in $XDG_CONFIG_HOME/kith/config (contacts = DIR, calendar = DIR); \
                with neither named, both configured folders. README "Sync with your phone" has a vdirsyncer \
                configuration and a cron line.
                """)

        enum What: String, ExpressibleByArgument, CaseIterable {
            case contacts, calendar
        }

        @OptionGroup var store: StoreOptions

        @Argument(help: "contacts or calendar; default: both configured folders.") var what: What?
        @Argument(help: "The vdir folder; default: the one set in the config file.") var folder: String?
        @Flag(help: "Carry deletions across: a card deleted in the folder removes the person, a person removed in Kith removes their card.")
        var deletions = false
        @Flag(name: .customLong("dry-run"), help: "Say what would change on each side, and change nothing.") var dryRun = false
        @Flag(help: "Print JSON: a list of reports, one per folder.") var json = false

        func validate() throws {
            if what == nil, folder != nil { throw ValidationError("Say what the folder holds: kith sync contacts DIR") }
            if what == .calendar, deletions {
                throw ValidationError("--deletions is for contacts: a calendar sync removes what left the weekly list by itself")
            }
        }

        func run() throws {
            let settings = try SyncSettings.read()
            let jobs: [(What, String)] = try jobs(settings)
            let service = SyncService(dryRun ? try store.reading() : try store.writing())
            var reports: [SyncReport] = []
            for (what, folder) in jobs {
                reports.append(what == .contacts ? try service.contacts(in: folder, deletions: deletions, dryRun: dryRun)
                               : try service.calendar(in: folder, dryRun: dryRun) { list, databaseID, stamp in
                                   WeeklyCalendar(list: list, databaseID: databaseID).items(stamp: stamp)
                               })
            }
            if json { return try JSONOutput.print(reports) }
            for report in reports { print(SyncText.render(report)) }
        }

        private func jobs(_ settings: SyncSettings) throws -> [(What, String)] {
            if let what {
                let configured = what == .contacts ? settings.contacts : settings.calendar
                guard let folder = folder ?? configured else {
                    throw KithError.invalid("name the folder (kith sync \(what.rawValue) DIR) or set '\(what.rawValue) = DIR' "
                                            + "in \(SyncSettings.path)")
                }
                return [(what, folder)]
            }
            let jobs = [(What.contacts, settings.contacts), (.calendar, settings.calendar)].compactMap { what, folder in
                folder.map { (what, $0) }
            }
            guard !jobs.isEmpty else {
                throw KithError.invalid("no folders set in \(SyncSettings.path); name one (kith sync contacts DIR) "
                                        + "or set 'contacts = DIR' there")
            }
            return jobs
        }
    }
}
