#!/usr/bin/env python3
"""The networkx baseline for `kith reach`: load the whole network into networkx, weigh every tie
by the model README describes ("How Kith ranks introductions"), and rank introducers with the
same hop-limited search. Prints the top introducers as JSON: [[person id, score], ...].

Usage: reach_networkx.py DB KIND QUERY TODAY [MAX_HOPS] [LIMIT]
  KIND is person (QUERY is a person id), organization or text.
"""
import json
import math
import sqlite3
import sys
from datetime import date

import networkx as nx

HALF_LIFE, IDLE, MY_INTRO = 180.0, 0.4, 0.1
STATED, INFERRED, INTRO, SAME_ORG, EVENT, EVENTS, FLOOR, HOP = 0.8, 0.5, 0.3, 0.2, 0.15, 3, 0.01, 0.8
MAX_TARGETS, MAX_TEXT_TARGETS = 200, 50


def noisy_or(chances):
    missed = 1.0
    for chance in chances:
        missed *= 1 - chance
    return min(1.0, max(FLOOR, 1 - missed))


def words(text):
    import unicodedata
    folded = unicodedata.normalize("NFKD", text.lower())
    folded = "".join(c for c in folded if not unicodedata.combining(c))
    out, word = [], ""
    for c in folded:
        if c.isalnum():
            word += c
        elif word:
            out.append(word)
            word = ""
    if word:
        out.append(word)
    return out


def targets_of(con, kind, query):
    if kind == "person":
        return [(int(query), 1.0)]
    if kind == "organization":
        rows = con.execute("SELECT id FROM person WHERE organization = ? COLLATE NOCASE AND is_self = 0 AND archived = 0 "
                           "ORDER BY id", (query,)).fetchall()
        if rows:
            return [(r[0], 1.0) for r in rows][:MAX_TARGETS]
        match = "organization : (" + " AND ".join('"%s"*' % w for w in words(query)) + ")"
        rows = con.execute("SELECT p.id FROM person_fts f JOIN person p ON p.id = f.rowid WHERE person_fts MATCH ? "
                           "AND p.is_self = 0 AND p.archived = 0 ORDER BY p.id", (match,)).fetchall()
        return [(r[0], 0.8) for r in rows][:MAX_TARGETS]
    for joiner in (" AND ", " OR "):
        match = "{organization title tags notes} : (" + joiner.join('"%s"*' % w for w in words(query)) + ")"
        rows = con.execute("SELECT p.id, bm25(person_fts, 0.0, 5.0, 3.0, 0.0, 4.0, 1.0) AS rank FROM person_fts f "
                           "JOIN person p ON p.id = f.rowid WHERE person_fts MATCH ? AND p.is_self = 0 AND p.archived = 0 "
                           "ORDER BY rank, p.id LIMIT ?", (match, MAX_TARGETS * 5)).fetchall()
        if rows and rows[0][1] < 0:
            best = rows[0][1]
            return [(r[0], max(0.05, r[1] / best)) for r in rows][:MAX_TEXT_TARGETS]
    return []


