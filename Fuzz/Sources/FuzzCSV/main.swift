import Foundation
import FuzzSupport
import KithCore

/// Any bytes as a Google or LinkedIn CSV (the first byte chooses): imported into an empty
/// database, where only a user error may stop it, and what was taken must export again.
func fuzzOne(_ data: Data) {
    guard let first = data.first else { return }
    let format: ImportFormat = first & 1 == 0 ? .google : .linkedin
    importThenReadBack(data.dropFirst(), as: format, file: "fuzz.csv") { context in
        _ = try ExportService(context).csv()
        _ = try ExportService(context).json()
    }
}

runFuzzer(fuzzOne)
