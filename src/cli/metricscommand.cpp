// SPDX-License-Identifier: GPL-3.0-or-later
// musterctl metrics: the numbers behind one chart of the desktop's Metrics screen, as the same
// CSV its Export CSV button writes, for spreadsheets and reports made by scripts.
#include "metrics/incidentmetrics.h"
#include "metrics/metricscsv.h"
#include "musterctl.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QSaveFile>

namespace muster {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("muster", text);
}

qint64 startOfDay(QDate day)
{
    return QDateTime(day, QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
}
} // namespace

int Musterctl::metrics()
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const QDate today = QDateTime::fromMSecsSinceEpoch(now, Qt::UTC).date();
    // The desktop's default: twelve weeks up to today, the week of today included.
    const QDate first = m_line.fromDate.isEmpty() ? today.addDays(1 - today.dayOfWeek()).addDays(-7 * 11)
                                                  : QDate::fromString(m_line.fromDate, Qt::ISODate);
    const QDate last = m_line.toDate.isEmpty() ? today : QDate::fromString(m_line.toDate, Qt::ISODate);
    if (last < first)
        return fail(exitcode::Usage, tr("--to is before --from"));
    MetricsFilter filter;
    filter.fromMs = startOfDay(first);
    filter.toMs = startOfDay(last.addDays(1));
    filter.service = m_line.services.value(0);
    filter.granularity = m_line.byMonth ? Granularity::Month : Granularity::Week;
    filter.nowMs = now;
    filter.severity = severityFromInt(m_line.severity);

    const auto histories = m_store.incidentHistories();
    if (!histories.ok())
        return fail(exitcode::Failure, histories.error.message);
    const auto people = m_store.people();
    if (!people.ok())
        return fail(exitcode::Failure, people.error.message);
    QHash<QString, QString> names;
    for (const Person &person : people.value)
        names.insert(person.id, person.name);
    const QByteArray csv
        = metricsCsv(computeMetrics(histories.value, filter), *metricsChartFromName(m_line.chart), names);

    if (!m_line.outputPath.isEmpty()) {
        QSaveFile file(m_line.outputPath);
        if (!file.open(QIODevice::WriteOnly) || file.write(csv) != csv.size() || !file.commit())
            return fail(exitcode::Failure,
                        tr("cannot write %1: %2").arg(m_line.outputPath, file.errorString()));
        return exitcode::Ok;
    }
    m_out.flush();
    QFile out;
    if (!out.open(stdout, QIODevice::WriteOnly) || out.write(csv) != csv.size() || !out.flush())
        return fail(exitcode::Failure, tr("cannot write to standard output: %1").arg(out.errorString()));
    return exitcode::Ok;
}

} // namespace muster
