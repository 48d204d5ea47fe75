#define SQLITE_ENABLE_SESSION 1
#define SQLITE_ENABLE_PREUPDATE_HOOK 1
#include <sqlite3.h>
#include <string.h>
#include "KithSQLiteSession.h"

_Static_assert(KITH_SQLITE_OK == SQLITE_OK && KITH_SQLITE_ABORT == SQLITE_ABORT && KITH_SQLITE_ROW == SQLITE_ROW,
               "result codes as in sqlite3.h");
_Static_assert(KITH_SQLITE_INSERT == SQLITE_INSERT && KITH_SQLITE_DELETE == SQLITE_DELETE
               && KITH_SQLITE_UPDATE == SQLITE_UPDATE, "operations as in sqlite3.h");

int kith_session_start(sqlite3 *db, sqlite3_session **session) {
    return sqlite3session_create(db, "main", session);
}

int kith_session_attach(sqlite3_session *session, const char *table) {
    return sqlite3session_attach(session, table);
}

int kith_session_changeset(sqlite3_session *session, int *size, void **data) {
    return sqlite3session_changeset(session, size, data);
}

void kith_session_end(sqlite3_session *session) { sqlite3session_delete(session); }

void kith_free(void *data) { sqlite3_free(data); }

static int refuse(void *context, int kind, sqlite3_changeset_iter *iterator) {
    kith_conflict *conflict = context;
    const char *table = 0;
    int columns = 0, operation = 0;
    conflict->kind = kind;
    conflict->key = 0;
    conflict->table[0] = 0;
    if (sqlite3changeset_op(iterator, &table, &columns, &operation, 0) == SQLITE_OK && table) {
        strncpy(conflict->table, table, sizeof conflict->table - 1);
        conflict->table[sizeof conflict->table - 1] = 0;
        // The row's key: from the change for an insert or delete; an update's old values hold it.
        sqlite3_value *key = 0;
        if (operation == SQLITE_INSERT) sqlite3changeset_new(iterator, 0, &key);
        else sqlite3changeset_old(iterator, 0, &key);
        if (key) conflict->key = sqlite3_value_int64(key);
    }
    return SQLITE_CHANGESET_ABORT;
}

int kith_changeset_revert(sqlite3 *db, int size, const void *data, kith_conflict *conflict) {
    int inverseSize = 0;
    void *inverse = 0;
    int rc = sqlite3changeset_invert(size, data, &inverseSize, &inverse);
    if (rc != SQLITE_OK) return rc;
    conflict->kind = 0;
    rc = sqlite3changeset_apply(db, inverseSize, inverse, 0, refuse, conflict);
    sqlite3_free(inverse);
    return rc;
}

int kith_triggers(sqlite3 *db, int enabled) {
    int now = -1;
    return sqlite3_db_config(db, SQLITE_DBCONFIG_ENABLE_TRIGGER, enabled, &now);
}

int kith_changeset_open(int size, const void *data, sqlite3_changeset_iter **iterator) {
    return sqlite3changeset_start(iterator, size, (void *)data);
}

int kith_changeset_next(sqlite3_changeset_iter *iterator) { return sqlite3changeset_next(iterator); }

int kith_changeset_change(sqlite3_changeset_iter *iterator, const char **table, int *columns, int *operation) {
    return sqlite3changeset_op(iterator, table, columns, operation, 0);
}

static sqlite3_value *value(sqlite3_changeset_iter *iterator, int column, int after) {
    sqlite3_value *found = 0;
    int rc = after ? sqlite3changeset_new(iterator, column, &found) : sqlite3changeset_old(iterator, column, &found);
    return rc == SQLITE_OK ? found : 0;
}

const unsigned char *kith_changeset_text(sqlite3_changeset_iter *iterator, int column, int after) {
    sqlite3_value *found = value(iterator, column, after);
    return found && sqlite3_value_type(found) != SQLITE_NULL ? sqlite3_value_text(found) : 0;
}

long long kith_changeset_integer(sqlite3_changeset_iter *iterator, int column, int after, int *missing) {
    sqlite3_value *found = value(iterator, column, after);
    *missing = !found || sqlite3_value_type(found) == SQLITE_NULL;
    return *missing ? 0 : sqlite3_value_int64(found);
}

int kith_changeset_close(sqlite3_changeset_iter *iterator) { return sqlite3changeset_finalize(iterator); }
