// SPDX-License-Identifier: GPL-3.0-or-later
// The retrospective and the full incident record as CommonMark with GitHub-style tables, for a
// wiki page or a review document. Text people wrote is escaped so that it reads as written:
// nothing typed into Muster becomes a heading, a link, HTML or a broken table.
#pragma once

#include "incidentrecord.h"

namespace muster {

QString exportMarkdown(const IncidentRecord &record);

// Text safe in a Markdown paragraph (line breaks kept as hard breaks).
QString markdownText(const QString &text);
// Text safe in one table cell (pipes escaped, line breaks as <br>).
QString markdownCell(const QString &text);

} // namespace muster
