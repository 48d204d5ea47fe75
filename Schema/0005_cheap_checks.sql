-- 0005: the same rules, cheaper to check. SQLite checks `x IN ('a', 'b', 'c')` with three or more
-- values by building a temporary index on every execution of the statement; an import writes a
-- tie and a provenance row per contact, and that index cost as much as the rest of both inserts.
-- The two tables written per contact get the same CHECKs spelled as comparisons, which SQLite
-- tests in place. Tables written one row at a time by commands keep theirs.
--
-- SQLite cannot change a CHECK, so both tables are rebuilt with their rows and ids, their
-- indexes made again as 0004 made them, and their id counters carried over: an id once given is
-- never given again, even when the row that had it is gone.

PRAGMA legacy_alter_table = ON;

CREATE TEMP TABLE kept_sequence AS SELECT name, seq FROM sqlite_sequence WHERE name IN ('tie', 'person_source');

CREATE TABLE tie_new (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    person_a    INTEGER NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    person_b    INTEGER NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    strength    INTEGER NOT NULL DEFAULT 2 CHECK (strength BETWEEN 1 AND 5),
    context     TEXT,
    since       TEXT,
    source      TEXT    NOT NULL DEFAULT 'stated'
                CHECK (source = 'stated' OR source = 'inferred' OR source = 'introduction' OR source = 'imported'),
    created_at  TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    updated_at  TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    CHECK (person_a < person_b),
    UNIQUE (person_a, person_b)
);
INSERT INTO tie_new SELECT id, person_a, person_b, strength, context, since, source, created_at, updated_at FROM tie;
DROP TABLE tie;
ALTER TABLE tie_new RENAME TO tie;
CREATE INDEX tie_person_b ON tie (person_b, person_a);

CREATE TABLE person_source_new (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    person_id    INTEGER NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    kind         TEXT    NOT NULL
                 CHECK (kind = 'vcard' OR kind = 'linkedin' OR kind = 'google' OR kind = 'json' OR kind = 'merge'),
    external_id  TEXT,
    file         TEXT,
    imported_at  TEXT    NOT NULL
);
INSERT INTO person_source_new SELECT id, person_id, kind, external_id, file, imported_at FROM person_source;
DROP TABLE person_source;
ALTER TABLE person_source_new RENAME TO person_source;
CREATE INDEX person_source_person ON person_source (person_id);
CREATE INDEX person_source_external ON person_source (kind, external_id);

-- The counters as they were (a table whose last rows were deleted counts past its highest id).
INSERT INTO sqlite_sequence (name, seq)
    SELECT name, 0 FROM kept_sequence WHERE name NOT IN (SELECT name FROM sqlite_sequence);
UPDATE sqlite_sequence SET seq = max(seq, (SELECT k.seq FROM kept_sequence k WHERE k.name = sqlite_sequence.name))
    WHERE name IN (SELECT name FROM kept_sequence);
DROP TABLE kept_sequence;

PRAGMA legacy_alter_table = OFF;
