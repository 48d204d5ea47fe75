"""Reads the iCalendar file `kith week --format ics` writes with python `icalendar`, the parser
the calendar world's Python tools (khal, todoman, vdirsyncer's users) rely on, and checks every
item: it parses, each to-do and event has a UID (all different), a SUMMARY, a DTSTAMP and a
date, and every item kith wrote is read.

Usage: read_calendar.py FILE [CATEGORY ...]   (categories that must be among the items)
"""
import sys

import icalendar


def main(path, categories):
    with open(path, "rb") as file:
        data = file.read()
    calendar = icalendar.Calendar.from_ical(data)
    items = [c for c in calendar.walk() if c.name in ("VTODO", "VEVENT")]
    problems = []
    written = data.count(b"BEGIN:VTODO") + data.count(b"BEGIN:VEVENT")
    if len(items) != written:
        problems.append(f"{len(items)} items read, {written} written")
    uids = [str(item.get("UID")) for item in items]
    if len(set(uids)) != len(uids):
        problems.append("a UID is used twice")
    seen = set()
    for item in items:
        summary = str(item.get("SUMMARY") or "")
        for required in ("UID", "SUMMARY", "DTSTAMP"):
            if item.get(required) is None:
                problems.append(f"{summary or item.name}: no {required}")
        if item.get("DUE" if item.name == "VTODO" else "DTSTART") is None:
            problems.append(f"{summary}: no date")
        category = item.get("CATEGORIES")
        if category is not None:
            seen.update(str(c) for c in category.cats)
    for category in categories:
        if category not in seen:
            problems.append(f"no item of category {category!r} (seen: {sorted(seen)})")
    if problems:
        print("\n".join(problems))
        return 1
    print(f"icalendar read {len(items)} items from {path} ({', '.join(sorted(seen))})")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2:]))
