import KithCore

/// The library's errors in the words of the command line: what went wrong, and what to type
/// instead. One wording and one exit status per mistake, whichever command met it.
extension KithError {
    /// 3 when the database could not be used, 1 for every other mistake.
    var exitCode: Int32 {
        switch self {
        // A path that is empty or already taken is the user's mistake, not the storage's.
        case .storage(.noPath, _), .storage(.exists, _): 1
        case .storage, .newerSchema, .damaged, .cannotUndo(.damagedHistory): 3
        default: 1
        }
    }

    var message: String {
        switch self {
        case .invalid(let message), .notFound(let message):
            message
        case .outOfRange(let setting, let value, let allowed):
            Self.outOfRange(setting, value: value, allowed: allowed)
        case .personNotFoundButNear(let query, let near):
            "no person matches '\(query)'; did you mean " + near.map(Self.described).joined(separator: " or ") + "?"
        case .personNotFound(let query):
            "no person matches '\(query)' (try 'kith find \(query)', or add them with 'kith add')"
        case .ambiguousPerson(let query, let candidates):
            Self.ambiguous(query, candidates)
        case .recordNotFound(.commitment, let id):
            "there is no commitment #\(id); 'kith commitments --open' lists them"
        case .recordNotFound(.introduction, let id):
            "there is no introduction #\(id); 'kith intros' lists them"
        case .recordNotFound(.interaction, let id):
            "there is no interaction #\(id); 'kith interactions' lists them"
        case .recordNotFound(.needOrOffer, let id):
            "there is no need or offer #\(id); 'kith needs' and 'kith offers' list them"
        case .tagNotFound(let name, let known):
            "there is no tag '\(name)'; "
                + (known.isEmpty ? "tag someone first with 'kith tag PERSON +\(name)'" : "tags: " + known.joined(separator: ", "))
        case .refused(let refusal):
            Self.refused(refusal)
        case .storage(let fault, let path):
            Self.storage(fault, path: path ?? "the database")
        case .newerSchema(let path):
            "\(path) was written by a newer version of kith; upgrade kith to open it"
        case .damaged(let value, let count):
            Self.damaged(value) + (count > 1 ? " (\(count) unreadable values in all; 'kith check' lists them)" : "")
        case .cannotUndo(let refusal):
            Self.cannotUndo(refusal)
        }
    }

    private static func cannotUndo(_ refusal: UndoRefusal) -> String {
        switch refusal {
        case .nothingRecorded:
            "nothing to undo: kith keeps the last \(UndoService.commandsKept) write commands, and 'kith forget' "
                + "or 'kith undo --clear' empties that history"
        case .damagedHistory:
            "the undo history in the database is damaged (changed outside kith); 'kith undo --clear' empties it"
        case .recordedBeforeUpgrade(let command):
            "cannot undo kith \(command): it was recorded before this database was upgraded; nothing changed "
                + "('kith undo --clear' forgets it)"
        case .changedSince(let command, let what, let id):
            "cannot undo kith \(command): \(what) #\(id) was changed since by something kith did not record; "
                + "nothing changed (fix it by hand, or 'kith undo --clear')"
        case .dependedOn(let command, let what, let on, let id):
            "cannot undo kith \(command): a \(what) written since points at the \(on) #\(id) it added; "
                + "nothing changed (undo or remove that first)"
        case .pointsAtMissing(let command, let what, let on, let id):
            "cannot undo kith \(command): the \(what) it would put back points at the \(on) #\(id), which is gone; "
                + "nothing changed"
        }
    }

    /// `--limit must be 1 or more, not 0`; the option each setting is given by.
    private static func outOfRange(_ setting: Setting, value: Int, allowed: ClosedRange<Int>) -> String {
        let range = allowed.upperBound == Int.max ? "\(allowed.lowerBound) or more"
            : "from \(allowed.lowerBound) to \(allowed.upperBound)"
        return switch setting {
        case .maxHops: "--max-hops must be \(range), not \(value): nobody forwards an introduction further"
        case .limit: "--limit must be \(range), not \(value)"
        case .alternatives: "--alternatives must be \(range), not \(value)"
        case .days: "--days must be \(range), not \(value)"
        case .people: "--people must be \(range), not \(value)"
        case .depth: "--depth must be \(range), not \(value): further, a picture shows everyone"
        case .strength:
            "strength must be from \(allowed.lowerBound) (acquaintance) to \(allowed.upperBound) (closest), not \(value)"
        }
    }

    /// `Ana Silva (#2, Stripe)`.
    static func described(_ person: PersonSummary) -> String {
        "\(person.name) (#\(person.id)" + (person.organization.map { ", \($0)" } ?? "") + ")"
    }

    private static func ambiguous(_ query: String, _ candidates: [PersonSummary]) -> String {
        let shown = candidates.prefix(8).map { person in
            let told = [person.organization, person.lastContact.map { "last contact \($0)" } ?? "nothing logged"]
            return "#\(person.id) \(person.name) (" + told.compactMap { $0 }.joined(separator: ", ") + ")"
        }.joined(separator: ", ")
        let more = candidates.count > 8 ? ", and \(candidates.count - 8) more" : ""
        return "'\(query)' matches \(candidates.count) people: \(shown)\(more); name one by #ID"
    }

