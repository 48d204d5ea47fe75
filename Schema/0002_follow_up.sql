-- 0002: what the weekly follow-up list asks of the database, answered from indexes so that
-- `kith week` costs what it lists, not what the network holds.

-- People with a keep-in-touch cadence of their own (most have none).
CREATE INDEX person_cadence ON person (cadence_days) WHERE cadence_days IS NOT NULL;

-- Birthdays by month and day, whether or not the year is known (`1990-05-17`, `--05-17`).
-- Queries must use the same expression and condition for SQLite to pick it.
CREATE INDEX person_birthday ON person (substr(birthday, -5)) WHERE birthday IS NOT NULL;

-- The recap of the last days: who was added.
CREATE INDEX person_created ON person (created_at);

-- Introductions by date (the recap) and the open ones (requested or offered, or made without
-- an outcome) that the list follows up.
CREATE INDEX introduction_date ON introduction (date);
CREATE INDEX introduction_pending ON introduction (status, date) WHERE outcome IS NULL;
