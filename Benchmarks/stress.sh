#!/usr/bin/env bash
# Concurrency and crash safety, measured from outside on the release binary:
#  1. WRITERS processes (default 8) each make WRITES writes (default 250: adds, promises,
#     logged calls, tags) on one database while READERS processes read it in a loop; every
#     write must succeed (none lost, none refused with "locked") and every read must too.
#  2. KILLS times (default 30), an import of CARDS vCards (default 50000) into a database
#     that already holds people is killed with SIGKILL at a random moment; after each, the
#     file must pass `kith check` and SQLite's integrity_check, and hold all of the import
#     or none of it.
# Usage: Benchmarks/stress.sh [WRITERS] [WRITES] [READERS] [KILLS] [CARDS]
# Prints lines `name: value`; exits 1 if any figure is wrong.
set -euo pipefail
cd "$(dirname "$0")/.."
writers=${1:-8} writes=${2:-250} readers=${3:-2} kills=${4:-30} cards=${5:-50000}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
swift build -c release --static-swift-stdlib -Xlinker -no-pie >/dev/null
kith="$PWD/.build/release/kith"
export NO_COLOR=1 KITH_TODAY=2026-11-22
failed=0
check() { # name expected actual
    local mark=""; [[ $2 == "$3" ]] || { mark=" WRONG (expected $2)"; failed=1; }
    echo "$1: $3$mark"
}

# --- 1. Concurrent writers and readers ---------------------------------------------------
db="$work/shared.db"
"$kith" me --name "Stress Tester" --db "$db" >/dev/null
writer() { # w: adds a person every 4th write, then promises, logs and tags them
    local w=$1 i name errors=0
    for ((i = 0; i < writes; i++)); do
        name=$(printf "Writer%d Person%03d" "$w" $((i / 4)))
        case $((i % 4)) in
            0) "$kith" add "$name" --db "$db" ;;
            1) "$kith" owe "$name" "task $i" --db "$db" ;;
            2) "$kith" log "$name" --kind call --note "call $i" --db "$db" ;;
            3) "$kith" tag "$name" +stress$w --db "$db" ;;
        esac >/dev/null 2>>"$work/writer$w.err" || errors=$((errors + 1))
    done
    echo "$errors" >"$work/writer$w.failed"
}
reader() { # r: reads until the writers are done
    local r=$1 reads=0 errors=0
    while [[ ! -e "$work/done" ]]; do
        for command in "list --json" "week --json" "ledger --json" "find writer"; do
            # shellcheck disable=SC2086
            "$kith" $command --db "$db" >/dev/null 2>>"$work/reader$r.err" || errors=$((errors + 1))
            reads=$((reads + 1))
        done
    done
    echo "$reads $errors" >"$work/reader$r.count"
}
for ((r = 0; r < readers; r++)); do reader "$r" & done
readerPids=$(jobs -p)
start=$(date +%s.%N)
writerPids=()
for ((w = 0; w < writers; w++)); do writer "$w" & writerPids+=($!); done
wait "${writerPids[@]}"
elapsed=$(python3 -c "print(f'{$(date +%s.%N) - $start:.1f}')")
touch "$work/done"
# shellcheck disable=SC2086
wait $readerPids
total=$((writers * writes))
lost=$(awk '{s += $1} END {print s}' "$work"/writer*.failed)
locked=$(cat "$work"/writer*.err "$work"/reader*.err | grep -ci "locked\|busy" || true)
read -r reads readErrors < <(cat "$work"/reader*.count | awk '{r += $1; e += $2} END {print r, e}')
echo "concurrent writes: $total by $writers writers in $elapsed s, $reads reads by $readers readers alongside"
check "failed writes" 0 "$lost"
check "lock errors" 0 "$locked"
check "failed reads" 0 "$readErrors"
people=$((writers * ((writes + 3) / 4)))
check "people added" "$people" "$(sqlite3 "$db" "SELECT count(*) FROM person WHERE is_self = 0")"
check "promises" "$((writers * ((writes + 2) / 4)))" "$(sqlite3 "$db" "SELECT count(*) FROM commitment")"
check "calls logged" "$((writers * ((writes + 1) / 4)))" "$(sqlite3 "$db" "SELECT count(*) FROM interaction")"
check "tags given" "$((writers * (writes / 4)))" "$(sqlite3 "$db" "SELECT count(*) FROM person_tag")"
check "kith check" ok "$("$kith" check --db "$db" >/dev/null 2>&1 && echo ok || echo failed)"

# --- 2. kill -9 during imports -----------------------------------------------------------
"$kith" sample --people "$cards" --db "$work/sample.db" >/dev/null
"$kith" export --db "$work/sample.db" --out "$work/cards.vcf"
"$kith" sample --people 200 --db "$work/base.db" >/dev/null
before=$(sqlite3 "$work/base.db" "SELECT count(*) FROM person")
# How long a whole import takes, to kill at a moment within it.
cp "$work/base.db" "$work/timed.db"
start=$(date +%s%N)
"$kith" import "$work/cards.vcf" --db "$work/timed.db" >/dev/null
importMs=$((($(date +%s%N) - start) / 1000000))
after=$(sqlite3 "$work/timed.db" "SELECT count(*) FROM person")
echo "import of $cards cards: $importMs ms uninterrupted ($before people before, $after after)"
none=0 all=0 other=0 broken=0
for ((k = 0; k < kills; k++)); do
    cp "$work/base.db" "$work/killed.db"
    "$kith" import "$work/cards.vcf" --db "$work/killed.db" >/dev/null 2>&1 &
    pid=$!
    sleep "$(python3 -c "import random; print(random.uniform(0.02, $importMs / 1000 * 1.1))")"
    kill -9 "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
    "$kith" check --db "$work/killed.db" >/dev/null 2>&1 && [[ $(sqlite3 "$work/killed.db" "PRAGMA integrity_check") == ok ]] || broken=$((broken + 1))
    case $(sqlite3 "$work/killed.db" "SELECT count(*) FROM person") in
        "$before") none=$((none + 1)) ;;
        "$after") all=$((all + 1)) ;;
        *) other=$((other + 1)) ;;
    esac
done
echo "imports killed: $kills ($none left nothing, $all had finished)"
check "imports half done" 0 "$other"
check "files failing check" 0 "$broken"
exit $failed
