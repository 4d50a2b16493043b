// SPDX-License-Identifier: GPL-3.0-or-later
// Warnings on a drafted stakeholder update, each with a one-line reason: what makes an update
// wrong, unkind or useless to its readers. They never block sending: the Communications Lead
// decides. The rules and their reasons are listed in docs/comms.md.
#pragma once

#include "updatetemplate.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace muster::comms {

struct LintWarning
{
    QString rule; // "next-update", "eta", "internal-address", "blame", "placeholder", "subject-length"
    QString words; // what was found ("10.2.3.4", "{{impact}}"), empty for what is missing
    QString why; // one line
    friend bool operator==(const LintWarning &, const LintWarning &) = default;
};

// Mail clients show about this many characters of a subject in a list (and RFC 5322 asks for
// lines of at most 78).
inline constexpr int subjectWarnChars = 78;

// In the order a reader meets them: subject first, then the body top to bottom. people: names
// from the directory, for the blameless rules.
QList<LintWarning> lintUpdate(const QString &subject, const QString &body, UpdateStage stage,
                              const QStringList &people);

} // namespace muster::comms
