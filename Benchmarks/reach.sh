#!/usr/bin/env bash
# `kith reach` against two baselines over the same files, in the same run:
#   networkx: Benchmarks/reach_networkx.py loads the whole network into networkx and ranks the
#             introducers by the same model (its answer is checked against kith's);
#   sqlite3:  Benchmarks/reach_sqlite.sh asks the same question as one SQL join (stated
#             strengths only).
# For 1,000, 10,000 and 100,000 people (or the sizes given), and three goals: a person, an
# organisation and free text. Whole-process wall time, median of repeated runs (hyperfine), and
# peak memory (maximum resident set size).
#
# Usage: [OTHER_KITH=path] Benchmarks/reach.sh [PEOPLE…]
#   OTHER_KITH: another kith binary (an earlier build) timed on the same files, for a before and
#   after in one run.
# Needs: hyperfine, python3 with networkx, sqlite3.
# Prints lines `name: value unit (ratio vs baseline)`.
set -euo pipefail
cd "$(dirname "$0")/.."
sizes=("${@:-1000 10000 100000}")
sizes=(${sizes[@]})
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
swift build -c release --static-swift-stdlib -Xlinker -no-pie >/dev/null
kith="$PWD/.build/release/kith"
bench="$PWD/Benchmarks"
export NO_COLOR=1 KITH_TODAY=2026-11-21

median() { python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["results"][0]["median"])' "$1"; }
ms() { python3 -c "print(f'{float(\"$1\") * 1000:.1f}')"; }
ratio() { python3 -c "print(f'{float(\"$1\") / float(\"$2\"):.1f}x')"; }
time_of() {  # label runs command…
    local label=$1 runs=$2; shift 2
    hyperfine -N --warmup 1 --runs "$runs" --export-json "$work/$label.json" "$(printf '%q ' "$@")" >/dev/null 2>&1
    median "$work/$label.json"
}
peak() { /usr/bin/time -f %M "$@" 2>&1 >/dev/null | tail -1; }

for people in "${sizes[@]}"; do
    db="$work/kith-$people.db"
    "$kith" sample --people "$people" --db "$db" >/dev/null
    # The other kith makes its own copy of the same (seeded) sample, in the schema it knows.
    [[ -z ${OTHER_KITH:-} ]] || "$OTHER_KITH" sample --people "$people" --db "$db.other" >/dev/null
    me=$(sqlite3 "$db" "SELECT id FROM person WHERE is_self = 1")
    # A person two ties away (a tie of my eighth tie's, not tied to me), an organisation, and words.
    friend=$(sqlite3 "$db" "SELECT CASE WHEN person_a = $me THEN person_b ELSE person_a END AS x FROM tie
        WHERE person_a = $me OR person_b = $me ORDER BY x LIMIT 1 OFFSET 7")
    person=$(sqlite3 "$db" "SELECT x FROM (SELECT CASE WHEN person_a = $friend THEN person_b ELSE person_a END AS x
        FROM tie WHERE person_a = $friend OR person_b = $friend) WHERE x <> $me AND NOT EXISTS (SELECT 1 FROM tie
        WHERE person_a = min($me, x) AND person_b = max($me, x)) ORDER BY x LIMIT 1")
    organization=$(sqlite3 "$db" "SELECT organization FROM person WHERE id = $((people / 2))")
    echo "# $people people: person #$person, org:$organization, \"seed investor\""
    for goal in person organization text; do
        case $goal in
            person) kith_goal="#$person" query=$person ;;
            organization) kith_goal="org:$organization" query=$organization ;;
            text) kith_goal="seed investor" query="seed investor" ;;
        esac
        kith_time=$(time_of "kith-$goal" 30 "$kith" reach "$kith_goal" --db "$db")
        if [[ -n ${OTHER_KITH:-} ]]; then
            other_time=$(time_of "other-$goal" 30 "$OTHER_KITH" reach "$kith_goal" --db "$db.other")
            echo "earlier kith reach $goal @ $people: $(ms "$other_time") ms ($(ratio "$kith_time" "$other_time") of it now)"
        fi
        nx_time=$(time_of "nx-$goal" 3 python3 "$bench/reach_networkx.py" "$db" "$goal" "$query" "$KITH_TODAY")
        sql_time=$(time_of "sql-$goal" 10 "$bench/reach_sqlite.sh" "$db" "$goal" "$query")
        kith_peak=$(peak "$kith" reach "$kith_goal" --db "$db")
        nx_peak=$(peak python3 "$bench/reach_networkx.py" "$db" "$goal" "$query" "$KITH_TODAY")
        # The same model must give the same answer.
        "$kith" reach "$kith_goal" --db "$db" --json >"$work/kith.json"
        python3 "$bench/reach_networkx.py" "$db" "$goal" "$query" "$KITH_TODAY" >"$work/nx.json"
        same=$(python3 - "$work/kith.json" "$work/nx.json" <<'PY'
import json, sys
kith = [[i["introducer"]["id"], i["best"]["score"]] for i in json.load(open(sys.argv[1]))["introducers"]]
nx = json.load(open(sys.argv[2]))
same = len(kith) == len(nx) and all(a[0] == b[0] and abs(a[1] - b[1]) < 1e-9 for a, b in zip(kith, nx))
print("same introducers and scores" if same else f"DIFFERENT: kith {kith} networkx {nx}")
PY
)
        echo "kith reach $goal @ $people: $(ms "$kith_time") ms, peak $((kith_peak / 1024)) MB"
        echo "networkx $goal @ $people: $(ms "$nx_time") ms ($(ratio "$nx_time" "$kith_time") kith's time), peak $((nx_peak / 1024)) MB; $same"
        echo "sqlite3 join $goal @ $people: $(ms "$sql_time") ms ($(ratio "$sql_time" "$kith_time") kith's time)"
    done
done
