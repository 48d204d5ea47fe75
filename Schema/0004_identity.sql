-- 0004: identity. Ids are never reused: every table with an id counts up for ever
-- (AUTOINCREMENT), so that an id printed once (#12, a calendar UID, a merge note) means that
-- row for good. Every person gets a uid, a random UUID made once, which travels as their vCard
-- UID, in JSON and in calendar UIDs; the database gets a random identity of its own.
--
-- SQLite cannot add AUTOINCREMENT to a table, so each is rebuilt with its rows, ids kept, and its
-- indexes and triggers made again exactly as 0001 and 0002 made them. Rows keep their ids; the
-- counter starts after the highest id each table holds.

PRAGMA legacy_alter_table = ON;

DROP TRIGGER person_self_kept;
DROP TRIGGER interaction_person_orphan;
DROP TRIGGER interaction_event_orphan;
DROP TRIGGER person_fts_insert;
DROP TRIGGER person_fts_update;
DROP TRIGGER person_fts_delete;
DROP TRIGGER person_tag_fts_insert;
DROP TRIGGER person_tag_fts_delete;
DROP TRIGGER tag_fts_rename;

CREATE TABLE person_new (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    uid           TEXT    NOT NULL UNIQUE DEFAULT (
                      lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4'
                      || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1)
                      || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)))),
    name          TEXT    NOT NULL CHECK (length(trim(name)) > 0),
    organization  TEXT,
    title         TEXT,
    location      TEXT,
    notes         TEXT,
    how_met       TEXT,
    cadence_days  INTEGER CHECK (cadence_days IS NULL OR cadence_days > 0),
    birthday      TEXT,     -- YYYY-MM-DD, or --MM-DD when the year is unknown
    is_self       INTEGER NOT NULL DEFAULT 0 CHECK (is_self IN (0, 1)),
    archived      INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
    created_at    TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    updated_at    TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);
INSERT INTO person_new (id, uid, name, organization, title, location, notes, how_met, cadence_days, birthday, is_self,
                        archived, created_at, updated_at)
-- A random (version 4) UUID per row, as lower-case text.
SELECT id, lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2)
       || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2)
       || '-' || lower(hex(randomblob(6))),
       name, organization, title, location, notes, how_met, cadence_days, birthday,
       is_self, archived, created_at, updated_at
FROM person;
DROP TABLE person;
ALTER TABLE person_new RENAME TO person;
CREATE UNIQUE INDEX person_self ON person (is_self) WHERE is_self = 1;
CREATE INDEX person_organization ON person (organization COLLATE NOCASE);
CREATE INDEX person_cadence ON person (cadence_days) WHERE cadence_days IS NOT NULL;
CREATE INDEX person_birthday ON person (substr(birthday, -5)) WHERE birthday IS NOT NULL;
CREATE INDEX person_created ON person (created_at);

CREATE TABLE email_new (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    person_id   INTEGER NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    value       TEXT    NOT NULL,
    label       TEXT,
    is_primary  INTEGER NOT NULL DEFAULT 0 CHECK (is_primary IN (0, 1))
);
INSERT INTO email_new SELECT id, person_id, value, label, is_primary FROM email;
DROP TABLE email;
ALTER TABLE email_new RENAME TO email;
CREATE INDEX email_person ON email (person_id);
CREATE INDEX email_value ON email (value COLLATE NOCASE);

CREATE TABLE phone_new (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    person_id   INTEGER NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    value       TEXT    NOT NULL,
    label       TEXT,
    is_primary  INTEGER NOT NULL DEFAULT 0 CHECK (is_primary IN (0, 1))
);
INSERT INTO phone_new SELECT id, person_id, value, label, is_primary FROM phone;
DROP TABLE phone;
ALTER TABLE phone_new RENAME TO phone;
CREATE INDEX phone_person ON phone (person_id);
CREATE INDEX phone_value ON phone (value);

CREATE TABLE link_new (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    person_id   INTEGER NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    value       TEXT    NOT NULL,
    label       TEXT,
    is_primary  INTEGER NOT NULL DEFAULT 0 CHECK (is_primary IN (0, 1))
);
INSERT INTO link_new SELECT id, person_id, value, label, is_primary FROM link;
DROP TABLE link;
ALTER TABLE link_new RENAME TO link;
CREATE INDEX link_person ON link (person_id);
CREATE INDEX link_value ON link (value);

CREATE TABLE tag_new (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    name          TEXT    NOT NULL UNIQUE COLLATE NOCASE CHECK (length(trim(name)) > 0),
    cadence_days  INTEGER CHECK (cadence_days IS NULL OR cadence_days > 0)
);
INSERT INTO tag_new SELECT id, name, cadence_days FROM tag;
DROP TABLE tag;
ALTER TABLE tag_new RENAME TO tag;

