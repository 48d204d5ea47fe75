#!/usr/bin/env bash
# Fuzzes every harness for SECONDS each (default 60), or only the ones named after it:
#   Fuzz/run.sh 600 FuzzVCard FuzzJSON
# Each starts from a corpus seeded with Tests/Fixtures and keeps what it learns in
# Fuzz/corpus/NAME (not in git). A crash or a `failure` leaves its input as
# Fuzz/crash-* and stops that harness with status 1; the script ends non-zero if any did.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
seconds=${1:-60}
shift || true
harnesses=("$@")
[ ${#harnesses[@]} -gt 0 ] || harnesses=(FuzzVCard FuzzCSV FuzzDates FuzzSearch FuzzJSON)

# Swift owns main, so libFuzzer comes without its own; everything, Kith and GRDB included,
# is built optimised (with testing on, for the harnesses' @testable imports), with
# AddressSanitizer and libFuzzer's coverage counters.
swift_bin=$(dirname "$(readlink -f "$(command -v swift)")")
libfuzzer=$(ls "$swift_bin"/../lib/clang/*/lib/linux/libclang_rt.fuzzer_no_main-"$(uname -m)".a | head -1)
flags=(-c release -Xswiftc -enable-testing -Xswiftc -sanitize=address
       -Xswiftc -sanitize-coverage=edge,inline-8bit-counters,pc-table,trace-cmp
       -Xcc -fsanitize=address
       -Xlinker "$libfuzzer" -Xlinker -lstdc++ -Xswiftc -use-ld=lld)
swift build --package-path "$here" --scratch-path "$here/.build" "${flags[@]}" >&2
bin=$(swift build --package-path "$here" --scratch-path "$here/.build" "${flags[@]}" --show-bin-path)

seed() {
    local name=$1 dir=$here/corpus/$1
    mkdir -p "$dir"
    local fixtures=$here/../Tests/Fixtures/contacts
    case $name in
        FuzzVCard)  cp "$fixtures"/*.vcf "$dir"/ ;;
        FuzzCSV)    for f in "$fixtures"/*.csv; do { printf '\0'; cat "$f"; } >"$dir/google-$(basename "$f")";
                                                     { printf '\1'; cat "$f"; } >"$dir/linkedin-$(basename "$f")"; done ;;
        FuzzJSON)   cp "$fixtures"/*.json "$dir"/
                    # A current (version 2) export too, when a kith has been built.
                    local kith; kith=$(ls "$here"/../.build/{release,debug}/kith 2>/dev/null | head -1)
                    if [ -n "$kith" ] && [ ! -e "$dir/sample-v2.json" ]; then
                        "$kith" sample --people 40 --db "$dir/.sample.db" >/dev/null
                        "$kith" export --format json --db "$dir/.sample.db" --out "$dir/sample-v2.json"
                        rm -f "$dir"/.sample.db*
                    fi ;;
        FuzzDates)  for d in "today" "in 3 weeks" "2026-02-28" "next friday" "10 days ago" "in 8000y"; do
                        printf '\0\7%s' "$d" >"$dir/$(echo "$d" | tr ' ' _)"; done ;;
        FuzzSearch) for q in 'ana' '"acme" OR pycon' 'org:Acme' 'tag:investor' 'NEAR(a b)' '#1' 'me'; do
                        printf '%s' "$q" >"$dir/$(echo "$q" | md5sum | cut -c1-8)"; done ;;
    esac
}

status=0
for name in "${harnesses[@]}"; do
    seed "$name"
    echo "== $name for ${seconds}s" >&2
    # -rss_limit_mb: ASan's shadow memory counts too. -detect_leaks=0: the leak scan after
    # every input would be 80 % of the time, and Swift's reference counting leaves little to find.
    dict=()
    case $name in FuzzJSON) dict=(-dict="$here/json.dict") ;; FuzzVCard) dict=(-dict="$here/vcard.dict") ;; esac
    if ! (cd "$here" && "$bin/$name" "corpus/$name" "${dict[@]}" -max_total_time="$seconds" -rss_limit_mb=4096 -detect_leaks=0 \
            -max_len=65536 -timeout=30 -print_final_stats=1 2>&1 | tee "$here/.build/$name.log" | grep -E '^(stat::|==|INFO: Seed|#[0-9]+ *DONE|.*(ERROR|failure))' >&2); then
        status=1
    fi
    grep -q "ERROR: libFuzzer\|ERROR: AddressSanitizer\|fuzz failure" "$here/.build/$name.log" && status=1
done
exit $status
