#!/usr/bin/env bash
# make bench: builds a 10,000-incident, 1,000,000-entry workspace once (cached in the build
# folder), then runs the store, start-up, export, metrics, wall, relay, comparison and ingest
# benchmarks. Figures and method: docs/performance.md.
set -euo pipefail
build=${1:-build}
data="$build/bench-data"
db="$data/default.muster.sqlite"
long="$build/bench-long/default.muster.sqlite"
generate() { # generate DB DATAGEN-ARGS…: once; later runs reuse the file
    local file=$1
    shift
    [ -f "$file" ] && return 0
    mkdir -p "$(dirname "$file")"
    echo "== generating $file (one time; under a minute)"
    "$build/bin/muster-datagen" --db "$file.tmp" "$@"
    mv "$file.tmp" "$file"
    rm -f "$file.tmp-wal" "$file.tmp-shm"
}
generate "$db" --incidents 10000 --log-entries 1000000
# One incident with a million entries, for the log view's scrolling.
generate "$long" --incidents 1 --log-entries 1000000
echo "== machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(uname -r)"
echo "== database: $(du -h "$db" | cut -f1)"
"$build/bin/bench_store" --db "$db"
"$build/bin/bench_startup" "$build/bin/muster" "$data" 7
for _ in 1 2 3 4 5; do "$build/bin/bench_logscroll" --db "$long"; done
"$build/bin/bench_export" --entries 5000
"$build/bin/bench_metrics" --db "$db"
# Ten minutes of one update a second (WALL_BENCH_SECONDS shortens it for a quick look).
"$build/bin/bench_wall" --seconds "${WALL_BENCH_SECONDS:-600}" --incidents 20 --interval-ms 1000
bash "$(dirname "$0")/relay.sh" "$build"
# Issue 8: the relay beside the Node ws and bare Qt references, and the client's ingest path
# beside raw SQLite.
bash "$(dirname "$0")/compare.sh" "$build"
"$build/bin/bench_ingest" --ops 20000 --batches 1,10,100 --runs 5 2>/dev/null
