#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the Debian package, checks it with lintian, installs it, uses the installed programs
# from their installed paths, and removes it again. It changes the system, so it runs only in CI
# (CI=true) or when asked (MUSTER_TEST_PACKAGE=1); otherwise it reports itself skipped (77).
# Usage: package-install.sh BUILD_DIR
set -euo pipefail
build_dir=$(cd "$1" && pwd)

if [ "${CI:-}" != "true" ] && [ "${MUSTER_TEST_PACKAGE:-}" != "1" ]; then
    echo "skipped: installs a package system-wide; runs with CI=true or MUSTER_TEST_PACKAGE=1"
    exit 77
fi
if [ "$(id -u)" -eq 0 ]; then
    as_root=()
elif sudo -n true 2>/dev/null; then
    as_root=(sudo -n)
else
    echo "FAIL: installing the package needs root or password-less sudo"
    exit 1
fi
# Any trace of a muster package (installed, half-installed, or removed with its configuration
# and the relay's database kept) is somebody's: this test neither replaces nor purges it.
state=$(dpkg-query -W -f='${db:Status-Abbrev}' muster 2>/dev/null || true)
if [ -n "$state" ] && [ "${state:0:2}" != "un" ]; then
    echo "FAIL: a muster package is known to dpkg here ($state); remove it first (apt-get purge muster)"
    exit 1
fi
command -v lintian >/dev/null || { echo "FAIL: lintian is not installed (scripts/install-deps.sh)"; exit 1; }

work=$(mktemp -d)
relay_pid=""
installed_here=0
cleanup() {
    [ -n "$relay_pid" ] && kill "$relay_pid" 2>/dev/null || true
    if [ "$installed_here" = 1 ]; then
        "${as_root[@]}" apt-get purge -y -qq muster >/dev/null 2>&1 || true
    fi
    rm -rf "$work"
}
trap cleanup EXIT
fail() { echo "FAIL: $*"; exit 1; }

echo "== building the package"
(cd "$work" && cpack --config "$build_dir/CPackConfig.cmake" -B "$work/out" >"$work/cpack.log" 2>&1) \
    || { cat "$work/cpack.log"; fail "cpack could not build the package"; }
deb=$(ls "$work"/out/muster_*.deb)
echo "$deb"

echo "== lintian: no errors, no warnings"
lintian --tag-display-limit 0 "$deb" >"$work/lintian.log" 2>&1 || true
grep -v '^running with root privileges' "$work/lintian.log" || true
if grep -qE '^[EW]: ' "$work/lintian.log"; then
    fail "lintian reported errors or warnings"
fi

echo "== installing"
installed_here=1
"${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$deb" \
    >"$work/apt.log" 2>&1 || { cat "$work/apt.log"; fail "apt-get could not install the package"; }
for path in /usr/bin/muster /usr/bin/muster-relay /usr/bin/musterctl /lib/systemd/system/muster-relay.service \
    /etc/default/muster-relay /usr/share/applications/org.muster.Muster.desktop \
    /usr/share/metainfo/org.muster.Muster.metainfo.xml /usr/share/man/man1/muster-relay.1.gz; do
    [ -e "$path" ] || fail "$path is not installed"
done
getent passwd muster-relay >/dev/null || fail "the package made no muster-relay system user"
owner=$(stat -c '%U:%G %a' /var/lib/muster-relay 2>/dev/null || true)
[ "$owner" = "muster-relay:muster-relay 750" ] || fail "/var/lib/muster-relay is '$owner', not muster-relay:muster-relay 750"
# deploy.md's first step: an administrator makes tokens before the service ever runs.
command -v runuser >/dev/null || fail "runuser (util-linux) is missing"
"${as_root[@]}" runuser -u muster-relay -- /usr/bin/muster-relay token create --workspace payments \
    --user "Priya Raman" --db /var/lib/muster-relay/relay.sqlite >"$work/token.out" 2>&1 \
    || { cat "$work/token.out"; fail "the service user could not create a token before first start"; }
desktop-file-validate /usr/share/applications/org.muster.Muster.desktop || fail "installed desktop file"
appstreamcli validate --no-net /usr/share/metainfo/org.muster.Muster.metainfo.xml >/dev/null \
    || fail "installed metainfo"
if command -v systemd-analyze >/dev/null; then
    systemd-analyze verify --man=no /lib/systemd/system/muster-relay.service || fail "the relay's unit does not verify"
fi

echo "== the installed programs"
# No display: --version must not need one.
version=$(env -u QT_QPA_PLATFORM -u DISPLAY -u WAYLAND_DISPLAY /usr/bin/muster --version 2>"$work/version.err") \
    || { cat "$work/version.err"; fail "muster --version failed"; }
echo "$version"
[[ "$version" == *0.* ]] || fail "muster --version printed '$version'"
/usr/bin/musterctl --data-dir "$work/ctl" list >/dev/null || fail "musterctl list"
QT_QPA_PLATFORM=offscreen /usr/bin/muster --data-dir "$work/app" --demo --user "Priya Raman" \
    --screenshot "$work/board.png" --view board --size 1366x768 >"$work/muster.log" 2>&1 \
    || { cat "$work/muster.log"; fail "the installed muster could not render the board"; }
size=$(stat -c %s "$work/board.png")
[ "$size" -gt 20000 ] || fail "the screenshot is only $size bytes"
echo "screenshot: $size bytes"

/usr/bin/muster-relay --listen 127.0.0.1:0 --db "$work/relay.sqlite" --allow-anonymous >"$work/relay.out" 2>&1 &
relay_pid=$!
for _ in $(seq 100); do
    grep -q 'listening on ws://127.0.0.1:' "$work/relay.out" && break
    sleep 0.1
done
grep 'listening on' "$work/relay.out" || { cat "$work/relay.out"; fail "the installed relay did not start"; }
kill -TERM "$relay_pid"
wait "$relay_pid" || fail "the relay did not exit 0 on SIGTERM"
relay_pid=""

echo "== removing"
"${as_root[@]}" apt-get purge -y -qq muster >"$work/apt.log" 2>&1 || { cat "$work/apt.log"; fail "apt-get purge"; }
[ ! -e /usr/bin/muster ] || fail "/usr/bin/muster is still there after purge"
[ ! -e /etc/default/muster-relay ] || fail "/etc/default/muster-relay is still there after purge"
echo "package-install: built, lint-clean, installed, used and removed"
