// SPDX-License-Identifier: GPL-3.0-or-later
// What a retrospective export says, before any format: a list of blocks (headings, paragraphs,
// label/value facts, tables). The Markdown and PDF writers render the same blocks, so the two
// never disagree about what is in the record, and this one place decides what goes in.
#pragma once

#include "incidentrecord.h"

#include <QList>
#include <QStringList>

namespace muster {

struct ExportBlock
{
    enum class Kind
    {
        Heading, // text, level 1 (the document's parts) to 3
        Paragraph, // text people wrote, line breaks kept
        Placeholder, // text: a part nobody has written ("Not written yet.")
        Facts, // facts: label → value, one per line
        Table, // columns, rows; widths: relative column widths for page layouts
    };
    Kind kind = Kind::Paragraph;
    int level = 0;
    QString text;
    QList<std::pair<QString, QString>> facts;
    QStringList columns;
    QList<int> widths;
    QList<QStringList> rows;
};

struct ExportDocument
{
    QString title; // "Retrospective: Checkout 502s for EU customers"
    QList<ExportBlock> blocks;
};

// The retrospective first (summary, impact, timeline, factors, what went well and poorly, luck,
// action items), then the full incident record (details, milestones, roles, alerts, runbooks,
// tasks, and the whole communication log).
ExportDocument buildExportDocument(const IncidentRecord &record);

} // namespace muster
