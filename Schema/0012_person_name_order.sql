-- 0012: people in the order `kith list` shows them by default (name, case ignored), so that a
-- list of the first few stops after them instead of sorting everyone.
CREATE INDEX person_name_nocase ON person (name COLLATE NOCASE, id);
