import Foundation
import FuzzSupport
import KithCore

/// Any bytes as a Kith JSON export: imported into an empty database, where only a user error
/// may stop it (the schema's rules are checked before SQLite sees a row), and whatever was
/// taken must be read back by every view that reads it all.
func fuzzOne(_ data: Data) {
    importThenReadBack(data, as: .json, file: "fuzz.json") { context in
        _ = try ExportService(context).json()
        _ = try ExportService(context).vcard()
        _ = try WeeklyListQuery(context).list()
    }
}

runFuzzer(fuzzOne)
