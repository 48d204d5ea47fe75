#ifndef KITH_SQLITE_SESSION_H
#define KITH_SQLITE_SESSION_H

// SQLite's session extension, as Kith uses it for undo. Debian's libsqlite3 is built with the
// extension, but <sqlite3.h> declares it only under SQLITE_ENABLE_SESSION, which GRDB's module
// does not define; these few functions are compiled with it and take the connection GRDB holds.
// Connections, sessions and iterators are opaque here (Swift sees OpaquePointer).

struct sqlite3;
struct sqlite3_session;
struct sqlite3_changeset_iter;

/// The codes of <sqlite3.h> that Swift compares with (it does not see that header through this one).
enum {
    KITH_SQLITE_OK = 0, KITH_SQLITE_ABORT = 4, KITH_SQLITE_ROW = 100,
    KITH_SQLITE_INSERT = 18, KITH_SQLITE_DELETE = 9, KITH_SQLITE_UPDATE = 23
};

/// Starts recording the changes made on `db` to the tables attached with `kith_session_attach`.
int kith_session_start(struct sqlite3 *db, struct sqlite3_session **session);
int kith_session_attach(struct sqlite3_session *session, const char *table);
/// The changes recorded so far, as a changeset; `*data` is freed with `kith_free`.
int kith_session_changeset(struct sqlite3_session *session, int *size, void **data);
void kith_session_end(struct sqlite3_session *session);
void kith_free(void *data);

/// What stopped `kith_changeset_revert`: SQLITE_CHANGESET_DATA, _NOTFOUND, _CONFLICT or
/// _CONSTRAINT, and the table and primary key (its first column) of the row.
typedef struct kith_conflict {
    int kind;
    char table[64];
    long long key;
} kith_conflict;

/// Applies the inverse of a changeset to `db`: every row put back as it was before the changes.
/// The first change that does not find the row exactly as the changeset left it stops it all
/// (SQLITE_ABORT, with `conflict` filled in); nothing is then changed.
int kith_changeset_revert(struct sqlite3 *db, int size, const void *data, kith_conflict *conflict);

/// Turns the connection's triggers off (0) or on (1).
int kith_triggers(struct sqlite3 *db, int enabled);

/// Reads a changeset change by change: `kith_changeset_next` returns SQLITE_ROW while there is one.
int kith_changeset_open(int size, const void *data, struct sqlite3_changeset_iter **iterator);
int kith_changeset_next(struct sqlite3_changeset_iter *iterator);
/// The current change's table, its number of columns, and SQLITE_INSERT, _UPDATE or _DELETE.
int kith_changeset_change(struct sqlite3_changeset_iter *iterator, const char **table, int *columns, int *operation);
/// A column of the row after the change (`after` 1) or before it (0), as text or an integer;
/// NULL or `missing` set when the change does not hold it (an update holds only what it changed).
const unsigned char *kith_changeset_text(struct sqlite3_changeset_iter *iterator, int column, int after);
long long kith_changeset_integer(struct sqlite3_changeset_iter *iterator, int column, int after, int *missing);
int kith_changeset_close(struct sqlite3_changeset_iter *iterator);

#endif
