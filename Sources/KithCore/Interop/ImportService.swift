import Foundation
import GRDB

/// Takes contacts and networks in: vCards, LinkedIn's and Google's CSV, and Kith's own JSON.
public struct ImportService: Sendable {
    let context: Context

    public init(_ context: Context) { self.context = context }

    /// Imports `data` (read from `file`) in one transaction, the format told from the data when
    /// not given. Contacts already known are matched (README "One person, one row") and gain
    /// only what is new. A record that cannot be read is left out and named in the summary,
    /// unless `strict`, when it stops everything; a file with nothing readable is an error.
    /// `tag` and `progress` apply to contacts.
    public func importFile(_ data: Data, file: String, format: ImportFormat? = nil, tag: String? = nil,
                           dryRun: Bool = false, strict: Bool = false,
                           progress: ((Int, Int) -> Void)? = nil) throws -> ImportSummary {
        guard let format = format ?? ImportFormat.detect(data) else { throw KithError.refused(.unknownFormat(file: file)) }
        if format == .json { return try JSONImport(context: context).run(data, dryRun: dryRun) }
        let records = try ContactRecords(data, format: format, file: file)
        let work = { (db: Database) throws -> ImportSummary in
            var run = try ContactImport(db: db, records: records, file: file, tag: tag, dryRun: dryRun, strict: strict)
            return try run.run(progress: progress)
        }
        if dryRun { return try context.rehearse(work) }
        let recorded = UndoHistory.records(records.total)
        var summary = try context.write(recorded: recorded, work)
        summary.undoable = recorded
        return summary
    }
}
