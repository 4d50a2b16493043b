#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Issue 8's side-by-side relay benchmark, part of `make bench`: the same load generator drives,
# in the same run, muster-relay (every op committed durably), a broadcast relay on Node's `ws`
# package (bench/wsrelay, installed from npm into the build folder) and the bare QtWebSockets
# broadcast relay (bench-barerelay), at the same client counts, message sizes and loads; and
# that bare relay with a durable store (bench-barerelay --durable: every message committed to
# SQLite, as muster-relay commits, before it is sent), which shows what the commit alone costs.
#
# For each relay, client count and message size it finds the highest sustainable rate five
# times (muster-relayload --find-max: rising offered loads until the p99 from push to
# delivered-to-all passes 50 ms, then a bisection) and reports the medians, min and max; then it
# offers 1,000 messages/s to 200 clients and reports the latency. Figures: docs/performance.md.
#
#   bash bench/compare.sh [BUILD]       COMPARE_RUNS=5 COMPARE_CLIENTS="50 200 1000"
#                                       COMPARE_LARGE_CLIENTS=200 (1 KiB messages at these)
#                                       COMPARE_RELAYS="muster bare durable ws"
set -euo pipefail
build=${1:-build}
bin="$build/bin"
here=$(cd "$(dirname "$0")" && pwd)
runs=${COMPARE_RUNS:-5}
client_counts=${COMPARE_CLIENTS:-50 200 1000}
large_client_counts=${COMPARE_LARGE_CLIENTS:-200}
relays=${COMPARE_RELAYS:-muster bare durable ws}
results="$build/bench-results"
work=$(mktemp -d)
# shellcheck source=bench/relaylib.sh
source "$here/relaylib.sh"
trap 'stop_relay; rm -rf "$work"' EXIT
ulimit -n "$(ulimit -Hn)"
mkdir -p "$results"

# The reference relay's packages, at the versions of bench/wsrelay/package-lock.json.
node_dir="$build/bench-node"
if ! cmp -s "$here/wsrelay/package-lock.json" "$node_dir/package-lock.json" 2>/dev/null \
    || [ ! -d "$node_dir/node_modules/ws" ]; then
    echo "== installing the ws reference relay's packages from npm into $node_dir"
    rm -rf "$node_dir"
    mkdir -p "$node_dir"
    cp "$here/wsrelay/package.json" "$here/wsrelay/package-lock.json" "$node_dir/"
    (cd "$node_dir" && npm ci --no-audit --no-fund --loglevel=error)
fi

start_named() { # start_named muster|bare|durable|ws
    case $1 in
    muster) fresh_muster_relay ;;
    bare) start_relay "$bin/bench-barerelay" ;;
    durable)
        rm -f "$work"/bare.sqlite*
        start_relay "$bin/bench-barerelay" --durable "$work/bare.sqlite"
        ;;
    ws) start_relay env NODE_PATH="$(cd "$node_dir" && pwd)/node_modules" node "$here/wsrelay/server.js" ;;
    esac
}
mode_flag() { [ "$1" = muster ] || echo --bare; }
load() { # load OUT ARGS…
    local out=$1
    shift
    "$bin/muster-relayload" --port "$port" --relay-pid "$relay_pid" "$@" >"$out" 2>>"$work/load.err" || {
        echo "muster-relayload failed:"; tail -5 "$work/load.err"; exit 1; }
}
cell() { # cell KEY FILES…: "median (min–max)"
    local key=$1
    shift
    printf '%s (%s)' "$(median "$key" "$@")" "$(range "$key" "$@")"
}
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f×", a / b; else print "–" }'; }

table="$results/compare.md"
{
    echo "Measured $(date -u +%Y-%m-%d) on $(nproc) cores, $(uname -r); $runs runs each; median (min–max)."
    echo
    echo "| clients | message | relay | highest sustainable rate, msgs/s | deliveries/s | p50 ms | p99 ms | p99.9 ms | relay CPU % | generator CPU % | Muster ÷ this |"
    echo "|---|---|---|---|---|---|---|---|---|---|---|"
} >"$table"

