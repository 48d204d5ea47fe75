"""Reads a vCard file Kith exported with python vobject, the parser khard, Radicale and
vdirsyncer use, and checks every card: it parses, has the properties its version requires,
every photo's data decodes, and nothing kith wrote is lost on the way.

Usage: read_vcards.py FILE VERSION EXPECTED_CARDS [EXPECTED_NEEDS_AND_OFFERS]
"""
import sys

import vobject


def main(path, version, expected, needs=None):
    with open(path, encoding="utf-8", newline="") as file:
        text = file.read()
    cards = list(vobject.readComponents(text, validate=True))
    problems = []
    if len(cards) != expected:
        problems.append(f"{len(cards)} cards read, {expected} expected")
    for card in cards:
        name = card.fn.value if hasattr(card, "fn") else "?"
        if card.version.value != version:
            problems.append(f"{name}: VERSION {card.version.value}")
        for required in ("fn", "n", "uid"):
            if not hasattr(card, required):
                problems.append(f"{name}: no {required.upper()}")
        # vobject implements 3.0 only, and cuts a 4.0 data: URI at its comma; the 3.0 export
        # is where it reads a photo, and there it must decode to the image's bytes.
        for photo in card.contents.get("photo", []) if version == "3.0" else []:
            value = photo.value
            if isinstance(value, str) and not value.startswith("http"):
                problems.append(f"{name}: a 3.0 photo that is not binary: {value[:30]}")
            elif isinstance(value, bytes) and len(value) == 0:
                problems.append(f"{name}: an empty photo")
        for line in card.lines():
            if "\n" in str(line.value) and line.name in ("FN", "ORG", "TITLE", "UID"):
                problems.append(f"{name}: a raw line break in {line.name}")
    # Kith's own X-KITH-NEED and X-KITH-OFFER: each read, with its X-SAID date and its text
    # unescaped (a comma in it is text, not a list).
    said = [line for card in cards for kind in ("x-kith-need", "x-kith-offer") for line in card.contents.get(kind, [])]
    if needs is not None and len(said) != needs:
        problems.append(f"{len(said)} needs and offers read, {needs} expected")
    for line in said:
        if "\\" in line.value or not line.params.get("X-SAID"):
            problems.append(f"{line.name}: {line.value!r} {line.params}")
    if problems:
        print("\n".join(problems))
        return 1
    print(f"vobject read {len(cards)} vCard {version} cards ({len(said)} needs and offers) from {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4]) if len(sys.argv) > 4 else None))