CREATE TABLE event_new (
    id     INTEGER PRIMARY KEY AUTOINCREMENT,
    name   TEXT NOT NULL CHECK (length(trim(name)) > 0),
    date   TEXT,
    place  TEXT
);
INSERT INTO event_new SELECT id, name, date, place FROM event;
DROP TABLE event;
ALTER TABLE event_new RENAME TO event;
CREATE UNIQUE INDEX event_name_date ON event (name COLLATE NOCASE, ifnull(date, ''));

CREATE TABLE interaction_new (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    kind        TEXT    NOT NULL
                CHECK (kind IN ('met', 'call', 'message', 'email', 'meal', 'meeting', 'event', 'other')),
    date        TEXT    NOT NULL,
    note        TEXT,
    event_id    INTEGER REFERENCES event (id) ON DELETE SET NULL,
    created_at  TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);
INSERT INTO interaction_new SELECT id, kind, date, note, event_id, created_at FROM interaction;
DROP TABLE interaction;
ALTER TABLE interaction_new RENAME TO interaction;
CREATE INDEX interaction_date ON interaction (date);
CREATE INDEX interaction_event ON interaction (event_id);

CREATE TABLE tie_new (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    person_a    INTEGER NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    person_b    INTEGER NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    strength    INTEGER NOT NULL DEFAULT 2 CHECK (strength BETWEEN 1 AND 5),
    context     TEXT,
    since       TEXT,
    source      TEXT    NOT NULL DEFAULT 'stated'
                CHECK (source IN ('stated', 'inferred', 'introduction', 'imported')),
    created_at  TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    updated_at  TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    CHECK (person_a < person_b),
    UNIQUE (person_a, person_b)
);
INSERT INTO tie_new SELECT id, person_a, person_b, strength, context, since, source, created_at, updated_at FROM tie;
DROP TABLE tie;
ALTER TABLE tie_new RENAME TO tie;
CREATE INDEX tie_person_b ON tie (person_b, person_a);

CREATE TABLE introduction_new (
    id             INTEGER PRIMARY KEY AUTOINCREMENT,
    -- NULL when the introducer is unknown or has been deleted: the two still met.
    introducer_id  INTEGER REFERENCES person (id) ON DELETE SET NULL,
    person_a       INTEGER NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    person_b       INTEGER NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    date           TEXT    NOT NULL,
    purpose        TEXT,
    status         TEXT    NOT NULL DEFAULT 'made'
                   CHECK (status IN ('requested', 'offered', 'made', 'declined')),
    outcome        TEXT,
    created_at     TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
    CHECK (person_a <> person_b)
);
INSERT INTO introduction_new
SELECT id, introducer_id, person_a, person_b, date, purpose, status, outcome, created_at FROM introduction;
DROP TABLE introduction;
ALTER TABLE introduction_new RENAME TO introduction;
CREATE INDEX introduction_introducer ON introduction (introducer_id);
CREATE INDEX introduction_person_a ON introduction (person_a);
CREATE INDEX introduction_person_b ON introduction (person_b);
CREATE INDEX introduction_date ON introduction (date);
CREATE INDEX introduction_pending ON introduction (status, date) WHERE outcome IS NULL;

CREATE TABLE commitment_new (
    id               INTEGER PRIMARY KEY AUTOINCREMENT,
    person_id        INTEGER NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    owed_by_me       INTEGER NOT NULL CHECK (owed_by_me IN (0, 1)),
    what             TEXT    NOT NULL CHECK (length(trim(what)) > 0),
    due              TEXT,
    status           TEXT    NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'done', 'dropped')),
    done_at          TEXT,
    interaction_id   INTEGER REFERENCES interaction (id) ON DELETE SET NULL,
    introduction_id  INTEGER REFERENCES introduction (id) ON DELETE SET NULL,
    created_at       TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);
INSERT INTO commitment_new
SELECT id, person_id, owed_by_me, what, due, status, done_at, interaction_id, introduction_id, created_at FROM commitment;
DROP TABLE commitment;
ALTER TABLE commitment_new RENAME TO commitment;
CREATE INDEX commitment_person ON commitment (person_id);
CREATE INDEX commitment_open_due ON commitment (status, due);

CREATE TABLE person_property_new (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    person_id   INTEGER NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    name        TEXT    NOT NULL,   -- with its group, as written: item1.X-ABLABEL
    parameters  TEXT,               -- as written: TYPE=home;PREF=1
    value       TEXT    NOT NULL    -- as written, still escaped
);
INSERT INTO person_property_new SELECT id, person_id, name, parameters, value FROM person_property;
DROP TABLE person_property;
ALTER TABLE person_property_new RENAME TO person_property;
CREATE INDEX person_property_person ON person_property (person_id);

