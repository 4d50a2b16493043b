#!/usr/bin/env bash
# After `ctest`: no relay access token may appear anywhere in what the tests printed (their own
# output, and every relay, musterctl and muster process they ran, which ctest logs in full).
# Tokens are secrets; a log line that shows one is a leak, whatever test it came from.
set -euo pipefail
log="${1:?usage: check-test-output.sh LastTest.log}"
pattern='mst_[A-Za-z0-9]{12}_[A-Za-z0-9_-]{43}|Bearer +mst_'

# The pattern must find a token, or this check proves nothing.
sample='relay said: Bearer mst_k3j9x2m4pq7v_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA'
if ! grep -Eq "$pattern" <<<"$sample"; then
    echo "check-test-output: the token pattern no longer matches a token" >&2
    exit 1
fi
if [ ! -s "$log" ]; then
    echo "check-test-output: $log is missing or empty" >&2
    exit 1
fi
if grep -En "$pattern" "$log" | sed -E 's/(mst_[A-Za-z0-9]{12}_)[A-Za-z0-9_-]{43}/\1…/g' | head -20 | grep .; then
    echo "check-test-output: an access token appears in the test output above (secret cut off here)" >&2
    exit 1
fi
echo "check-test-output: no access token in $(grep -c '' "$log") lines of test output"
