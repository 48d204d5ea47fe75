-- 0003: what imports bring that has no column of its own, and where people came from.

-- vCard properties Kith does not model (NICKNAME, ROLE, ADR in full, ANNIVERSARY, REV, X-…),
-- kept as they were written so that an export gives them back.
CREATE TABLE person_property (
    id          INTEGER PRIMARY KEY,
    person_id   INTEGER NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    name        TEXT    NOT NULL,   -- with its group, as written: item1.X-ABLABEL
    parameters  TEXT,               -- as written: TYPE=home;PREF=1
    value       TEXT    NOT NULL    -- as written, still escaped
);
CREATE INDEX person_property_person ON person_property (person_id);

-- Provenance: each import that created or updated a person, with the id they had there (a vCard
-- UID, a LinkedIn profile), so that importing the same file again matches instead of doubling.
CREATE TABLE person_source (
    id           INTEGER PRIMARY KEY,
    person_id    INTEGER NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    kind         TEXT    NOT NULL CHECK (kind IN ('vcard', 'linkedin', 'google', 'json')),
    external_id  TEXT,
    file         TEXT,
    imported_at  TEXT    NOT NULL
);
CREATE INDEX person_source_person ON person_source (person_id);
CREATE INDEX person_source_external ON person_source (kind, external_id);
