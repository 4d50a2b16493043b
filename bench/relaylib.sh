# SPDX-License-Identifier: GPL-3.0-or-later
# Shared by bench/relay.sh and bench/compare.sh (sourced, not run): starting and stopping a
# relay process that prints "listening on ws://HOST:PORT", and medians over runs' outputs.
# Expects $work (a scratch folder) and $bin (the build's bin folder).
relay_pid=""

start_relay() { # start_relay PROGRAM [ARGS…]: sets relay_pid and port
    "$@" >"$work/relay.out" 2>"$work/relay.err" &
    relay_pid=$!
    for _ in $(seq 200); do
        grep -q 'listening on' "$work/relay.out" 2>/dev/null && break
        sleep 0.05
    done
    port=$(grep -o 'ws://[0-9.]*:[0-9]*' "$work/relay.out" | grep -o '[0-9]*$') || {
        echo "relay did not start: $*"; cat "$work/relay.err"; exit 1; }
}
stop_relay() {
    [ -n "$relay_pid" ] || return 0
    kill "$relay_pid" 2>/dev/null || true
    wait "$relay_pid" 2>/dev/null || true
    relay_pid=""
}
fresh_muster_relay() {
    rm -f "$work"/relay.sqlite*
    start_relay "$bin/muster-relay" --listen 127.0.0.1:0 --db "$work/relay.sqlite" --allow-anonymous --max-messages-per-second 1000000
}
values() { # values KEY FILE…: KEY's value in each output, sorted
    local key=$1
    shift
    grep -h "^$key " "$@" | awk '{print $2}' | sort -g
}
median() { values "$@" | awk '{v[NR]=$1} END {print v[int((NR+1)/2)]}'; }
range() { values "$@" | awk '{v[NR]=$1} END {printf "%s–%s", v[1], v[NR]}'; }
