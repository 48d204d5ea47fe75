/// What went wrong, in the terms of Kith's data and rules. The library names no flag, no
/// command and no exit status: whoever calls it (the `kith` executable) words each case for
/// its own users and decides what it means for the process.
public enum KithError: Error, Equatable, Sendable {
    /// A value is not acceptable; the text says which and why, in plain words.
    case invalid(String)
    /// A number outside the range it may take.
    case outOfRange(Setting, value: Int, allowed: ClosedRange<Int>)
    /// No person matches what was typed.
    case personNotFound(String)
    /// No person matches, but these are one or two letters away: perhaps meant, never assumed.
    case personNotFoundButNear(String, [PersonSummary])
    /// Several people match what was typed and a write must not guess.
    case ambiguousPerson(String, candidates: [PersonSummary])
    /// A commitment, an introduction, a need or an offer with this id is not there.
    case recordNotFound(Record, id: Int64)
    /// There is no tag by this name; `known` holds some that exist.
    case tagNotFound(String, known: [String])
    /// Something asked for is not there (a tie, an organisation's people); the text says what.
    case notFound(String)
    /// A request that one of Kith's rules forbids; the caller says what to do instead.
    case refused(Refusal)
    /// The database cannot be opened, read or written.
    case storage(StorageFault, path: String?)
    /// The database was written by a newer Kith.
    case newerSchema(String)
    /// A stored value cannot be read back (the first found, of `count`).
    case damaged(DamagedValue, count: Int)
    /// The last write command cannot be undone; nothing was changed.
    case cannotUndo(UndoRefusal)

    /// Why an undo changed nothing. Each names the command as it was typed.
    public enum UndoRefusal: Equatable, Sendable {
        /// The history is empty.
        case nothingRecorded
        /// A recorded changeset is not in SQLite's format any more.
        case damagedHistory
        /// It was recorded before the database was upgraded, in another shape.
        case recordedBeforeUpgrade(String)
        /// A row it changed is no longer as it left it: `what` #`id` was changed since.
        case changedSince(String, what: String, id: Int64)
        /// A `what` written since points at the `on` #`id` that the undo would take away.
        case dependedOn(String, what: String, on: String, id: Int64)
        /// A `what` the undo would put back points at the `on` #`id`, which is no longer there.
        case pointsAtMissing(String, what: String, on: String, id: Int64)
    }

    /// The numbers a caller chooses, each with the range Kith accepts.
    public enum Setting: String, Sendable {
        case maxHops, limit, alternatives, days, people, strength, depth
    }

    /// The records that are named by id.
    public enum Record: String, Sendable {
        case commitment, introduction, needOrOffer, interaction
    }

    /// Requests that break a rule, each with its own remedy.
    public enum Refusal: Equatable, Sendable {
        /// An introduction with me as introducer and as one of the two.
        case introduceYourself
        /// Someone added as introduced by me: that is an introduction I made.
        case introducedByYourself
        /// A due date for a follow-up that was not given.
        case dueWithoutFollowUp
        /// An edit that changes nothing.
        case nothingToChange(Change)
        /// Removing me.
        case removeYourself
        /// Something that fills an empty database (an import of Kith JSON, a sample) asked of
        /// one that holds `people` others.
        case notEmpty(people: Int, for: Filling)
        /// A file whose kind cannot be told from its contents.
        case unknownFormat(file: String)
        /// An import with nothing readable in it: its first malformed record, of `count`.
        case malformedRecord(file: String, line: Int, reason: String, count: Int)
        /// A malformed record in an import that was asked to be strict.
        case strictImport(file: String, line: Int, reason: String)
        /// A search with no words in it.
        case emptySearch
        /// A new person with the name of someone already here, without saying they are new.
        case personExists(PersonSummary)
        /// A new person with an email, phone or link someone already has.
        case addressTaken(String, by: PersonSummary)
        /// A name logged at an event that nobody has, but that looks like someone's.
        case lookAlike(String, like: [PersonSummary])
        /// Someone not met, with where, when or through whom we met.
        case notMetButMet
        /// A promise that is already open in the same words, to the same person, the same way.
        case samePromiseOpen(id: Int64)

        public enum Change: Sendable { case person, introduction, commitment, interaction }
        public enum Filling: Sendable { case jsonImport, sample }
    }

    /// Why the database could not be used.
    public enum StorageFault: Equatable, Sendable {
        /// The path names a folder.
        case isFolder
        /// What should be the database's folder is a file.
        case folderIsFile(String)
        /// The database's folder cannot be made.
        case cannotCreateFolder(String)
        /// The file cannot be made, for the system's reason.
        case cannotCreate(String)
        /// A file other than the database (an export, a picture, a synced card) cannot be
        /// written, for the system's reason.
        case cannotWriteFile(String)
        /// No path was given (an empty one).
        case noPath
        /// There is no file at the path (for what needs one: a check).
        case missing
        /// A file is already at the path (for what makes a new one: a backup).
        case exists
        /// The file cannot be opened for writing.
        case cannotWrite
        /// The file cannot be opened for reading.
        case cannotRead
        /// A SQLite file that another program made: these are its tables.
        case notKith(tables: [String])
        /// The file is not SQLite, or damaged.
        case notADatabase
        case diskFull
        case busy
        case ioError
        /// SQLite refused write-ahead logging on this file.
        case noWriteAheadLog
        /// The database has no self person: it was changed outside Kith.
        case noSelf
        /// Anything else SQLite said, in its words.
        case other(String)
    }
}

extension KithError.Setting {
    /// Throws `outOfRange` unless `value` is in `allowed`: the one check every setting goes through.
    func check(_ value: Int, in allowed: ClosedRange<Int>) throws {
        guard allowed.contains(value) else { throw KithError.outOfRange(self, value: value, allowed: allowed) }
    }

    /// A count of results to show: 1 or more.
    func checkLimit(_ value: Int?) throws {
        if let value { try check(value, in: 1...Int.max) }
    }
}
