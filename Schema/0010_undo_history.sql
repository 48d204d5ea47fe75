-- 0010: what the last write commands changed, so that `kith undo` can put it back. Each row is
-- one write transaction's changes as a changeset of SQLite's session extension (the rows before
-- and after, by primary key); `run` groups the transactions of one command, which are undone
-- together. Kept for the last few commands only, and emptied by `kith forget`: a changeset holds
-- the words of the rows it changed.
CREATE TABLE undo_step (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    run         TEXT    NOT NULL,
    -- The command line as typed, without the database's path.
    command     TEXT    NOT NULL,
    done_at     TEXT    NOT NULL,
    -- How many migrations the database had: a changeset is put back only into the schema it
    -- was recorded in.
    schema      INTEGER NOT NULL,
    changeset   BLOB    NOT NULL
);
CREATE INDEX undo_step_run ON undo_step (run);
