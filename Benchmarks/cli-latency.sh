#!/usr/bin/env bash
# Wall time and peak memory of every read command (show, find, list with each sort, ties, ledger,
# commitments, the weekly list in every format, reach for each kind of goal, matches, a brief,
# dupes, a picture's DOT, the undo history) on sample networks, each next to taskwarrior's
# `task list` in the same hyperfine run (the baseline for "a CLI that feels instant"); then
# instruction counts (callgrind) of `kith --version` and `kith show`, which a noisy machine does
# not blur, and the binary's size.
#
# Usage: Benchmarks/cli-latency.sh [PEOPLE…]      (default: 10000 100000)
# Needs: hyperfine, taskwarrior, valgrind, GNU time (apt-get install -y hyperfine taskwarrior
# valgrind time), python3, sqlite3.
# Prints lines `name: value unit (ratio vs baseline)`.
set -euo pipefail
cd "$(dirname "$0")/.."
sizes=("${@:-10000 100000}")
[[ $# -eq 0 ]] && sizes=(10000 100000)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

swift build -c release --static-swift-stdlib -Xlinker -no-pie >/dev/null
kith="$PWD/.build/release/kith"
export NO_COLOR=1

# Baseline: taskwarrior listing 200 pending tasks from its own data folder.
export TASKRC="$work/taskrc" TASKDATA="$work/task"
mkdir -p "$TASKDATA"
printf 'data.location=%s\nconfirmation=off\nverbose=nothing\n' "$TASKDATA" >"$TASKRC"
for i in $(seq 1 200); do task rc.gc=off add "follow up with contact $i" project:network >/dev/null; done

median() { python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["results"][0]["median"])' "$1"; }
ms() { python3 -c "print(f'{float(\"$1\") * 1000:.1f}')"; }
ratio() { python3 -c "print(f'{float(\"$1\") / float(\"$2\"):.2f}x')"; }

# The median of the second command of a hyperfine run, and its ratio to the first (task list).
pair() { python3 -c '
import json, sys
base, value = (r["median"] for r in json.load(open(sys.argv[1]))["results"])
print(f"{value * 1000:.1f} ms ({value / base:.2f}x vs task list)")' "$1"; }
peak() { /usr/bin/time -f "%M" -o "$work/peak" "$@" >/dev/null 2>&1; echo "$(( $(cat "$work/peak") / 1024 )) MB"; }

for people in "${sizes[@]}"; do
    db="$work/kith-$people.db"
    start=$(date +%s.%N)
    "$kith" sample --people "$people" --db "$db" >/dev/null
    end=$(date +%s.%N)
    echo "kith sample --people $people: $(python3 -c "print(f'{$end - $start:.2f}')") s"
    # A person with a unique name, reached by part of it, and a two-word search.
    name=$(sqlite3 "$db" "SELECT name FROM person WHERE is_self = 0 GROUP BY name HAVING count(*) = 1 ORDER BY id LIMIT 1 OFFSET 10")
    # Someone with an open need, for a brief that has matches in it.
    needing=$(sqlite3 "$db" "SELECT person_id FROM need_offer WHERE kind = 'need' AND status = 'open' ORDER BY id LIMIT 1")
    organization=$(sqlite3 "$db" "SELECT organization FROM person WHERE organization IS NOT NULL GROUP BY organization ORDER BY count(*) DESC LIMIT 1")
    # A few recorded write commands, for an undo history to list.
    for tag in bench-a bench-b bench-c; do "$kith" tag "#$needing" "+$tag" --db "$db" >/dev/null; done
    "$kith" migrate --db "$db" >/dev/null
    for label in show find list list-name list-strength list-recent list-tag ties ledger commitments \
                 week week-markdown week-json week-ics reach-person reach-org reach-tag reach-text matches brief dupes \
                 graph undo-list; do
        case $label in
            show) command=(show "$name") ;;
            find) command=(find fintech berl) ;;
            list) command=(list --limit 20) ;;
            list-name) command=(list --sort name --limit 20) ;;
            list-strength) command=(list --sort strength --limit 20) ;;
            list-recent) command=(list --sort recent --limit 20) ;;
            list-tag) command=(list --tag investor --sort strength --limit 20) ;;
            ties) command=(ties "#1" --limit 20) ;;
            ledger) command=(ledger) ;;
            commitments) command=(commitments --open) ;;
            week) command=(week) ;;
            week-markdown) command=(week --format markdown) ;;
            week-json) command=(week --json) ;;
            week-ics) command=(week --format ics) ;;
            reach-person) command=(reach "$name") ;;
            reach-org) command=(reach "org:$organization") ;;
            reach-tag) command=(reach tag:investor) ;;
            reach-text) command=(reach seed investor) ;;
            matches) command=(matches) ;;
            brief) command=(brief "#$needing") ;;
            dupes) command=(dupes) ;;
            graph) command=(graph) ;;
            undo-list) command=(undo --list) ;;
        esac
        command=("$kith" "${command[@]}" --db "$db")
        hyperfine -N --warmup 3 --runs 20 --export-json "$work/$label.json" "task list" "$(printf '%q ' "${command[@]}")" \
            >/dev/null 2>&1 || { echo "kith $label @ $people people: failed"; continue; }
        echo "kith $label @ $people people: $(pair "$work/$label.json"), peak $(peak "${command[@]}")"
    done
    if [[ $people -eq ${sizes[0]} ]] && command -v valgrind >/dev/null; then
        # Valgrind cannot read the debug information of a position-dependent Swift binary: it
        # counts a stripped copy, which runs the same instructions.
        strip -o "$work/kith-stripped" "$kith"
        for label in version show; do
            case $label in
                version) command=("$work/kith-stripped" --version) ;;
                show) command=("$work/kith-stripped" show "$name" --db "$db") ;;
            esac
            valgrind --tool=callgrind --callgrind-out-file="$work/callgrind.out" "${command[@]}" >/dev/null 2>"$work/valgrind.log"
            instructions=$(grep -o 'refs: *[0-9,]*' "$work/valgrind.log" | tr -dc 0-9 || true)
            [[ -n $instructions ]] || { echo "kith $label instructions: valgrind failed"; continue; }
            echo "kith $label instructions @ $people people: $(python3 -c "print(f'{$instructions / 1e6:.1f}')") M"
        done
    fi
done
hyperfine -N --warmup 10 --runs 100 --export-json "$work/version.json" "task list" "$kith --version" >/dev/null 2>&1
echo "kith --version: $(pair "$work/version.json")"
echo "binary: $(( $(stat -c %s "$kith") / 1024 / 1024 )) MB"