find_max_row() { # find_max_row CLIENTS BYTES
    local clients=$1 bytes=$2 relay
    # The first run climbs from 20,000 deliveries/s in doublings; the others start below what
    # the first found, in finer steps, which takes a third of the time for the same answer.
    # The relays take turns, run by run: this machine's speed drifts over minutes (shared
    # cores), and a drift then weighs on all of them alike instead of on whichever ran last.
    local start i
    start=$(awk -v c="$clients" 'BEGIN { printf "%.0f", 20000 / c }')
    echo "== $clients clients, ${bytes}-byte messages, highest sustainable rate ($runs runs, relays in turn)"
    for i in $(seq "$runs"); do
        for relay in $relays; do
            local name="$work/max-$relay-$clients-$bytes"
            local ladder="--start-rate $start --ladder-factor 2 --bisections 4"
            if [ "$i" -gt 1 ]; then
                local first
                first=$(median max_sustainable_rate "$name.1")
                ladder="--start-rate $(awk -v f="$first" 'BEGIN { printf "%.0f", f * 0.6 + 1 }')"
                ladder="$ladder --ladder-factor 1.25 --bisections 3"
            fi
            # A fresh relay process for every run: a failed step can leave one with a backlog
            # to send (the references buffer without bound), which would weigh on the next run.
            start_named "$relay"
            # shellcheck disable=SC2046,SC2086
            load "$name.$i" $(mode_flag "$relay") --clients "$clients" --writers 10 --payload "$bytes" \
                --find-max $ladder --seconds 2 --warmup 0.3
            stop_relay
        done
    done
    for relay in $relays; do
        local name="$work/max-$relay-$clients-$bytes"
        echo "   $relay: $(cell max_sustainable_rate "$name".*) msgs/s, $(cell deliveries_per_second "$name".*) deliveries/s"
    done
    local m="$work/max-muster-$clients-$bytes"
    for relay in $relays; do
        local f="$work/max-$relay-$clients-$bytes"
        echo "| $clients | $bytes B | $relay | $(cell max_sustainable_rate "$f".*) | $(cell deliveries_per_second "$f".*) |" \
            "$(median delivered_to_all_p50_ms "$f".*) | $(median delivered_to_all_p99_ms "$f".*) |" \
            "$(median delivered_to_all_p999_ms "$f".*) | $(median relay_cpu_percent "$f".*) |" \
            "$(median generator_cpu_percent "$f".*) |" \
            "$([ "$relay" = muster ] && echo – || ratio "$(median deliveries_per_second "$m".*)" "$(median deliveries_per_second "$f".*)") |" \
            >>"$table"
    done
}

for clients in $client_counts; do
    find_max_row "$clients" 160
done
for clients in $large_client_counts; do
    find_max_row "$clients" 1024
done

{
    echo
    echo "1,000 messages/s offered by 10 writers to 200 clients, 160-byte messages, 5 s each:"
    echo
    echo "| relay | p50 ms | p99 ms | p99.9 ms | relay CPU % |"
    echo "|---|---|---|---|---|"
} >>"$table"
echo "== 1,000 msgs/s to 200 clients ($runs runs, relays in turn)"
for i in $(seq "$runs"); do
    for relay in $relays; do
        start_named "$relay"
        # shellcheck disable=SC2046
        load "$work/steady-$relay.$i" $(mode_flag "$relay") --clients 200 --writers 10 --payload 160 \
            --rate 1000 --seconds 5
        stop_relay
    done
done
for relay in $relays; do
    f="$work/steady-$relay"
    echo "| $relay | $(cell delivered_to_all_p50_ms "$f".*) | $(cell delivered_to_all_p99_ms "$f".*) |" \
        "$(cell delivered_to_all_p999_ms "$f".*) | $(median relay_cpu_percent "$f".*) |" >>"$table"
done

echo
cat "$table"
echo
echo "(saved in $table)"
