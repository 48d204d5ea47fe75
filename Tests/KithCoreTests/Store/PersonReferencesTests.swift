import Foundation
import GRDB
import Testing
@testable import KithCore

/// Every column of the schema that points at a person, read from SQLite (`PRAGMA
/// foreign_key_list`), is handled by merge, removal (and its preview) and the JSON export (or
/// named as this machine's state, which an export does not carry): a table added later fails
/// here until all three know it.
@Suite struct PersonReferencesTests {
    /// A network where Bea (#3) appears in every table that can refer to a person, and Ann
    /// (#2) is who she is merged into.
    static func network() throws -> (store: Store, ann: Int64, bea: Int64) {
        let store = try Store.empty()
        var bea = NewPerson(name: "Bea Stone")
        bea.emails = ["bea@example.com"]
        bea.phones = ["+44 20 7946 0001"]
        bea.links = ["https://example.com/bea"]
        bea.tags = ["friend"]
        let ann = try store.people.add(NewPerson(name: "Ann Lake")).person.id
        let id = try store.people.add(bea).person.id
        _ = try store.add("Cy Reed", "Di Moss")
        _ = try store.ties.tie("Bea", "Cy", strength: 3, context: nil, since: nil)  // Bea as person_a
        _ = try store.interactions.log(.call, with: ["Bea"], on: nil, note: nil)
        _ = try store.commitments.promise("Bea", "send the notes", due: nil, owedByMe: true)
        _ = try store.needs.record(NewNeed(.need, of: "Bea", "a designer for her shop"))
        _ = try store.introductions.introduce(NewIntroduction("Cy", "Di", by: "Bea"))
        _ = try store.introductions.introduce(NewIntroduction("Bea", "Di", status: .offered))
        _ = try store.introductions.introduce(NewIntroduction("Cy", "Bea", status: .offered))
        let card = "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Bea Stone\r\nEMAIL:bea@example.com\r\nNICKNAME:Bee\r\nUID:card-1\r\nEND:VCARD\r\n"
        _ = try ImportService(store.context).importFile(Data(card.utf8), file: "bea.vcf")
        // Synced into a vdir: a row of vdir_item is Bea's card there.
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("refs-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: false)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        _ = try SyncService(store.context).contacts(in: folder)
        return (store, ann, id)
    }

    static func count(_ reference: PersonReference, _ person: Int64, in store: Store) throws -> Int {
        try store.scalar("SELECT count(*) FROM \(reference.table) WHERE \(reference.column) = ?", [person]) ?? -1
    }

    @Test func theFixtureReachesEveryReference() throws {
        let (store, _, bea) = try Self.network()
        let references = try store.read { db in try PersonReferences.all(in: db) }
        #expect(references.count >= 13)
        for reference in references {
            #expect(try Self.count(reference, bea, in: store) > 0,
                    "no row of \(reference) refers to Bea: add one to the fixture so that it is checked")
        }
    }

    @Test func mergeMovesEveryReference() throws {
        let (store, ann, bea) = try Self.network()
        _ = try store.people.merge(keep: "#\(ann)", other: "#\(bea)")
        for reference in try store.read({ db in try PersonReferences.all(in: db) }) {
            #expect(try Self.count(reference, bea, in: store) == 0, "\(reference) still refers to the merged person")
            #expect(try Self.count(reference, ann, in: store) > 0, "\(reference) was lost in the merge, not moved")
        }
    }

    @Test func removalPreviewsAndRemovesEveryReference() throws {
        let (store, _, bea) = try Self.network()
        let references = try store.read { db in try PersonReferences.all(in: db) }
        let preview = try store.people.previewRemoval(of: "#\(bea)")
        #expect(Set(preview.references.keys) == Set(references.map(\.description)))
        for reference in references {
            #expect(preview.references[reference.description] == (try Self.count(reference, bea, in: store)))
        }
        _ = try store.people.remove("#\(bea)")
        for reference in references {
            #expect(try Self.count(reference, bea, in: store) == 0, "\(reference) still refers to a removed person")
        }
    }

    @Test func theJSONExportCarriesEveryReference() throws {
        let (store, _, bea) = try Self.network()
        let json = try JSONSerialization.jsonObject(with: try ExportService(store.context).json()) as? [String: Any]
        for reference in try store.read({ db in try PersonReferences.all(in: db) })
        where ExportDocument.machineState[reference.table] == nil {
            let key = try #require(ExportDocument.keys[reference.table], "the export has no key for \(reference.table)")
            let rows = try #require(json?[key.stringValue] as? [[String: Any]], "the export lacks \(key.stringValue)")
            let exported = rows.filter { ($0[reference.column] as? Int).map(Int64.init) == bea }.count
            #expect(exported == (try Self.count(reference, bea, in: store)), "\(reference) is not all in the export")
        }
    }
}