-- Provenance, now also of people folded in by a merge ('merge', with the uid they had), so
-- that a card carrying that uid still finds them.
CREATE TABLE person_source_new (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    person_id    INTEGER NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    kind         TEXT    NOT NULL CHECK (kind IN ('vcard', 'linkedin', 'google', 'json', 'merge')),
    external_id  TEXT,
    file         TEXT,
    imported_at  TEXT    NOT NULL
);
INSERT INTO person_source_new SELECT id, person_id, kind, external_id, file, imported_at FROM person_source;
DROP TABLE person_source;
ALTER TABLE person_source_new RENAME TO person_source;
CREATE INDEX person_source_person ON person_source (person_id);
CREATE INDEX person_source_external ON person_source (kind, external_id);

-- The database's own identity: names it in identifiers that leave it (calendar UIDs).
CREATE TABLE database_identity (
    id          INTEGER PRIMARY KEY CHECK (id = 1),
    uid         TEXT    NOT NULL,
    created_at  TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);
INSERT INTO database_identity (id, uid) VALUES (1, lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2)
       || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2)
       || '-' || lower(hex(randomblob(6))));

-- The triggers, as 0001 made them.
CREATE TRIGGER person_self_kept BEFORE DELETE ON person WHEN OLD.is_self = 1
BEGIN
    SELECT RAISE(ABORT, 'the self person cannot be deleted');
END;

CREATE TRIGGER interaction_person_orphan AFTER DELETE ON interaction_person
WHEN NOT EXISTS (SELECT 1 FROM interaction_person WHERE interaction_id = OLD.interaction_id)
BEGIN
    DELETE FROM interaction WHERE id = OLD.interaction_id;
END;
CREATE TRIGGER interaction_event_orphan AFTER DELETE ON interaction
WHEN OLD.event_id IS NOT NULL
     AND NOT EXISTS (SELECT 1 FROM interaction WHERE event_id = OLD.event_id)
BEGIN
    DELETE FROM event WHERE id = OLD.event_id;
END;

CREATE TRIGGER person_fts_insert AFTER INSERT ON person
BEGIN
    INSERT INTO person_fts (rowid, name, organization, title, location, tags, notes)
    VALUES (NEW.id, NEW.name, NEW.organization, NEW.title, NEW.location,
            (SELECT group_concat(t.name, ' ') FROM person_tag pt JOIN tag t ON t.id = pt.tag_id
             WHERE pt.person_id = NEW.id),
            NEW.notes);
END;

CREATE TRIGGER person_fts_update
AFTER UPDATE OF name, organization, title, location, notes ON person
BEGIN
    DELETE FROM person_fts WHERE rowid = OLD.id;
    INSERT INTO person_fts (rowid, name, organization, title, location, tags, notes)
    VALUES (NEW.id, NEW.name, NEW.organization, NEW.title, NEW.location,
            (SELECT group_concat(t.name, ' ') FROM person_tag pt JOIN tag t ON t.id = pt.tag_id
             WHERE pt.person_id = NEW.id),
            NEW.notes);
END;

CREATE TRIGGER person_fts_delete AFTER DELETE ON person
BEGIN
    DELETE FROM person_fts WHERE rowid = OLD.id;
END;

CREATE TRIGGER person_tag_fts_insert AFTER INSERT ON person_tag
BEGIN
    UPDATE person_fts
    SET tags = (SELECT group_concat(t.name, ' ') FROM person_tag pt JOIN tag t ON t.id = pt.tag_id
                WHERE pt.person_id = NEW.person_id)
    WHERE rowid = NEW.person_id;
END;

CREATE TRIGGER person_tag_fts_delete AFTER DELETE ON person_tag
BEGIN
    UPDATE person_fts
    SET tags = (SELECT group_concat(t.name, ' ') FROM person_tag pt JOIN tag t ON t.id = pt.tag_id
                WHERE pt.person_id = OLD.person_id)
    WHERE rowid = OLD.person_id;
END;

CREATE TRIGGER tag_fts_rename AFTER UPDATE OF name ON tag
BEGIN
    UPDATE person_fts
    SET tags = (SELECT group_concat(t.name, ' ') FROM person_tag pt JOIN tag t ON t.id = pt.tag_id
                WHERE pt.person_id = person_fts.rowid)
    WHERE rowid IN (SELECT person_id FROM person_tag WHERE tag_id = NEW.id);
END;

PRAGMA legacy_alter_table = OFF;
