#!/usr/bin/env bash
# Wall time of everyday read commands (show, find, list, the weekly list, matches, a brief, the undo history) on sample networks, against taskwarrior's `task list`
# measured in the same run on the same machine (the baseline for "a CLI that feels instant").
#
# Usage: Benchmarks/cli-latency.sh [PEOPLE…]      (default: 10000)
# Needs: hyperfine, taskwarrior (apt-get install -y hyperfine taskwarrior), python3.
# Prints lines `name: value unit (ratio vs baseline)`.
set -euo pipefail
cd "$(dirname "$0")/.."
sizes=("${@:-10000}")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

swift build -c release --static-swift-stdlib >/dev/null
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

hyperfine -N --warmup 3 --runs 30 --export-json "$work/task.json" "task list" >/dev/null 2>&1
baseline=$(median "$work/task.json")
echo "task list (baseline): $(ms "$baseline") ms (1.00x)"

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
    # A few recorded write commands, for an undo history to list.
    for tag in bench-a bench-b bench-c; do "$kith" tag "#$needing" "+$tag" --db "$db" >/dev/null; done
    for label in "show" "find" "list-tag" "week" "week-ics" "matches" "brief" "undo-list"; do
        case $label in
            show) command=("$kith" show "$name" --db "$db") ;;
            find) command=("$kith" find fintech berl --db "$db") ;;
            list-tag) command=("$kith" list --tag investor --sort strength --limit 20 --db "$db") ;;
            week) command=("$kith" week --db "$db") ;;
            week-ics) command=("$kith" week --format ics --db "$db") ;;
            matches) command=("$kith" matches --db "$db") ;;
            brief) command=("$kith" brief "#$needing" --db "$db") ;;
            undo-list) command=("$kith" undo --list --db "$db") ;;
        esac
        hyperfine -N --warmup 3 --runs 30 --export-json "$work/$label.json" "$(printf '%q ' "${command[@]}")" >/dev/null 2>&1
        value=$(median "$work/$label.json")
        echo "kith $label @ $people people: $(ms "$value") ms ($(ratio "$value" "$baseline") vs task list)"
    done
done