def main():
    db, kind, query, today = sys.argv[1:5]
    max_hops = int(sys.argv[5]) if len(sys.argv) > 5 else 3
    limit = int(sys.argv[6]) if len(sys.argv) > 6 else 5
    today = date.fromisoformat(today)
    con = sqlite3.connect(db)
    me = con.execute("SELECT id FROM person WHERE is_self = 1").fetchone()[0]
    targets = [(t, r) for t, r in targets_of(con, kind, query) if t != me]
    relevance = dict(targets)

    # The whole network, as networkx holds it.
    graph = nx.Graph()
    for a, b, strength, source in con.execute("SELECT person_a, person_b, strength, source FROM tie"):
        graph.add_edge(a, b, strength=strength, source=source)
    organizations = dict(con.execute("SELECT id, organization FROM person WHERE organization IS NOT NULL"))
    archived = {r[0] for r in con.execute("SELECT id FROM person WHERE archived = 1")}
    interactions = {}
    for person, day in con.execute("SELECT ip.person_id, i.date FROM interaction_person ip "
                                   "JOIN interaction i ON i.id = ip.interaction_id"):
        interactions.setdefault(person, []).append((today - date.fromisoformat(day)).days)
    to_each_other, exchanged = {}, {}
    for introducer, a, b in con.execute("SELECT introducer_id, person_a, person_b FROM introduction WHERE status = 'made'"):
        key = (min(a, b), max(a, b))
        to_each_other[key] = to_each_other.get(key, 0) + 1
        if introducer == me:
            exchanged[a] = exchanged.get(a, 0) + 1
            exchanged[b] = exchanged.get(b, 0) + 1
        elif introducer is not None and me in (a, b):
            exchanged[introducer] = exchanged.get(introducer, 0) + 1
    events_of = {}
    target_list = json.dumps([t for t, _ in targets])
    for person, event_id, name in con.execute(
            "WITH events AS (SELECT DISTINCT i.event_id FROM interaction_person ip JOIN interaction i "
            "ON i.id = ip.interaction_id WHERE ip.person_id IN (SELECT value FROM json_each(?)) "
            "AND i.event_id IS NOT NULL) SELECT DISTINCT ip.person_id, e.id, e.name FROM events "
            "JOIN event e ON e.id = events.event_id JOIN interaction i ON i.event_id = e.id "
            "JOIN interaction_person ip ON ip.interaction_id = i.id", (target_list,)):
        events_of.setdefault(person, []).append((event_id, name))

    # Near the targets: within max_hops - 2 ties, never through me.
    near, frontier = set(relevance), list(relevance)
    for _ in range(max(0, max_hops - 2)):
        following = []
        for person in frontier:
            for other in graph.neighbors(person) if person in graph else []:
                if other != me and other not in near:
                    near.add(other)
                    following.append(other)
        frontier = following
    mine = set(graph.neighbors(me)) if me in graph else set()

    # Inferred ties: a target and a colleague I know, or someone met at the same event.
    target_orgs = sorted({organizations[t].lower() for t in relevance if t in organizations})[:20]
    colleagues = {p: o for p, o in organizations.items()
                  if o.lower() in target_orgs and p in mine and p not in archived}
    for target in relevance:
        useful = lambda other: other != target and (other in mine or other in near)
        org = organizations.get(target, "").lower()
        for other, theirs in colleagues.items():
            if org and theirs.lower() == org and useful(other) and not graph.has_edge(target, other):
                graph.add_edge(target, other)
        attended = {e for e, _ in events_of.get(target, [])}
        for other, events in events_of.items():
            if useful(other) and any(e in attended for e, _ in events) and not graph.has_edge(target, other):
                graph.add_edge(target, other)

    def weight(a, b):
        data = graph.edges[a, b]
        if me in (a, b):
            other = b if a == me else a
            recency = sum(0.5 ** (max(0, age) / HALF_LIFE) for age in interactions.get(other, []))
            base = data.get("strength", 1) / 5 * (IDLE + (1 - IDLE) * (1 - math.exp(-recency)))
            return noisy_or([base] + [MY_INTRO] * exchanged.get(other, 0))
        chances = []
        if "strength" in data:
            chances.append((INFERRED if data["source"] == "inferred" else STATED) * data["strength"] / 5)
        chances += [INTRO] * to_each_other.get((min(a, b), max(a, b)), 0)
        first, second = organizations.get(a), organizations.get(b)
        if first and second and first.lower() == second.lower():
            chances.append(SAME_ORG)
        if a in relevance or b in relevance:
            attended = {e for e, _ in events_of.get(a, [])}
            shared = [e for e, _ in events_of.get(b, []) if e in attended] if a in events_of and b in events_of else []
            chances += [EVENT] * min(EVENTS, len(shared))
        return noisy_or(chances)

    # The same hop-limited search: per person, the best two ways to targets that end apart.
    def keep(ways, value, end):
        first, second = ways
        if value > first[0]:
            return ((value, end), first if end != first[1] else second)
        if end != first[1] and value > second[0]:
            return (first, (value, end))
        return ways

    level = {t: ((r, t), (0.0, -1)) for t, r in relevance.items()}
    for _ in range(max(0, max_hops - 2)):
        following = dict(level)
        for person in {o for p in level for o in graph.neighbors(p)} | set(level):
            if person == me:
                continue
            ways = level.get(person, ((0.0, -1), (0.0, -1)))
            for other in graph.neighbors(person):
                if other == me or other not in level:
                    continue
                w = weight(person, other)
                for value, end in level[other]:
                    if value > 0:
                        ways = keep(ways, (w * HOP) * value, end)
            following[person] = ways
        level = following
    scores = []
    for introducer in graph.neighbors(me) if me in graph else []:
        best = 0.0
        first_weight = weight(me, introducer)
        for second in graph.neighbors(introducer):
            if second == me or second not in level:
                continue
            first, other = level[second]
            value = (other if first[1] == introducer else first)[0]
            if value > 0:
                best = max(best, first_weight * ((weight(introducer, second) * HOP) * value))
        if best > 0:
            scores.append((introducer, best))
    scores.sort(key=lambda item: (-item[1], item[0]))
    print(json.dumps([[p, s] for p, s in scores[:limit]]))


main()
