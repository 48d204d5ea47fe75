/// Ids handed to SQLite as one JSON array, read back with `json_each`: one statement for any
/// number of ids, instead of a statement per id or a query text that changes with the count.
enum IDList {
    static func json(_ ids: some Sequence<Int64>) -> String {
        "[" + ids.map(String.init).joined(separator: ",") + "]"
    }
}
