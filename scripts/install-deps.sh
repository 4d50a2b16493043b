#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs the Debian 12 packages Muster needs to build, run and test.
# Installs nothing when everything is present; uses sudo when not run as root.
# --bench: also what `make bench` needs.
set -euo pipefail

packages=(
    cmake ninja-build g++ pkg-config make
    qt6-base-dev qt6-base-dev-tools qt6-declarative-dev qt6-declarative-dev-tools
    qml6-module-qtquick qml6-module-qtquick-controls qml6-module-qtquick-templates
    qml6-module-qtquick-layouts qml6-module-qtquick-window qml6-module-qtqml
    qml6-module-qtqml-models qml6-module-qtqml-workerscript qml6-module-qtquick-dialogs
    qt6-charts-dev qml6-module-qtcharts qt6-websockets-dev qt6-httpserver-dev qml6-module-qtwebsockets qtkeychain-qt6-dev
    libqt6sql6-sqlite qml6-module-qttest libqt6quicktest6
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n qt6-svg-dev
    libqt6svg6 fonts-dejavu-core fonts-dejavu-extra sqlite3 libsqlite3-dev libssl-dev
    prometheus-alertmanager
    poppler-utils python3 python3-jsonschema
    lintian desktop-file-utils appstream adduser
)
# `make bench` also runs the Node `ws` reference relay (bench/wsrelay): Node.js and npm, unless
# the machine already has them from elsewhere.
if [ "${1:-}" = "--bench" ] && ! { command -v node && command -v npm; } >/dev/null 2>&1; then
    packages+=(nodejs npm)
fi

missing=()
for p in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
        missing+=("$p")
    fi
done

if [ ${#missing[@]} -eq 0 ]; then
    exit 0
fi

if ! command -v apt-get >/dev/null 2>&1; then
    echo "install-deps: apt-get not found; install these packages by hand: ${missing[*]}" >&2
    exit 1
fi

sudo=()
if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1; then
        sudo=(sudo)
    else
        echo "install-deps: not root and no sudo; install these packages: ${missing[*]}" >&2
        exit 1
    fi
fi

echo "install-deps: installing ${#missing[@]} missing package(s): ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
"${sudo[@]}" apt-get update -qq
"${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
