import GRDB
import Testing
@testable import KithCore

@Suite struct SampleNetworkTests {
    @Test func isReproducible() throws {
        let first = try Store.empty(), second = try Store.empty()
        let network = SampleNetwork(people: 300, seed: 9)
        #expect(try network.generate(into: first.context) == network.generate(into: second.context))
        let names = "SELECT group_concat(name, ',') FROM (SELECT name FROM person ORDER BY id)"
        #expect(try first.scalar(names) as String? == second.scalar(names) as String?)
        let other = try Store.empty()
        _ = try SampleNetwork(people: 300, seed: 10).generate(into: other.context)
        #expect(try first.scalar(names) as String? != other.scalar(names) as String?)
    }

    @Test func isPlausibleAndConsistent() throws {
        let store = try Store.empty()
        let summary = try SampleNetwork(people: 500).generate(into: store.context)
        #expect(try store.count("person", "is_self = 0") == 500)
        #expect(summary.ties == (try store.count("tie")))
        #expect(try store.count("tie", "person_a = 1") >= 30)
        #expect(try store.count("person_fts") == 501)
        #expect(try store.count("interaction", "date > '2026-11-21' OR date < '2024-11-01'") == 0)
        #expect(try store.count("commitment", "status = 'open' AND due < '2026-11-21'") > 0)
        #expect(try store.count("introduction") == summary.introductions)
        // The search triggers are back after the bulk load.
        #expect(try store.count("sqlite_master", "type = 'trigger' AND sql LIKE '%person_fts%'") == 6)
        let foreignKeys = try store.read { db in try Row.fetchAll(db, sql: "PRAGMA foreign_key_check") }
        #expect(foreignKeys.isEmpty)
    }

    @Test func fillsOnlyAnEmptyDatabase() throws {
        let store = try Store.empty()
        _ = try store.people.add(NewPerson(name: "Ana"))
        #expect(throws: KithError.self) { try SampleNetwork(people: 10).generate(into: store.context) }
        #expect(throws: KithError.self) { try SampleNetwork(people: 0).generate(into: try Store.empty().context) }
    }
}
