import Testing
@testable import KithCore

@Suite struct PersonResolverTests {
    let store: Store

    init() throws {
        store = try Store.empty()
        for name in ["Ana Silva", "Anabel Ruiz", "José Álvarez", "Anastasia Berg", "Ana Silva Costa", "Bruno O'Neill"] {
            _ = try store.people.add(NewPerson(name: name))
        }
    }

    func resolve(_ text: String) throws -> String {
        try store.read { db in try PersonResolver(db: db).resolve(text).name }
    }

    @Test(arguments: [
        ("Anabel", "Anabel Ruiz"), ("ruiz", "Anabel Ruiz"), ("jose", "José Álvarez"), ("ÁLVAREZ", "José Álvarez"),
        ("ana silva", "Ana Silva"), ("ana silva costa", "Ana Silva Costa"), ("costa", "Ana Silva Costa"),
        ("astas", "Anastasia Berg"), ("o'neill", "Bruno O'Neill"), ("#2", "Ana Silva"), ("me", "Me"),
        ("bru o", "Bruno O'Neill"),
    ])
    func findsTheOnePersonMeant(_ text: String, _ name: String) throws {
        #expect(try resolve(text) == name)
    }

    @Test func anExactFullNameBeatsLongerNames() throws {
        #expect(try resolve("Ana Silva") == "Ana Silva")
        #expect(try store.query.person("ana silva").id == 2)
    }

    @Test func listsTheCandidatesWhenSeveralFit() throws {
        do {
            _ = try resolve("ana")
            Issue.record("'ana' should be ambiguous")
        } catch let KithError.ambiguousPerson(query, candidates) {
            #expect(query == "ana")
            // Whole-word matches narrow the list: Anabel and Anastasia only start with "ana".
            #expect(Set(candidates.map(\.name)) == ["Ana Silva", "Ana Silva Costa"])
        }
    }

    @Test(arguments: ["Zed", "#999", "\"", "ana AND OR NOT ("])
    func saysWhenNobodyMatches(_ text: String) {
        #expect(throws: KithError.personNotFound(text)) { try resolve(text) }
    }

    @Test(arguments: ["", "   ", "#abc", "#-1"])
    func rejectsWhatCannotNameAPerson(_ text: String) {
        #expect(throws: KithError.self) { try resolve(text) }
    }
}
