#!/usr/bin/env bash
# The relay benchmarks of `make bench` (issue 3's targets): a real muster-relay process on
# loopback with a fresh database, driven by muster-relayload (one epoll loop, 200 clients), and
# the bare QtWebSockets broadcast relay as the yardstick. Prints medians over several runs.
# Figures and method: docs/performance.md.
set -euo pipefail
build=${1:-build}
bin="$build/bin"
work=$(mktemp -d)
# shellcheck source=bench/relaylib.sh
source "$(dirname "$0")/relaylib.sh"
trap 'stop_relay; rm -rf "$work"' EXIT

# Hundreds of sockets on each side.
ulimit -n "$(ulimit -Hn)"

load() { # load RUNS NAME ARGS…: runs muster-relayload RUNS times into $work/NAME.N
    local runs=$1 name=$2
    shift 2
    for i in $(seq "$runs"); do
        "$bin/muster-relayload" --port "$port" --relay-pid "$relay_pid" "$@" >"$work/$name.$i" 2>>"$work/load.err" || {
            echo "muster-relayload failed:"; tail -5 "$work/load.err"; exit 1; }
    done
}

echo "== relay: 200 clients, 10 writers offering 1,000 ops/s for 10 s (5 runs)"
fresh_muster_relay
load 5 steady --clients 200 --writers 10 --rate 1000 --seconds 10
echo "push → delivered to all 200: p50 $(median delivered_to_all_p50_ms "$work"/steady.*) ms," \
    "p99 $(median delivered_to_all_p99_ms "$work"/steady.*) ms (p99 range $(range delivered_to_all_p99_ms "$work"/steady.*))"
echo "push → ack after durable commit: p50 $(median ack_p50_ms "$work"/steady.*) ms," \
    "p99 $(median ack_p99_ms "$work"/steady.*) ms"
echo "relay CPU $(median relay_cpu_percent "$work"/steady.*)%, generator CPU $(median generator_cpu_percent "$work"/steady.*)%," \
    "not delivered to all: $(median not_delivered_to_all "$work"/steady.*), behind: $(median behind "$work"/steady.*)"

echo "== relay: peak fan-out, 200 clients, 10 writers pushing single ops as fast as acknowledged (window 4; 3 runs)"
load 3 peak --clients 200 --writers 10 --rate 0 --window 4 --seconds 5
echo "fan-out $(median deliveries_per_second "$work"/peak.*) op deliveries/s (range $(range deliveries_per_second "$work"/peak.*))," \
    "$(median ops_per_second "$work"/peak.*) ops/s committed; p99 to all $(median delivered_to_all_p99_ms "$work"/peak.*) ms;" \
    "relay CPU $(median relay_cpu_percent "$work"/peak.*)%"
stop_relay

echo "== relay: memory per idle connection (fresh relay each; after the connection burst settles)"
for clients in 200 1000; do
    fresh_muster_relay
    load 1 "idle$clients" --clients "$clients" --idle
    echo "$clients idle clients: $(median relay_kib_per_idle_connection "$work/idle$clients.1") KiB each" \
        "(RSS with one client $(median relay_rss_one_client_kib "$work/idle$clients.1") → $(median relay_rss_after_kib "$work/idle$clients.1") KiB)"
    stop_relay
done

echo "== relay: a fresh replica catching up on 100,000 ops (5 runs)"
fresh_muster_relay
"$bin/bench_catchup" "ws://127.0.0.1:$port" 100000 5 2>/dev/null
stop_relay

echo "== yardstick: bench-barerelay (QtWebSockets broadcast, no storage, no encoding), 200 clients, 10 writers"
start_relay "$bin/bench-barerelay"
load 3 bare1 --bare --clients 200 --writers 10 --rate 0 --window 1 --seconds 5
load 3 bare4 --bare --clients 200 --writers 10 --rate 0 --window 4 --seconds 5
echo "window 1: $(median deliveries_per_second "$work"/bare1.*) deliveries/s, p99 to all $(median delivered_to_all_p99_ms "$work"/bare1.*) ms"
echo "window 4: $(median deliveries_per_second "$work"/bare4.*) deliveries/s, p99 to all $(median delivered_to_all_p99_ms "$work"/bare4.*) ms," \
    "generator CPU $(median generator_cpu_percent "$work"/bare4.*)%"
stop_relay
