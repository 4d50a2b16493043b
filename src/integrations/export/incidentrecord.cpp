// SPDX-License-Identifier: GPL-3.0-or-later
#include "incidentrecord.h"

#include "incidentjson.h"
#include "markdownexport.h"
#include "pdfexport.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QSaveFile>
#include <QTimeZone>

namespace muster {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("muster", text);
}

QString utc(qint64 ms, const QString &pattern)
{
    if (ms <= 0)
        return {};
    return QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc()).toString(pattern);
}
} // namespace

QString IncidentRecord::nameOf(const QString &personId) const
{
    if (personId.isEmpty())
        return {};
    return people.value(personId, personId);
}

QList<TimelineEntry> IncidentRecord::publishedTimeline() const
{
    QList<LogEntry> entries;
    entries.reserve(log.size());
    for (const LogLine &line : log)
        entries.append(line.entry);
    return retroTimeline(incident, entries, false);
}

QList<Task> IncidentRecord::tasksOf(TaskKind kind) const
{
    QList<Task> out;
    for (const Task &task : incident.tasks) {
        if (task.kind == kind)
            out.append(task);
    }
    std::sort(out.begin(), out.end(), [](const Task &a, const Task &b) {
        return std::tie(a.createdMs, a.id) < std::tie(b.createdMs, b.id);
    });
    return out;
}

qint64 IncidentRecord::impactMs() const
{
    // An incident still under way has no end yet: its impact is measured up to the export.
    return impactDurationMs(incident, exportedAtMs);
}

QString utcMinute(qint64 ms)
{
    return ms > 0 ? utc(ms, QStringLiteral("yyyy-MM-dd HH:mm")) + QStringLiteral(" UTC") : QString();
}

QString utcSecond(qint64 ms)
{
    return utc(ms, QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

QString durationText(qint64 ms)
{
    const qint64 minutes = std::max<qint64>(0, ms) / 60'000;
    if (minutes < 60)
        return tr("%1 min").arg(minutes);
    const qint64 hours = minutes / 60;
    if (hours < 24)
        return tr("%1 h %2 min").arg(hours).arg(minutes % 60, 2, 10, QLatin1Char('0'));
    return tr("%1 d %2 h").arg(hours / 24).arg(hours % 24);
}

QString exportFormatName(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Markdown:
        return QStringLiteral("md");
    case ExportFormat::Pdf:
        return QStringLiteral("pdf");
    case ExportFormat::Json:
        return QStringLiteral("json");
    }
    return {};
}

std::optional<ExportFormat> exportFormatFromName(QStringView name)
{
    for (ExportFormat format : {ExportFormat::Markdown, ExportFormat::Pdf, ExportFormat::Json}) {
        if (name == exportFormatName(format))
            return format;
    }
    return std::nullopt;
}

QByteArray renderExport(const IncidentRecord &record, ExportFormat format, QString *error)
{
    switch (format) {
    case ExportFormat::Markdown:
        return exportMarkdown(record).toUtf8();
    case ExportFormat::Pdf:
        return exportPdf(record, error);
    case ExportFormat::Json:
        return QJsonDocument(exportJson(record)).toJson(QJsonDocument::Indented);
    }
    return {};
}

QString writeExport(const IncidentRecord &record, ExportFormat format, const QString &path)
{
    QString error;
    const QByteArray bytes = renderExport(record, format, &error);
    if (bytes.isEmpty())
        return error.isEmpty() ? tr("nothing to write") : error;
    // All or nothing: a half-written export is worse than none, and an older one stays intact.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return tr("cannot write %1: %2").arg(path, file.errorString());
    return {};
}

} // namespace muster
