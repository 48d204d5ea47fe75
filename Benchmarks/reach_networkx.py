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
        # The exact name at 1 and every word of it whole at 0.8, together, exact first.
        match = "organization : (" + " AND ".join('"%s"' % w for w in words(query)) + ")"
        rows = con.execute("SELECT p.id, p.organization = :name COLLATE NOCASE AS exact FROM person p "
                           "WHERE p.is_self = 0 AND p.archived = 0 AND (p.organization = :name COLLATE NOCASE "
                           "OR p.id IN (SELECT rowid FROM person_fts WHERE person_fts MATCH :match)) "
                           "ORDER BY exact DESC, p.id", {"name": query, "match": match}).fetchall()
        return [(r[0], 1.0 if r[1] else 0.8) for r in rows][:MAX_TARGETS]
    return text_targets(con, query)


IGNORED = set("""a an and the to for of in on at with by from or about into some someone somebody anyone who what
that this my our their his her is are be can could would will help helps need needs needed want wants looking
seeking find get intro intros introduction introductions meet happy glad offer offers give gives available""".split())


def said(con, kind, query, left):
    """README: open offers (or needs) with every word, else any word; bm25 over the best, at
    least 0.05; agent nouns also as their root when five letters remain."""
    subject = [w for w in dict.fromkeys(words(query)) if len(w) >= 2 and w not in IGNORED]
    for joiner in (" AND ", " OR "):
        if not subject:
            return {}
        terms = []
        for w in subject:
            forms = ['"%s"*' % w]
            for suffix in ("ers", "ors", "ists", "er", "or", "ist"):
                if w.endswith(suffix):
                    if len(w) - len(suffix) >= 5:
                        forms.append('"%s"*' % w[: -len(suffix)])
                    break
            terms.append("(" + " OR ".join(forms) + ")")
        rows = [r for r in con.execute(
            "SELECT n.person_id, bm25(need_offer_fts) FROM need_offer_fts JOIN need_offer n ON n.id = need_offer_fts.rowid "
            "WHERE need_offer_fts MATCH ? AND n.kind = ? AND n.status = 'open'",
            ("%s : (%s)" % (kind, joiner.join(terms)), kind)).fetchall() if r[0] not in left]
        best = min((r[1] for r in rows), default=0)
        if best < 0:
            found = {}
            for person, rank in rows:
                found[person] = max(found.get(person, 0), max(0.05, rank / best))
            return found
    return {}


def text_targets(con, query):
    """README: offers first; mentions in organisation, title, tags and notes at half their
    relevance, never someone whose open need has the words and who offers none of them."""
    left = {r[0] for r in con.execute("SELECT id FROM person WHERE is_self = 1 OR archived = 1")}
    offered = said(con, "offer", query, left)
    needing = set(said(con, "need", query, left)) - set(offered)
    relevance = dict(offered)
    for joiner in (" AND ", " OR "):
        match = "{organization title tags notes} : (" + joiner.join('"%s"*' % w for w in words(query)) + ")"
        rows = [r for r in con.execute("SELECT rowid, bm25(person_fts, 0.0, 5.0, 3.0, 0.0, 4.0, 1.0) AS rank FROM person_fts "
                                       "WHERE person_fts MATCH ? ORDER BY rank, rowid", (match,)).fetchall()
                if r[0] not in left and r[0] not in needing]
        if rows and rows[0][1] < 0:
            best = rows[0][1]
            for person, rank in rows[:MAX_TEXT_TARGETS]:
                relevance[person] = max(relevance.get(person, 0), 0.5 * max(0.05, rank / best))
            break
    return sorted(relevance.items(), key=lambda item: (-item[1], item[0]))[:MAX_TEXT_TARGETS]


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
    # Everyone's events: every tie between others weighs the events where I met both.
    events_of = {}
    for person, event_id in con.execute("SELECT DISTINCT ip.person_id, i.event_id FROM interaction_person ip "
                                        "JOIN interaction i ON i.id = ip.interaction_id WHERE i.event_id IS NOT NULL"):
        events_of.setdefault(person, set()).add(event_id)
    mine = set(graph.neighbors(me)) if me in graph else set()

    # Inferred steps: a target and someone I am tied to who share an organisation or an event.
    for target in relevance:
        org = organizations.get(target, "").lower()
        attended = events_of.get(target, set())
        for other in mine:
            if other == target or graph.has_edge(target, other):
                continue
            if (org and organizations.get(other, "").lower() == org) or attended & events_of.get(other, set()):
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
        chances += [EVENT] * min(EVENTS, len(events_of.get(a, set()) & events_of.get(b, set())))
        return noisy_or(chances)

    # Every simple route, walked from me; the last hop from each person's best target neighbours
    # (three, enough to skip the two people a route may already hold besides me).
    def best_targets(person):
        found = sorted(((weight(person, t) * HOP) * relevance[t], t) for t in graph.neighbors(person)
                       if t in relevance and t != me)
        return found[::-1][:3]

    cache = {}
    def way(person, path, hops):
        """The best value on from `person` in at most `hops` hops, avoiding `path`."""
        best = relevance.get(person, 0.0)
        if hops >= 1:
            if person not in cache:
                cache[person] = best_targets(person)
            for value, target in cache[person]:
                if target not in path:
                    best = max(best, value)
                    break
        if hops >= 2:
            for other in graph.neighbors(person):
                if other != me and other not in path:
                    rest = way(other, path | {person}, hops - 1)
                    if rest > 0:
                        best = max(best, (weight(person, other) * HOP) * rest)
        return best

    scores = []
    for introducer in mine:
        best = 0.0
        for second in graph.neighbors(introducer):
            if second == me:
                continue
            value = way(second, {me, introducer}, max_hops - 2)
            if value > 0:
                best = max(best, weight(me, introducer) * ((weight(introducer, second) * HOP) * value))
        if best > 0:
            scores.append((introducer, best))
    scores.sort(key=lambda item: (-item[1], item[0]))
    print(json.dumps([[p, s] for p, s in scores[:limit]]))


main()
