#!/usr/bin/env bash
# make bench: builds a 10,000-incident, 1,000,000-entry workspace once (cached in the build
# folder), then runs the store, start-up, export, metrics, wall, relay, comparison and ingest
# benchmarks. Figures and method: docs/performance.md.
set -euo pipefail
build=${1:-build}
data="$build/bench-data"
db="$data/default.muster.sqlite"
if [ ! -f "$db" ]; then
    mkdir -p "$data"
    echo "== generating $db (one time; about a minute)"
    "$build/bin/muster-datagen" --db "$db.tmp" --incidents 10000 --log-entries 1000000
    mv "$db.tmp" "$db"
    rm -f "$db.tmp-wal" "$db.tmp-shm"
fi
# One incident with a million entries, for the log view's scrolling (also generated once).
long="$build/bench-long/default.muster.sqlite"
if [ ! -f "$long" ]; then
    mkdir -p "$build/bench-long"
    echo "== generating $long (one time)"
    "$build/bin/muster-datagen" --db "$long.tmp" --incidents 1 --log-entries 1000000
    mv "$long.tmp" "$long"
    rm -f "$long.tmp-wal" "$long.tmp-shm"
fi
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
