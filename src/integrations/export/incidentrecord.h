// SPDX-License-Identifier: GPL-3.0-or-later
// What every export is made from: one incident as the store has it, its whole log oldest first,
// and the names of the people it mentions, with the few readings the formats share (the
// published timeline, action items, times in UTC). The formats differ only in how they write it:
// markdownexport.h, pdfexport.h, incidentjson.h. Exports show times in UTC, the one clock every
// reader of a retrospective shares.
#pragma once

#include "core/incident.h"
#include "store/store.h"

#include <QHash>
#include <optional>

namespace muster {

// person id → name, for turning ids into people in the output.
using PeopleIndex = QHash<QString, QString>;

struct IncidentRecord
{
    Incident incident;
    QList<LogLine> log; // the whole log, oldest first
    PeopleIndex people;
    QString workspace;
    qint64 exportedAtMs = 0;
    ChainStatus chain; // the log's hash chain here: its head goes into every export

    // The person's name; "" for no one; the id itself for someone not in the directory.
    QString nameOf(const QString &personId) const;
    // The retrospective's timeline: milestones and the log entries chosen for it, in time order.
    QList<TimelineEntry> publishedTimeline() const;
    // Tasks of one kind, oldest first (then by id, so the order is the same everywhere).
    QList<Task> tasksOf(TaskKind kind) const;
    // How long the impact lasted, from the milestones; 0 when it cannot be told.
    qint64 impactMs() const;
};

// "2026-11-24 09:02 UTC"; "" for 0.
QString utcMinute(qint64 ms);
// "2026-11-24 09:02:13"; "" for 0 (in tables whose heading says UTC).
QString utcSecond(qint64 ms);
// "50 min", "1 h 07 min", "2 d 3 h".
QString durationText(qint64 ms);

enum class ExportFormat
{
    Markdown,
    Pdf,
    Json,
};
// "md", "pdf", "json" (also what the file name ends with).
QString exportFormatName(ExportFormat format);
std::optional<ExportFormat> exportFormatFromName(QStringView name);

// The export as bytes; empty with *error set when it cannot be made.
QByteArray renderExport(const IncidentRecord &record, ExportFormat format, QString *error);
// Writes the export to a file, all or nothing; returns what went wrong, or "".
QString writeExport(const IncidentRecord &record, ExportFormat format, const QString &path);

} // namespace muster