    private static func refused(_ refusal: Refusal) -> String {
        switch refusal {
        case .introduceYourself:
            "you cannot introduce yourself; to record that someone introduced you, add --by PERSON"
        case .introducedByYourself:
            "--via names who introduced you; for people you introduce, use 'kith intro'"
        case .dueWithoutFollowUp:
            "--due needs --follow-up: say what is due"
        case .nothingToChange(.person):
            "nothing to change; see 'kith edit --help' for the fields you can set"
        case .nothingToChange(.introduction):
            "nothing to change; give --status, --outcome or both"
        case .nothingToChange(.commitment):
            "nothing to change; give --what, --due or --no-due"
        case .nothingToChange(.interaction):
            "nothing to change; give --on, --kind or --note"
        case .samePromiseOpen(let id):
            "that promise is already open as commitment #\(id); change its date with 'kith snooze \(id) --to DATE' "
                + "or its words with 'kith amend \(id) --what TEXT'"
        case .removeYourself:
            "you cannot remove yourself; rename yourself with 'kith me --name'"
        case .notEmpty(let people, .jsonImport):
            "this database already holds \(people) people; import a Kith JSON export into a new one (--db NEW.db)"
        case .notEmpty(let people, .sample):
            "this database already has \(people) people; sample fills an empty one (use a new --db)"
        case .unknownFormat(let file):
            "cannot tell what kind of file \(file) is; give --format vcard, linkedin, google or json"
        case .malformedRecord(let file, let line, let reason, let count):
            "\(file), line \(line): \(reason); nothing in it could be imported"
                + (count > 1 ? " (\(count) records have problems)" : "")
        case .strictImport(let file, let line, let reason):
            "\(file), line \(line): \(reason); nothing was imported (without --strict, the rest would be)"
        case .emptySearch:
            "give some words to search for, such as 'kith find fintech berlin'"
        case .personExists(let person):
            "\(Self.described(person)) is already in kith; add to them with 'kith edit' or 'kith log', "
                + "or add --new if this is someone else"
        case .addressTaken(let address, let person):
            "\(address) is \(Self.described(person))'s; add to them with 'kith edit', or add --new if this is someone else"
        case .lookAlike(let name, let people):
            "'\(name)' is not in kith, but \(people.prefix(3).map(Self.described).joined(separator: " and ")) "
                + "\(people.count == 1 ? "is" : "are"); write the name as kith has it, or add --new to add \(name)"
        case .notMetButMet:
            "--not-met is for someone you have not met; leave out --met, --on, --via and --strength"
        }
    }

    /// `commitment #12 has an unreadable due date '10026-11-22'; fix it with 'kith snooze 12 --to DATE'`.
    static func damaged(_ value: DamagedValue) -> String {
        let columns = ["due": "due date", "done_at": "done time", "since": "since date", "created_at": "creation time",
                       "updated_at": "update time", "imported_at": "import time"]
        let what = "\(value.table.replacingOccurrences(of: "_", with: " ")) #\(value.id) has an unreadable "
            + "\(columns[value.column] ?? value.column) '\(value.value)'"
        return switch (value.table, value.column) {
        case ("commitment", "due"): what + "; fix it with 'kith snooze \(value.id) --to DATE'"
        case ("person", "birthday"): what + "; fix it with 'kith edit '#\(value.id)' --birthday MM-DD'"
        default: what + "; it was changed outside kith: restore a backup, or set it to a YYYY-MM-DD date with sqlite3"
        }
    }

    private static func storage(_ fault: StorageFault, path: String) -> String {
        switch fault {
        case .isFolder: "\(path) is a folder; give --db the path of a database file"
        case .folderIsFile(let folder): "cannot create \(path): \(folder) is not a folder"
        case .cannotCreateFolder(let folder): "cannot create the folder \(folder); choose another place with --db"
        case .cannotCreate(let reason): "cannot create \(path): \(reason); choose another place with --db"
        case .cannotWriteFile(let reason): "cannot write \(path): \(reason); check that its folder exists and is writable"
        case .missing: "there is no database at \(path)"
        case .exists: "\(path) already exists; kith will not overwrite it: give a new file name"
        case .noPath: "the database path is empty; give --db a file, or unset KITH_DB to use the default"
        case .cannotWrite: "cannot open \(path) for writing; check its permissions or choose another place with --db"
        case .cannotRead: "cannot read \(path); check its permissions and its folder's, or choose another file with --db"
        case .notKith(let tables):
            "\(path) is another program's SQLite database (tables: \(tables.prefix(4).joined(separator: ", "))"
                + (tables.count > 4 ? ", …" : "") + "); kith leaves it alone: give --db a kith database or a new file"
        case .notADatabase: "\(path) is not a kith database (not SQLite, or damaged)"
        case .diskFull: "the disk holding \(path) is full; nothing was written"
        case .busy: "\(path) is busy in another program; try again in a moment"
        case .ioError: "reading or writing \(path) failed (I/O error); nothing was written"
        case .noWriteAheadLog: "cannot use write-ahead logging for \(path)"
        case .noSelf: "this database has no self person; it was changed outside kith"
        case .other(let message): "\(path): \(message)"
        }
    }
}
