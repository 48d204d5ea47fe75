-- 0011: what a vdir folder held when kith last synced it (`kith sync contacts|calendar DIR`),
-- one row per file, so that the next sync tells a change in the folder from a change in Kith
-- without reading the files that did not change. A vdir is a folder vdirsyncer keeps in step
-- with a CardDAV or CalDAV server: one .vcf or .ics file per card or calendar item.
CREATE TABLE vdir_item (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    -- The folder's absolute path.
    folder      TEXT    NOT NULL,
    kind        TEXT    NOT NULL CHECK (kind IN ('contacts', 'calendar')),
    file        TEXT    NOT NULL,
    -- The card's or item's UID, as it has it.
    uid         TEXT,
    -- The person a card is; NULL once they are removed from Kith (the card still waits in the
    -- folder until a sync with --deletions removes it).
    person_id   INTEGER REFERENCES person (id) ON DELETE SET NULL,
    -- The file as last seen: size, modification time (nanoseconds) and inode, compared without
    -- reading it, and a hash of its bytes, for when those changed and the bytes did not.
    size        INTEGER NOT NULL,
    modified    INTEGER NOT NULL,
    inode       INTEGER NOT NULL,
    seen        TEXT    NOT NULL,
    -- A hash of what Kith would write for the card or item at that sync: when it differs now,
    -- the change is Kith's.
    rendered    TEXT    NOT NULL,
    synced_at   TEXT    NOT NULL,
    UNIQUE (folder, file)
);
CREATE INDEX vdir_item_person ON vdir_item (person_id);
