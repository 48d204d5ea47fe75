#!/usr/bin/env bash
# Reads back every vCard kith writes with the address-book world's own tools: python vobject
# (the parser under khard, Radicale and vdirsyncer) and khard itself, both installed here from
# PyPI into a throwaway folder. The cards come from every fixture in Tests/Fixtures/contacts
# (real exports' quirks) and from a sample network (with needs and offers), exported as vCard
# 4.0 and 3.0; the weekly list's iCalendar file, read by python icalendar; and pictures (SVG
# and HTML, drawn by Graphviz) read by python's XML and HTML parsers (Checks/read_picture.py).
# Usage: Checks/third-party-readers.sh   (after `swift build` or `swift test`)
set -euo pipefail
cd "$(dirname "$0")/.."
kith=${KITH:-.build/debug/kith}
[[ -x $kith ]] || swift build
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
source Checks/tools.sh
pip_install "$work/python" vobject khard icalendar
export PYTHONPATH="$work/python" KITH_TODAY=2026-11-21
khard() { python3 "$work/python/bin/khard" -c "$work/khard.conf" "$@"; }

db="$work/kith.db"
for fixture in Tests/Fixtures/contacts/*.vcf Tests/Fixtures/contacts/*.csv; do
    "$kith" import "$fixture" --db "$db" >/dev/null
done
"$kith" sample --people 300 --seed 11 --db "$work/sample.db" >/dev/null
failed=0
for source in "$db" "$work/sample.db"; do
    people=$("$kith" list --json --db "$source" | python3 -c 'import json, sys; print(len(json.load(sys.stdin)))')
    said=0
    for kind in needs offers; do
        count=$("$kith" "$kind" --open --json --db "$source" | python3 -c 'import json, sys; print(sum(not e.get("by_me") for e in json.load(sys.stdin)))')
        said=$((said + count))
    done
    for version in 4 3; do
        cards="$work/cards-$version.vcf"
        "$kith" export --vcard-version "$version" --out "$cards" --db "$source"
        python3 Checks/read_vcards.py "$cards" "$version.0" "$people" "$said" || failed=1
        # khard reads an address book as a folder of one card per file (a vdir).
        rm -rf "$work/vdir" && mkdir "$work/vdir"
        python3 - "$cards" "$work/vdir" <<'PY'
import re, sys
text = open(sys.argv[1], encoding="utf-8", newline="").read()
for index, card in enumerate(re.findall(r"BEGIN:VCARD\r\n.*?END:VCARD\r\n", text, re.S)):
    open(f"{sys.argv[2]}/card{index:05d}.vcf", "w", encoding="utf-8", newline="").write(card)
PY
        khard_config "$work/khard.conf" "$work/vdir"
        listed=$(khard list --parsable | wc -l)
        if [[ $listed -ne $people ]]; then
            echo "khard listed $listed of $people contacts from vCard $version"; failed=1
        else
            echo "khard listed all $listed contacts from vCard $version"
        fi
    done
done

# What the fixtures' quirks became, as khard shows them.
"$kith" export --vcard-version 3 --out "$work/cards.vcf" --db "$db"
rm -rf "$work/vdir" && mkdir "$work/vdir" && cp "$work/cards.vcf" "$work/vdir/all.vcf"
python3 - "$work/cards.vcf" "$work/vdir" <<'PY'
import re, sys, os
os.remove(f"{sys.argv[2]}/all.vcf")
text = open(sys.argv[1], encoding="utf-8", newline="").read()
for index, card in enumerate(re.findall(r"BEGIN:VCARD\r\n.*?END:VCARD\r\n", text, re.S)):
    open(f"{sys.argv[2]}/card{index:05d}.vcf", "w", encoding="utf-8", newline="").write(card)
PY
show=$(khard show "John Q")
for expected in "Research & Development" "Applied Physics" "john.q.public" "Birthday: --03-14" "Infinite Loop" "Lab Line"; do
    grep -qF -- "$expected" <<<"$show" || { echo "khard shows no '$expected' for John Q. Public"; failed=1; }
done
for name in "María José García" "山田 太郎" "Мария Иванова" "王小明" "Nguyễn Thị Minh Khai"; do
    khard list --parsable "$name" | grep -qF "$name" || { echo "khard does not find $name"; failed=1; }
done
# The weekly list as iCalendar, read by python icalendar: promises, people to get back in touch
# with (a cadence lapsed, or drifting apart), introductions to follow up and birthdays.
"$kith" week --format ics --days 30 --limit 100 --db "$work/sample.db" > "$work/week.ics"
categories=$("$kith" week --json --days 30 --limit 100 --db "$work/sample.db" | python3 -c '
import json, sys
week = json.load(sys.stdin)
names = {"keep_in_touch": "Keep in touch", "drifting": "Drifting apart", "birthdays": "Birthday"}
print(" ".join(repr(name) for key, name in names.items() if week[key]))')
eval "python3 Checks/read_calendar.py \"\$work/week.ics\" $categories" || failed=1
# Pictures (Graphviz draws them; .ci/run installs it): the SVG read by python's XML parser, the
# HTML page by its HTML parser, with a name that tries to break out of both.
"$kith" add 'Zoë "Fox" <script>alert(1)</script> & 🚀' --org 'A"; node [shape=star]' --db "$work/sample.db" >/dev/null
for picture in network.svg network.html; do
    "$kith" graph --limit 300 --out "$work/$picture" --db "$work/sample.db"
    python3 Checks/read_picture.py "$work/$picture" 'Zoë "Fox" <script>alert(1)</script> & 🚀' || failed=1
done
"$kith" graph --reach "seed investor" --out "$work/reach.html" --db "$work/sample.db"
python3 Checks/read_picture.py "$work/reach.html" || failed=1
[[ $failed -eq 0 ]] && echo "third-party readers: every card, calendar and picture read" || { echo "third-party readers: FAILED"; exit 1; }
