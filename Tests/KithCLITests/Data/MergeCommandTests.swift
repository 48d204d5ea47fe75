import Foundation
import Testing

@Suite struct MergeCommandTests {
    let kith: KithProcess

    init() throws {
        kith = try KithProcess()
        try kith.ok("add", "Ana Silva", "--org", "Stripe", "--email", "ana@stripe.example")
        // The same Ana from another address book: kith would say who has that email, unless told she is new.
        try kith.ok("add", "Ana M. Silva", "--org", "Stripe", "--email", "ANA@stripe.example", "--tag", "investor", "--new")
        try kith.ok("add", "Bruno Okafor", "--knows", "Ana M. Silva")
        try kith.ok("owe", "Ana M", "send the deck")
    }

    @Test func dupesListsPairsWithReasons() throws {
        #expect(try kith.ok("dupes") == """
            PERSON          PERSON             WHY
            Ana Silva (#2)  Ana M. Silva (#3)  same email ana@stripe.example; similar name and same organisation
            Merge a pair with: kith merge '#2' '#3'

            """)
        let pairs = try #require(try kith.json("dupes") as? [[String: Any]])
        #expect(pairs.count == 1)
        for key in ["person_a", "person_b", "reasons"] { #expect(pairs[0][key] != nil) }
    }

    @Test func mergeFoldsTheDuplicateIntoTheOneKept() throws {
        #expect(try kith.ok("merge", "#2", "#3")
                == "Merged Ana M. Silva (#3) into Ana Silva (#2): 2 ties, 0 interactions, 0 introductions, 1 commitment, 1 tag, 0 addresses moved.\n")
        #expect(try kith.count("person", "name = 'Ana M. Silva'") == 0)
        #expect(try kith.count("commitment", "person_id = 2") == 1)
        #expect(try kith.count("tie", "person_a = 2 AND person_b = 4") == 1)
        #expect(try kith.ok("dupes") == "No likely duplicates.\n")
        #expect(try kith.ok("show", "Ana").contains("Merged with Ana M. Silva (#3) on 2026-11-21."))
    }

    @Test func mergeRefusesAndChangesNothing() throws {
        try kith.refuses(["merge", "Ana", "Bruno"])
        try kith.refuses(["merge", "#2", "Ana Silva"], "kith: error: '#2' and 'Ana Silva' are both Ana Silva (#2); name two different people\n")
        try kith.refuses(["merge", "me", "#3"], "kith: error: you cannot be merged with someone else; name two other people\n")
    }
}
