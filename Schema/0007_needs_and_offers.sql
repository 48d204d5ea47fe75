-- 0007: what people need and what they can give. One table for both (a need and an offer are
-- the same kind of statement, said by someone on a day, true until it is met or dropped), so
-- that matching, listing and closing have one home.

CREATE TABLE need_offer (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    person_id       INTEGER NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    kind            TEXT    NOT NULL CHECK (kind = 'need' OR kind = 'offer'),
    what            TEXT    NOT NULL CHECK (length(trim(what)) > 0),
    -- The day they said it (YYYY-MM-DD): how fresh it is.
    said_on         TEXT    NOT NULL,
    -- Where it came up, when known.
    event_id        INTEGER REFERENCES event (id) ON DELETE SET NULL,
    interaction_id  INTEGER REFERENCES interaction (id) ON DELETE SET NULL,
    status          TEXT    NOT NULL DEFAULT 'open' CHECK (status = 'open' OR status = 'met' OR status = 'dropped'),
    closed_on       TEXT,
    created_at      TEXT    NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);
CREATE INDEX need_offer_person ON need_offer (person_id);
CREATE INDEX need_offer_open ON need_offer (kind, status);

-- An introduction made because someone's need met someone else's offer: the need it answers.
ALTER TABLE introduction ADD COLUMN need_id INTEGER REFERENCES need_offer (id) ON DELETE SET NULL;

-- Matching words: a need's words against offers, an offer's against needs. The two texts are
-- two columns, so that a search names the side it looks in. Porter stems before prefixes
-- match: "investing"* becomes "invest"* and finds "investor"; "designer" finds "designs".
CREATE VIRTUAL TABLE need_offer_fts USING fts5 (
    need, offer,
    tokenize = 'porter unicode61 remove_diacritics 2'
);

CREATE TRIGGER need_offer_fts_insert AFTER INSERT ON need_offer
BEGIN
    INSERT INTO need_offer_fts (rowid, need, offer)
    VALUES (NEW.id, CASE WHEN NEW.kind = 'need' THEN NEW.what ELSE '' END,
            CASE WHEN NEW.kind = 'offer' THEN NEW.what ELSE '' END);
END;

CREATE TRIGGER need_offer_fts_update AFTER UPDATE OF kind, what ON need_offer
BEGIN
    DELETE FROM need_offer_fts WHERE rowid = OLD.id;
    INSERT INTO need_offer_fts (rowid, need, offer)
    VALUES (NEW.id, CASE WHEN NEW.kind = 'need' THEN NEW.what ELSE '' END,
            CASE WHEN NEW.kind = 'offer' THEN NEW.what ELSE '' END);
END;

CREATE TRIGGER need_offer_fts_delete AFTER DELETE ON need_offer
BEGIN
    DELETE FROM need_offer_fts WHERE rowid = OLD.id;
END;
