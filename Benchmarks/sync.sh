#!/usr/bin/env bash
# Time of `kith sync contacts` over a vdir of PEOPLE cards: with nothing changed (the files are
# not read: size, time and inode match), with 100 cards changed in the folder, and the first sync
# that writes every card; each next to `task list` (taskwarrior, 200 pending tasks) in the same
# hyperfine run, as the other benchmarks, and with peak memory from GNU time.
#
# Usage: Benchmarks/sync.sh [PEOPLE]      (default: 10000)
# Needs: hyperfine, taskwarrior, GNU time. Prints lines `name: value unit (ratio vs baseline)`.
set -euo pipefail
cd "$(dirname "$0")/.."
people=${1:-10000}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

swift build -c release --static-swift-stdlib -Xlinker -no-pie >/dev/null
kith="$PWD/.build/release/kith"
export TASKDATA="$work/task" TASKRC="$work/taskrc" KITH_DB="$work/kith.db"
mkdir -p "$TASKDATA" "$work/contacts" && touch "$TASKRC"
# Baseline: taskwarrior listing 200 pending tasks, as in cli-latency.sh.
for i in $(seq 1 200); do task rc.gc=off add "follow up with contact $i" project:network >/dev/null 2>&1; done
"$kith" sample --people "$people" --seed 7 >/dev/null

measure() { /usr/bin/time -f "%e %M" -o "$work/time" "$@" >/dev/null 2>&1; read -r seconds kilobytes <"$work/time"; echo "$seconds $((kilobytes / 1024))"; }
read -r first mb < <(measure "$kith" sync contacts "$work/contacts")
echo "first sync, writing $people cards: $first s, $mb MB"
read -r _ mb < <(measure "$kith" sync contacts "$work/contacts")
echo "peak memory, nothing changed: $mb MB"

# 100 cards edited as a phone would (a new file renamed over the old one), before every run.
cat > "$work/edit.py" <<'PY'
import os, random, sys
folder = sys.argv[1]
files = sorted(os.listdir(folder))[:100]
mark = str(random.random())
for name in files:
    path = os.path.join(folder, name)
    text = open(path, encoding="utf-8", newline="").read()
    lines = [line for line in text.split("\r\n") if not line.startswith("TITLE:")]
    lines.insert(3, "TITLE:Changed " + mark)
    open(path + ".tmp", "w", encoding="utf-8", newline="").write("\r\n".join(lines))
    os.replace(path + ".tmp", path)
PY
hyperfine -N --warmup 2 --runs 15 --export-json "$work/still.json" "task list" "$kith sync contacts $work/contacts" >/dev/null 2>&1
hyperfine -N --warmup 1 --runs 10 --prepare "python3 $work/edit.py $work/contacts" --export-json "$work/changed.json" \
    "task list" "$kith sync contacts $work/contacts" >/dev/null 2>&1
python3 - "$work/still.json" "$work/changed.json" <<'PY'
import json, sys
for path, what in zip(sys.argv[1:], ["nothing changed", "100 cards changed"]):
    base, sync = (r["median"] for r in json.load(open(path))["results"])
    print(f"task list (baseline): {base * 1000:.1f} ms (1.00x)")
    print(f"kith sync contacts, {what}: {sync * 1000:.1f} ms ({sync / base:.2f}x)")
PY
