-- Kith schema, version 1. This file is a public interface: users query their own database with
-- sqlite3 and scripts rely on these names. Never edit it once it has shipped; add 0002_….sql.
-- Times are UTC ISO-8601 text (2026-11-21T09:30:00Z), calendar dates YYYY-MM-DD.

CREATE TABLE person (
    id            INTEGER PRIMARY KEY,
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
-- Exactly one person is me.
CREATE UNIQUE INDEX person_self ON person (is_self) WHERE is_self = 1;
CREATE INDEX person_organization ON person (organization COLLATE NOCASE);
CREATE TRIGGER person_self_kept BEFORE DELETE ON person WHEN OLD.is_self = 1
BEGIN
    SELECT RAISE(ABORT, 'the self person cannot be deleted');
END;

CREATE TABLE email (
    id          INTEGER PRIMARY KEY,
    person_id   INTEGER NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    value       TEXT    NOT NULL,
    label       TEXT,
    is_primary  INTEGER NOT NULL DEFAULT 0 CHECK (is_primary IN (0, 1))
);
CREATE INDEX email_person ON email (person_id);
CREATE INDEX email_value ON email (value COLLATE NOCASE);

CREATE TABLE phone (
    id          INTEGER PRIMARY KEY,
    person_id   INTEGER NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    value       TEXT    NOT NULL,
    label       TEXT,
    is_primary  INTEGER NOT NULL DEFAULT 0 CHECK (is_primary IN (0, 1))
);
CREATE INDEX phone_person ON phone (person_id);
CREATE INDEX phone_value ON phone (value);

CREATE TABLE link (
    id          INTEGER PRIMARY KEY,
    person_id   INTEGER NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    value       TEXT    NOT NULL,
    label       TEXT,
    is_primary  INTEGER NOT NULL DEFAULT 0 CHECK (is_primary IN (0, 1))
);
CREATE INDEX link_person ON link (person_id);
CREATE INDEX link_value ON link (value);

CREATE TABLE tag (
    id            INTEGER PRIMARY KEY,
    name          TEXT    NOT NULL UNIQUE COLLATE NOCASE CHECK (length(trim(name)) > 0),
    cadence_days  INTEGER CHECK (cadence_days IS NULL OR cadence_days > 0)
);

-- Pure link tables are keyed by the pair they link: an extra id would only allow duplicates.
CREATE TABLE person_tag (
    person_id  INTEGER NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    tag_id     INTEGER NOT NULL REFERENCES tag (id) ON DELETE CASCADE,
    PRIMARY KEY (person_id, tag_id)
) WITHOUT ROWID;
CREATE INDEX person_tag_tag ON person_tag (tag_id);

CREATE TABLE event (
    id     INTEGER PRIMARY KEY,
    name   TEXT NOT NULL CHECK (length(trim(name)) > 0),
    date   TEXT,
    place  TEXT
);
CREATE UNIQUE INDEX event_name_date ON event (name COLLATE NOCASE, ifnull(date, ''));

CREATE TABLE interaction (
    id          INTEGER PRIMARY KEY,
    kind        TEXT    NOT NULL
                CHECK (kind IN ('met', 'call', 'message', 'email', 'meal', 'meeting', 'event', 'other')),
    date        TEXT    NOT NULL,
    note        TEXT,
    event_id    INTEGER REFERENCES event (id) ON DELETE SET NULL,
    created_at  TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);
CREATE INDEX interaction_date ON interaction (date);
CREATE INDEX interaction_event ON interaction (event_id);

-- The people (other than me) an interaction was with.
CREATE TABLE interaction_person (
    interaction_id  INTEGER NOT NULL REFERENCES interaction (id) ON DELETE CASCADE,
    person_id       INTEGER NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    PRIMARY KEY (interaction_id, person_id)
) WITHOUT ROWID;
CREATE INDEX interaction_person_person ON interaction_person (person_id, interaction_id);

-- An interaction whose last participant is gone referred only to them: it goes too,
-- and so does an event nobody is recorded at any more.
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

CREATE TABLE tie (
    id          INTEGER PRIMARY KEY,
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
CREATE INDEX tie_person_b ON tie (person_b, person_a);

CREATE TABLE introduction (
    id             INTEGER PRIMARY KEY,
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
CREATE INDEX introduction_introducer ON introduction (introducer_id);
CREATE INDEX introduction_person_a ON introduction (person_a);
CREATE INDEX introduction_person_b ON introduction (person_b);

CREATE TABLE commitment (
    id               INTEGER PRIMARY KEY,
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
CREATE INDEX commitment_person ON commitment (person_id);
CREATE INDEX commitment_open_due ON commitment (status, due);

-- Full-text index of people, one row per person with rowid = person.id. Triggers keep it in
-- step with person, person_tag and tag, whoever writes (kith or sqlite3).
CREATE VIRTUAL TABLE person_fts USING fts5 (
    name, organization, title, location, tags, notes,
    tokenize = 'unicode61 remove_diacritics 2',
    prefix = '2'
);

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

-- Every database starts with me (after the triggers, so that I am in the search index too).
INSERT INTO person (name, is_self) VALUES ('Me', 1);
