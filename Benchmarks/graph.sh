#!/usr/bin/env bash
# Time of the default picture of the network (`kith graph`, cut to 150 people) at 2,000 and
# 10,000 people: the DOT kith writes, next to `task list` (taskwarrior, 200 pending tasks) in the
# same hyperfine run, and Graphviz drawing it as SVG, separately.
#
# Usage: Benchmarks/graph.sh      Needs: hyperfine, taskwarrior, graphviz.
# Prints lines `name: value unit (ratio vs baseline)`.
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
swift build -c release --static-swift-stdlib -Xlinker -no-pie >/dev/null
kith="$PWD/.build/release/kith"
export TASKRC="$work/taskrc" TASKDATA="$work/task"
mkdir -p "$TASKDATA"
printf 'data.location=%s\nconfirmation=off\nverbose=nothing\n' "$TASKDATA" >"$TASKRC"
for i in $(seq 1 200); do task rc.gc=off add "follow up with contact $i" project:network >/dev/null; done

for people in 2000 10000; do
    db="$work/sample-$people.db"
    "$kith" sample --people "$people" --seed 42 --db "$db" >/dev/null
    "$kith" graph --db "$db" > "$work/net-$people.dot"
    hyperfine -N --warmup 3 --runs 20 --export-json "$work/dot-$people.json" "task list" "$kith graph --db $db" >/dev/null 2>&1
    hyperfine -N --warmup 1 --runs 5 --export-json "$work/svg-$people.json" "dot -Tsvg -o $work/net.svg $work/net-$people.dot" >/dev/null 2>&1
    python3 - "$work/dot-$people.json" "$work/svg-$people.json" "$people" <<'PY'
import json, sys
base, kith = (r["median"] for r in json.load(open(sys.argv[1]))["results"])
svg = json.load(open(sys.argv[2]))["results"][0]["median"]
people = sys.argv[3]
print(f"task list (baseline): {base * 1000:.1f} ms (1.00x)")
print(f"kith graph (DOT) @ {people} people: {kith * 1000:.1f} ms ({kith / base:.2f}x vs task list)")
print(f"dot -Tsvg of it (Graphviz's fdp, 151 people) @ {people} people: {svg * 1000:.0f} ms")
PY
done
