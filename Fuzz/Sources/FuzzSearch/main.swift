import Foundation
import FuzzSupport
import KithCore

/// A few people to search among, made once.
let context: Context = {
    let context = freshContext()
    expectingUserErrors("seeding") {
        for name in ["Ana Silva", "Zoë Ångström", "O'Brien \"Bob\"", "李小龙", "AND OR NOT", "near* (x)"] {
            var person = NewPerson(name: name)
            person.organization = "Acme"
            person.notes = "met at PyCon"
            _ = try PeopleService(context).add(person)
        }
    }
    return context
}()

/// Any text as what someone types after `kith find`, `kith show` or `kith reach`: FTS5 syntax,
/// quotes, operators and stray bytes must be words to look for, never an SQLite error.
func fuzzOne(_ data: Data) {
    let text = String(decoding: data, as: UTF8.self)
    expectingUserErrors("find") { _ = try PeopleQuery(context).search(text) }
    expectingUserErrors("show") { _ = try PeopleQuery(context).person(text) }
    expectingUserErrors("reach") { _ = try ReachQuery(context).reach(text) }
}

runFuzzer(fuzzOne)
