#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The desktop file and AppStream metainfo validate, and each program's man page documents every
# option its --help lists (so the pages cannot fall behind the programs).
# Usage: check-metadata.sh SOURCE_DIR BIN_DIR
set -euo pipefail
source_dir=$1
bin_dir=$2
fail=0

desktop-file-validate "$source_dir/packaging/org.muster.Muster.desktop" || fail=1
appstreamcli validate --no-net "$source_dir/packaging/org.muster.Muster.metainfo.xml" || fail=1

for program in muster muster-relay musterctl; do
    page="$source_dir/packaging/man/$program.1"
    # Options as --help prints them; in roff a dash is written \-.
    options=$(QT_QPA_PLATFORM=offscreen "$bin_dir/$program" --help 2>/dev/null | grep -oE -- '--[a-z][a-z-]*' | sort -u)
    [ -n "$options" ] || { echo "$program --help listed no options"; fail=1; }
    for option in $options; do
        # Written out whole: not just the start of a longer option (--relay of --relay-ca).
        pattern=$(printf '%s' "${option//-/\\-}" | sed 's/\\/\\\\/g')
        if ! grep -qE -- "${pattern}([^a-z\\\\]|\\\\[^-]|\$)" "$page"; then
            echo "$page does not document $option"
            fail=1
        fi
    done
done
if [ "$fail" -eq 0 ]; then
    echo "check-metadata: desktop file, metainfo and the three man pages are in order"
fi
exit "$fail"
