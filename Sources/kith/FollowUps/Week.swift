import ArgumentParser
import Foundation
import KithCore

extension Kith {
    struct Week: ParsableCommand, PagedCommand {
        static let configuration = CommandConfiguration(
            commandName: "week",
            abstract: "The weekly follow-up list: what you owe, what is owed to you, introductions, people to call.",
            discussion: """
                Sections (empty ones are left out): your overdue promises; yours due in the window; what \
                others owe you that is due; introductions made 14+ days ago with no outcome, and requests \
                with no answer; people whose keep-in-touch cadence has lapsed (the most overdue and the \
                strongest ties first); birthdays; and what happened in the last 7 days. Each line shows \
                the command that acts on it.
                Mail it every Monday at 8:00 (crontab -e):
                  0 8 * * 1  kith week --format markdown | mail -s "Kith: this week" you@example.com
                """)

        enum Format: String, ExpressibleByArgument, CaseIterable {
            case table, markdown, json, ics
        }

        @OptionGroup var store: StoreOptions
        @OptionGroup var paging: PagingOptions

        @Option(parsing: .unconditional, help: "How many days ahead to look, from today.") var days = 7
        @Option(help: "table, markdown, json, or ics (an iCalendar file of to-dos).") var format: Format = .table
        @Option(parsing: .unconditional, help: "At most this many people per people section (keep in touch, birthdays).") var limit = 20
        @Flag(help: "Print JSON (the same as --format json).") var json = false

        func run() throws {
            let query = WeeklyListQuery(try store.reading())
            let list = try query.list(days: days, limit: limit)
            switch json ? .json : format {
            case .json: try JSONOutput.print(list)
            case .table: print(WeekTable.render(WeekDigest(list)))
            case .markdown: print(WeekMarkdown.render(WeekDigest(list)))
            case .ics:
                let calendar = WeeklyCalendar(list: list, databaseID: try query.databaseID())
                FileHandle.standardOutput.write(Data(calendar.render(stamp: Timestamp.now()).utf8))
            }
        }
    }
}
