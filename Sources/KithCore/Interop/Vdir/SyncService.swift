import Foundation
import GRDB

/// Keeps Kith in step with vdir folders, which vdirsyncer keeps in step with CardDAV and CalDAV
/// servers (a phone's address book and calendar): README "Sync with your phone".
public struct SyncService: Sendable {
    let context: Context

    public init(_ context: Context) { self.context = context }

    /// Brings the vCards of `path` and the people in Kith into step, in one transaction. A
    /// deletion on one side is carried to the other only when `deletions`; `dryRun` says what
    /// would change on each side and changes nothing.
    public func contacts(in path: String, deletions: Bool = false, dryRun: Bool = false) throws -> SyncReport {
        let folder = try VdirFolder(path: Self.absolute(path), fileExtension: "vcf", writing: !dryRun)
        let work = { (db: Database) throws -> SyncReport in
            var sync = try ContactSync(db: db, folder: folder, deletions: deletions, dryRun: dryRun)
            return try sync.run()
        }
        return dryRun ? try context.rehearse(work) : try context.write(work)
    }

    /// Writes the weekly list's items into the vdir calendar `path`, one `.ics` file each, in one
    /// transaction: a promise completed there is done in Kith; an item done in Kith is marked
    /// completed; one no longer on the list is removed. `items` words the list as calendar items
    /// for the database's id and a stamp. `dryRun` changes nothing.
    public func calendar(in path: String, dryRun: Bool = false,
                         items: @escaping @Sendable (WeeklyList, String, Timestamp) -> [CalendarItem]) throws -> SyncReport {
        let folder = try VdirFolder(path: Self.absolute(path), fileExtension: "ics", writing: !dryRun)
        let work = { (db: Database) throws -> SyncReport in
            var sync = CalendarSync(db: db, folder: folder, dryRun: dryRun, query: WeeklyListQuery(context), items: items)
            return try sync.run()
        }
        return dryRun ? try context.rehearse(work) : try context.write(work)
    }

    /// The folder's absolute path with links resolved: one folder, one set of rows, however named.
    static func absolute(_ path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
    }
}
