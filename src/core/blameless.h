// SPDX-License-Identifier: GPL-3.0-or-later
// Blameless-language hints for retrospectives. A retrospective that blames a person teaches the
// team to hide mistakes; one that names conditions (a missing check, an unclear step, a risky
// default) gets them fixed. These rules flag wording that points at a person or judges with
// hindsight, and suggest a neutral way to say it. They are hints: the writer decides. The rule
// list is documented in docs/blameless.md; each rule has a test.
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace muster {

struct BlamelessHint
{
    QString rule; // stable id: "human-error", "judgement", "hindsight", "omission", "blame", "minimising",
                  // "person-caused"
    qsizetype start = 0; // where the flagged words are in the text (UTF-16 units)
    qsizetype length = 0;
    QString words; // the flagged words as written
    QString why; // one sentence: what this wording does to the review
    QString suggestion; // a neutral way to say it
};

// Hints for a text, in order of position, at most one per place. `people` are names from the
// directory: "Kenji broke the build" is flagged, "the build broke" is not.
QList<BlamelessHint> blamelessHints(const QString &text, const QStringList &people = {});

} // namespace muster
