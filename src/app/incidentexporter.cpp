// SPDX-License-Identifier: GPL-3.0-or-later
#include "incidentexporter.h"

#include "incidentroom.h"
#include "integrations/export/incidentrecord.h"
#include "musterapp.h"
#include "store/storeclient.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDesktopServices>
#include <QFileInfo>
#include <QPointer>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QThreadPool>
#include <QTimeZone>

namespace muster {

namespace {
// What the store thread hands back: the record, or why there is none.
struct RecordResult
{
    std::optional<IncidentRecord> record;
    QString problem;
};
} // namespace

IncidentExporter::IncidentExporter(IncidentRoom *room, MusterApp *app)
    : QObject(room)
    , m_room(room)
    , m_app(app)
{ }

QUrl IncidentExporter::defaultFolder() const
{
    return QUrl::fromLocalFile(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
}

QString IncidentExporter::suggestedFileName(const QString &format) const
{
    const Incident &incident = m_room->incident();
    // Letters and digits of any script stay; everything else becomes one dash.
    static const QRegularExpression notWord(QStringLiteral("[^\\p{L}\\p{N}]+"));
    QString slug = incident.title.toLower().replace(notWord, QStringLiteral("-"));
    slug = slug.left(60);
    while (slug.startsWith(u'-'))
        slug.remove(0, 1);
    while (slug.endsWith(u'-'))
        slug.chop(1);
    const qint64 started = incident.startedAtMs();
    const QString day = started > 0
        ? QDateTime::fromMSecsSinceEpoch(started, QTimeZone::utc()).toString(QStringLiteral("yyyy-MM-dd-"))
        : QString();
    return day + (slug.isEmpty() ? QStringLiteral("incident") : slug) + QStringLiteral("-retrospective.")
        + format;
}

QString IncidentExporter::exportTo(const QString &formatName, const QUrl &file)
{
    const auto format = exportFormatFromName(formatName);
    if (!format)
        return tr("'%1' is not an export format (md, pdf or json).").arg(formatName);
    if (!file.isLocalFile())
        return tr("Exports go to a file on this computer.");
    if (m_room->incidentId().isEmpty())
        return tr("Open an incident first.");
    if (m_busy)
        return tr("An export is already being written.");
    setBusy(true);
    const QString id = m_room->incidentId();
    const QString workspace = m_app->workspace();
    const qint64 now = m_app->nowMs();
    const QString path = file.toLocalFile();
    m_app->storeClient()->run<RecordResult>(
        this,
        [id, workspace, now](Store &store) -> RecordResult {
            const auto incident = store.incident(id);
            if (!incident.ok())
                return {std::nullopt, incident.error.message};
            if (!incident.value)
                return {std::nullopt, tr("The incident is not in this workspace.")};
            const auto log = store.wholeLog(id);
            const auto people = store.people();
            if (!log.ok() || !people.ok())
                return {std::nullopt, log.ok() ? people.error.message : log.error.message};
            const auto chain = store.chainStatus(id);
            if (!chain.ok())
                return {std::nullopt, chain.error.message};
            IncidentRecord record {*incident.value, log.value, {}, workspace, now, chain.value};
            for (const Person &person : people.value)
                record.people.insert(person.id, person.name);
            return {record, {}};
        },
        [this, format, path](const RecordResult &result) {
            if (!result.record) {
                finish(path, result.problem);
                return;
            }
            // Typesetting a long log takes a while (about 0.9 s for 5,000 entries as a PDF, see
            // docs/performance.md): a worker writes the file, so neither the window nor the store
            // thread, which every change waits for, stands still. QPdfWriter paints on any thread.
            QPointer<IncidentExporter> self(this);
            const IncidentRecord record = *result.record;
            QThreadPool::globalInstance()->start([self, record, format, path] {
                const QString problem = writeExport(record, *format, path);
                QMetaObject::invokeMethod(
                    qApp,
                    [self, path, problem] {
                        if (self)
                            self->finish(path, problem);
                    },
                    Qt::QueuedConnection);
            });
        });
    return {};
}

void IncidentExporter::finish(const QString &path, const QString &problem)
{
    setBusy(false);
    if (problem.isEmpty())
        emit exported(path);
    else
        emit failed(problem);
}

void IncidentExporter::showFolder(const QString &path) const
{
    QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(path).absolutePath()));
}

void IncidentExporter::setBusy(bool busy)
{
    if (m_busy == busy)
        return;
    m_busy = busy;
    emit busyChanged();
}

} // namespace muster
