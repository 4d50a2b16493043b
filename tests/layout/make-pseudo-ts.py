#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# Writes a pseudo-translation: every message of a shipped .ts (which holds every source text;
# translations_complete sees to that) becomes its source with accented vowels, 40% longer,
# between ⟦ and ⟧, so that a layout test can tell a translated text from data and see whether
# a longer language would fit. Placeholders (%1, %L2, %n) and markup stay as they are.
# With GROWTH 0 the text stays English, only marked: for checking large fonts rather than
# longer words.
# Usage: make-pseudo-ts.py SHIPPED.ts OUT.ts [GROWTH_PERCENT, default 40]
import math
import re
import sys
import xml.etree.ElementTree as ET

ACCENTED = str.maketrans('aeiouAEIOUcnyCNY', 'àéîõüÀÉÎÕÜçñýÇÑÝ')
KEEP = re.compile(r'(%L?\d+|%n|<[^>]*>|&[a-z]+;)')


def pseudo(text, growth):
    if not text:
        return text
    if growth == 0:
        return '⟦' + text + '⟧'
    parts = KEEP.split(text)
    body = ''.join(p if KEEP.fullmatch(p) else p.translate(ACCENTED) for p in parts)
    visible = len(KEEP.sub('', text))
    padding = max(1, math.ceil(visible * growth / 100) - 2)  # the brackets count too
    return '⟦' + body + '~' * padding + '⟧'


def main():
    source, target = sys.argv[1], sys.argv[2]
    growth = int(sys.argv[3]) if len(sys.argv) > 3 else 40
    tree = ET.parse(source)
    root = tree.getroot()
    root.set('language', 'en_XA')
    for message in root.iter('message'):
        text = message.find('source').text or ''
        translation = message.find('translation')
        translation.attrib.pop('type', None)
        forms = list(translation.iter('numerusform'))
        if forms:
            for form in forms:
                form.text = pseudo(text, growth)
        else:
            translation.text = pseudo(text, growth)
    tree.write(target, encoding='utf-8', xml_declaration=True)


if __name__ == '__main__':
    main()
