#!/usr/bin/env bash
# Time and peak memory of importing a large vCard file into an empty database, against python
# vobject parsing the same file (the address-book ecosystem's reader, storing nothing) measured
# in the same run; optionally against another kith binary (an earlier release) too.
#
# Usage: Benchmarks/import.sh [CARDS] [OTHER_KITH]      (default: 100000 cards)
# Needs: python3 and pip (vobject is installed into a temporary folder), GNU time.
# Prints lines `name: value unit (ratio vs baseline)`.
set -euo pipefail
cd "$(dirname "$0")/.."
cards=${1:-100000}
other=${2:-}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

swift build -c release --static-swift-stdlib -Xlinker -no-pie >/dev/null
kith="$PWD/.build/release/kith"
python3 -m pip install --quiet --disable-pip-version-check --target "$work/python" vobject >/dev/null 2>&1

"$kith" sample --people "$cards" --db "$work/sample.db" >/dev/null
"$kith" export --db "$work/sample.db" --out "$work/cards.vcf"
echo "file: $cards cards, $(( $(stat -c %s "$work/cards.vcf") / 1024 / 1024 )) MB"

# Seconds and peak resident megabytes of a command, from GNU time.
measure() { /usr/bin/time -f "%e %M" -o "$work/time" "$@" >/dev/null 2>&1; read -r seconds kilobytes <"$work/time"; echo "$seconds $((kilobytes / 1024))"; }
ratio() { python3 -c "print(f'{float(\"$1\") / float(\"$2\"):.2f}x')"; }

read -r base_s base_mb < <(measure env PYTHONPATH="$work/python" python3 -c '
import sys, vobject
print(sum(1 for _ in vobject.readComponents(open(sys.argv[1], encoding="utf-8", newline=""))))' "$work/cards.vcf")
echo "vobject parse (baseline): $base_s s (1.00x), $base_mb MB (1.00x)"

read -r s mb < <(measure "$kith" import "$work/cards.vcf" --db "$work/new.db")
echo "kith import: $s s ($(ratio "$s" "$base_s")), $mb MB ($(ratio "$mb" "$base_mb"))"
[[ $(sqlite3 "$work/new.db" "SELECT count(*) FROM person WHERE is_self = 0") -eq $cards ]] || { echo "kith imported the wrong count"; exit 1; }

read -r s mb < <(measure "$kith" import "$work/cards.vcf" --db "$work/new.db")
echo "kith import again (everyone known): $s s ($(ratio "$s" "$base_s")), $mb MB ($(ratio "$mb" "$base_mb"))"

if [[ -n $other ]]; then
    read -r s mb < <(measure "$other" import "$work/cards.vcf" --db "$work/other.db")
    echo "$other import: $s s ($(ratio "$s" "$base_s")), $mb MB ($(ratio "$mb" "$base_mb"))"
fi
