#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Every shipped translation is complete: lupdate is run over today's sources into a copy of each
# .ts, and the test fails when a message is unfinished (new or changed in the sources since the
# translation was made) or when a translation drops a placeholder (%1, %L2, or %n in a plural form) of its source.
# Usage: check-translations.sh LUPDATE GENERATE_PROJECT_SCRIPT PROJECT_CMAKE TRANSLATIONS_DIR
# (the last three as qt_add_translations made them: Qt's GenerateLUpdateProject.cmake and the
# .lupdate/<target>_project.cmake of the muster target).
set -euo pipefail
lupdate=$1
generate=$2
project_cmake=$3
translations=$4
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

cmake -DIN_FILE="$project_cmake" -DOUT_FILE="$work/project.json" -P "$generate" >/dev/null
fail=0
shopt -s nullglob
files=("$translations"/muster_*.ts)
[ ${#files[@]} -gt 0 ] || { echo "no translations in $translations"; exit 1; }
for ts in "${files[@]}"; do
    copy="$work/$(basename "$ts")"
    cp "$ts" "$copy"
    "$lupdate" -silent -project "$work/project.json" -no-obsolete -ts "$copy" >/dev/null 2>&1
    python3 - "$copy" "$(basename "$ts")" <<'PY' || fail=1
import re, sys, xml.etree.ElementTree as ET
path, name = sys.argv[1], sys.argv[2]
root = ET.parse(path).getroot()
total = 0
problems = []
for context in root.iter('context'):
    cname = context.find('name').text
    for message in context.iter('message'):
        total += 1
        source = message.find('source').text or ''
        translation = message.find('translation')
        forms = [f.text or '' for f in translation.iter('numerusform')] or [translation.text or '']
        if translation.get('type') in ('unfinished', 'vanished', 'obsolete') or not any(forms):
            problems.append(f'{cname}: untranslated: {source!r}')
            continue
        wanted = set(re.findall(r'%L?\d+', source))
        for form in forms:
            missing = wanted - set(re.findall(r'%L?\d+', form))
            if missing:
                problems.append(f'{cname}: {source!r} -> {form!r} drops {", ".join(sorted(missing))}')
        # A count (%n) may be left out of a singular form ("one incident"), never the plural.
        if '%n' in source and '%n' not in forms[-1]:
            problems.append(f'{cname}: {source!r} -> {forms[-1]!r} drops %n in its plural form')
if total == 0:
    print(f'{name}: lupdate found no messages at all; the project file or the sources are wrong')
    sys.exit(1)
for p in problems[:40]:
    print(f'{name}: {p}')
if problems:
    print(f'{name}: {len(problems)} of {total} messages need work (lupdate, then translate them in Qt Linguist)')
    sys.exit(1)
print(f'{name}: all {total} messages translated')
PY
done
exit "$fail"
