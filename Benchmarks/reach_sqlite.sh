#!/usr/bin/env bash
# The sqlite3 baseline for `kith reach`: the same question as one SQL join over the file, with
# ties weighed by their stated strength only (no recency, introductions or inferred ties: SQL
# has no natural place for them), routes of two and three ties, the best per introducer.
# Usage: reach_sqlite.sh DB KIND QUERY      (KIND: person with an id, organization, or text)
set -euo pipefail
db=$1 kind=$2 query=$3
case $kind in
    person) targets="SELECT $query AS t, 1.0 AS r" ;;
    organization) targets="SELECT id AS t, 1.0 AS r FROM person WHERE organization = '${query//\'/\'\'}' COLLATE NOCASE AND is_self = 0" ;;
    text)
        match=$(printf '%s\n' $query | sed 's/.*/"&"*/' | paste -sd' ' | sed 's/ / AND /g')
        targets="SELECT rowid AS t, 1.0 AS r FROM person_fts WHERE person_fts MATCH '{organization title tags notes} : ($match)' ORDER BY bm25(person_fts, 0.0, 5.0, 3.0, 0.0, 4.0, 1.0) LIMIT 50" ;;
esac
sqlite3 "$db" <<SQL
WITH me(id) AS (SELECT id FROM person WHERE is_self = 1),
mine(a, w) AS (
    SELECT CASE WHEN person_a = me.id THEN person_b ELSE person_a END, strength / 5.0
    FROM tie, me WHERE person_a = me.id OR person_b = me.id),
targets(t, r) AS ($targets),
two(introducer, score) AS (
    SELECT m.a, m.w * (0.8 * j.strength / 5.0 * 0.8) * t.r FROM mine m
    JOIN tie j ON j.person_a = m.a OR j.person_b = m.a
    JOIN targets t ON t.t = CASE WHEN j.person_a = m.a THEN j.person_b ELSE j.person_a END),
three(introducer, score) AS (
    SELECT m.a, m.w * (0.8 * j.strength / 5.0 * 0.8) * (0.8 * k.strength / 5.0 * 0.8) * t.r FROM mine m
    JOIN tie j ON j.person_a = m.a OR j.person_b = m.a
    JOIN tie k ON k.person_a = CASE WHEN j.person_a = m.a THEN j.person_b ELSE j.person_a END
              OR k.person_b = CASE WHEN j.person_a = m.a THEN j.person_b ELSE j.person_a END
    JOIN targets t ON t.t = CASE WHEN k.person_a IN (j.person_a, j.person_b) THEN k.person_b ELSE k.person_a END
    WHERE (SELECT id FROM me) NOT IN (k.person_a, k.person_b) AND t.t <> m.a)
SELECT introducer, max(score) AS best FROM (SELECT * FROM two UNION ALL SELECT * FROM three)
GROUP BY introducer ORDER BY best DESC LIMIT 5;
SQL
