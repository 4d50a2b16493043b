// SPDX-License-Identifier: GPL-3.0-or-later
// How well a few typed letters name something in the command palette. Case and accents do not
// count ("muller" finds "Müller", "sev1" finds "SEV1"), every word typed must be found, and what
// is found at the start of a word ranks above what is found inside one, which ranks above
// letters merely in order ("chkfl" still finds "Checkout failing").
#pragma once

#include <QString>
#include <QStringList>

namespace muster::palette {

// Lower case, no accents, runs of white space as one space, trimmed.
QString fold(const QString &text);

// 0 when some word of `query` is in none of `fields`; otherwise higher for better matches. The
// first field is the name (a match there counts double). An empty query matches everything
// with 1.
int score(const QString &query, const QStringList &fields);

} // namespace muster::palette
