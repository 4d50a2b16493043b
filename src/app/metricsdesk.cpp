// SPDX-License-Identifier: GPL-3.0-or-later
#include "metricsdesk.h"

#include "format.h"
#include "store/storeclient.h"

#include <QLocale>
#include <QSaveFile>
#include <QStandardPaths>

namespace muster {

namespace {

constexpr int maxPeople = 12;
constexpr int maxSteps = 10;

struct MetricsReading
{
    std::shared_ptr<const QList<IncidentHistory>> histories;
    QHash<QString, QString> names;
    MetricsReport report;
    QStringList services;
    StoreError error;
};

qint64 startOfDay(QDate day)
{
    return QDateTime(day, QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
}

double minutes(double ms)
{
    return ms / 60000.0;
}

double hours(double ms)
{
    return ms / 3600000.0;
}

QStringList roleColumns()
{
    QStringList roles;
    for (Role role : allRoles)
        roles.append(roleLabel(role));
    return roles;
}

} // namespace

MetricsDesk::MetricsDesk(StoreClient *store, std::function<qint64()> clock, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_clock(std::move(clock))
    , m_detect(new MetricsTable({QStringLiteral("x"), QStringLiteral("minutes")}, this))
    , m_acknowledge(new MetricsTable({QStringLiteral("x"), QStringLiteral("minutes")}, this))
    , m_repair(new MetricsTable({QStringLiteral("x"), QStringLiteral("minutes")}, this))
    , m_repairFromImpact(new MetricsTable({QStringLiteral("x"), QStringLiteral("minutes")}, this))
    , m_bySeverity(new MetricsTable({QStringLiteral("MTTD"), QStringLiteral("MTTA"), QStringLiteral("MTTR"),
                                     QStringLiteral("MTTR (impact)")},
                                    this))
    , m_perPeriod(new MetricsTable(
          {QStringLiteral("SEV1"), QStringLiteral("SEV2"), QStringLiteral("SEV3"), QStringLiteral("SEV4")},
          this))
    , m_betweenFailures(new MetricsTable({QStringLiteral("hours")}, this))
    , m_roleTime(new MetricsTable(roleColumns(), this))
    , m_steps(new MetricsTable({QStringLiteral("minutes")}, this))
{
    m_refresh.setSingleShot(true);
    m_refresh.setInterval(refreshDelayMs);
    connect(&m_refresh, &QTimer::timeout, this, &MetricsDesk::recompute);
    setLastWeeks(12);
}

void MetricsDesk::setActive(bool active)
{
    if (active == m_active)
        return;
    m_active = active;
    emit activeChanged();
    if (m_active)
        recompute();
}

void MetricsDesk::setRange(const QString &from, const QString &to)
{
    m_fromText = from.trimmed();
    m_toText = to.trimmed();
    const QDate first = QDate::fromString(m_fromText, Qt::ISODate);
    const QDate last = QDate::fromString(m_toText, Qt::ISODate);
    if (!first.isValid())
        m_problem = tr("“%1” is not a date: write it as YYYY-MM-DD.").arg(m_fromText.left(40));
    else if (!last.isValid())
        m_problem = tr("“%1” is not a date: write it as YYYY-MM-DD.").arg(m_toText.left(40));
    else if (last < first)
        m_problem = tr("The range ends before it begins.");
    else
        m_problem.clear();
    if (m_problem.isEmpty()) {
        m_filter.fromMs = startOfDay(first);
        m_filter.toMs = startOfDay(last.addDays(1));
    }
    emit filterChanged();
    if (m_problem.isEmpty())
        recompute();
}

void MetricsDesk::setLastWeeks(int weeks)
{
    const QDate today = QDateTime::fromMSecsSinceEpoch(m_clock(), Qt::UTC).date();
    const QDate monday = today.addDays(1 - today.dayOfWeek()).addDays(-7 * (std::max(1, weeks) - 1));
    setRange(monday.toString(Qt::ISODate), today.toString(Qt::ISODate));
}

void MetricsDesk::setService(const QString &service)
{
    if (service == m_filter.service)
        return;
    m_filter.service = service;
    emit filterChanged();
    recompute();
}

void MetricsDesk::setByMonth(bool byMonth)
{
    if (byMonth == this->byMonth())
        return;
    m_filter.granularity = byMonth ? Granularity::Month : Granularity::Week;
    emit filterChanged();
    recompute();
}

void MetricsDesk::setSeverity(int severity)
{
    const std::optional<Severity> chosen = severityFromInt(severity);
    if (chosen == m_filter.severity)
        return;
    m_filter.severity = chosen;
    emit filterChanged();
    recompute();
}

void MetricsDesk::invalidate()
{
    m_stale = true;
    if (m_active && !m_refresh.isActive())
        m_refresh.start();
}

void MetricsDesk::recompute()
{
    if (!m_active || !m_problem.isEmpty())
        return;
    if (m_busy) {
        m_again = true;
        return;
    }
    setBusy(true);
    MetricsFilter filter = m_filter;
    filter.nowMs = m_clock();
    const bool reread = m_stale || !m_histories;
    m_stale = false;
    auto histories = reread ? nullptr : m_histories;
    auto names = m_names;
    m_store->run<MetricsReading>(
        this,
        [filter, histories, names](Store &store) {
            MetricsReading reading {histories, names, {}, {}, {}};
            if (!reading.histories) {
                auto read = store.incidentHistories();
                auto people = store.people();
                reading.error = read.error ? read.error : people.error;
                if (reading.error)
                    return reading;
                reading.histories = std::make_shared<const QList<IncidentHistory>>(std::move(read.value));
                reading.names.clear();
                for (const Person &person : people.value)
                    reading.names.insert(person.id, person.name);
            }
            reading.report = computeMetrics(*reading.histories, filter);
            reading.services = servicesOf(*reading.histories);
            return reading;
        },
        [this](const MetricsReading &reading) {
            setBusy(false);
            if (reading.error) {
                m_stale = true;
                m_problem = reading.error.message;
                emit filterChanged();
            } else {
                m_histories = reading.histories;
                m_names = reading.names;
                show(reading.report, reading.services, reading.names);
            }
            if (m_again) {
                m_again = false;
                recompute();
            }
        });
}

void MetricsDesk::show(const MetricsReport &report, const QStringList &services,
                       const QHash<QString, QString> &names)
{
    m_report = report;
    m_services = services;
    const QLocale locale;
    QList<MetricsTableRow> detect, acknowledge, repair, repairFromImpact, perPeriod;
    for (qsizetype i = 0; i < report.periods.size(); ++i) {
        const PeriodMetrics &period = report.periods.at(i);
        const QDate day = QDateTime::fromMSecsSinceEpoch(period.startMs, Qt::UTC).date();
        const QString label = byMonth() ? locale.toString(day, QStringLiteral("MMM yyyy"))
                                        : locale.toString(day, QStringLiteral("d MMM"));
        const QString shortLabel = byMonth() ? locale.toString(day, QStringLiteral("MM/yy"))
                                             : locale.toString(day, QStringLiteral("d/M"));
        const auto point = [&](QList<MetricsTableRow> &into, const DurationStats &stats) {
            if (stats.count > 0)
                into.append({label, {double(i), minutes(stats.meanMs)}, shortLabel});
        };
        point(detect, period.times.detect);
        point(acknowledge, period.times.acknowledge);
        point(repair, period.times.repairFromAck);
        point(repairFromImpact, period.times.repairFromImpact);
        perPeriod.append({label,
                          {double(period.incidents[0]), double(period.incidents[1]),
                           double(period.incidents[2]), double(period.incidents[3])},
                          shortLabel});
    }
    m_detect->setRows(detect);
    m_acknowledge->setRows(acknowledge);
    m_repair->setRows(repair);
    m_repairFromImpact->setRows(repairFromImpact);
    m_perPeriod->setRows(perPeriod);

    QList<MetricsTableRow> bySeverity;
    for (int i = 0; i < severityCount; ++i) {
        const ResponseTimes &t = report.bySeverity[size_t(i)];
        const int count = std::max({t.detect.count, t.acknowledge.count, t.repairFromAck.count});
        bySeverity.append({QStringLiteral("SEV%1 (%2)").arg(i + 1).arg(count),
                           {minutes(t.detect.meanMs), minutes(t.acknowledge.meanMs),
                            minutes(t.repairFromAck.meanMs), minutes(t.repairFromImpact.meanMs)},
                           {}});
    }
    m_bySeverity->setRows(bySeverity);

    // Horizontal bars draw their first row at the bottom: rows go in smallest first.
    QList<MetricsTableRow> mtbf;
    for (const ServiceMetrics &service : report.services) {
        if (service.betweenFailures.count > 0)
            mtbf.append({QStringLiteral("%1 (%2)").arg(service.service).arg(service.incidents),
                         {hours(service.betweenFailures.meanMs)},
                         {}});
    }
    std::stable_sort(mtbf.begin(), mtbf.end(),
                     [](const auto &a, const auto &b) { return a.values[0] < b.values[0]; });
    m_betweenFailures->setRows(mtbf);

    QList<MetricsTableRow> people;
    for (const PersonRoleTime &person : report.people.mid(0, maxPeople)) {
        MetricsTableRow row {names.value(person.personId, tr("(unknown)")), {}, {}};
        for (qint64 ms : person.msByRole)
            row.values.append(hours(double(ms)));
        people.prepend(row);
    }
    m_roleTime->setRows(people);

    QList<MetricsTableRow> steps;
    for (const StepMetrics &step : report.steps.mid(0, maxSteps)) {
        QString label = QStringLiteral("%1 · %2. %3").arg(step.runbook).arg(step.index + 1).arg(step.step);
        if (label.size() > 56)
            label = label.left(55) + u'…';
        steps.prepend({label, {minutes(step.duration.medianMs)}, {}});
    }
    m_steps->setRows(steps);
    emit reportChanged();
}

QString MetricsDesk::summary() const
{
    // Counts after a colon: no plural forms to get wrong in any language.
    QStringList parts {tr("Incidents: %1").arg(m_report.incidents)};
    if (m_report.drillsExcluded > 0)
        parts << tr("drills left out: %1").arg(m_report.drillsExcluded);
    if (m_report.unresolved > 0)
        parts << tr("not resolved yet: %1").arg(m_report.unresolved);
    return parts.join(QStringLiteral(" · "));
}

QVariantList MetricsDesk::headline() const
{
    const auto figure = [](const QString &name, const QString &what, const DurationStats &stats) {
        return QVariantMap {
            {QStringLiteral("name"), name},
            {QStringLiteral("what"), what},
            {QStringLiteral("value"), stats.count ? Format::duration(stats.meanMs) : QStringLiteral("—")},
            {QStringLiteral("detail"),
             stats.count
                 ? tr("median %1 · measured: %2").arg(Format::duration(stats.medianMs)).arg(stats.count)
                 : tr("nothing to measure")},
        };
    };
    const ResponseTimes &t = m_report.overall;
    return {figure(QStringLiteral("MTTD"), tr("to detect"), t.detect),
            figure(QStringLiteral("MTTA"), tr("to acknowledge"), t.acknowledge),
            figure(QStringLiteral("MTTR"), tr("to resolve, from acknowledgement"), t.repairFromAck),
            figure(QStringLiteral("MTTR"), tr("to resolve, from impact start"), t.repairFromImpact)};
}

QStringList MetricsDesk::servicesWithoutMtbf() const
{
    QStringList out;
    for (const ServiceMetrics &service : m_report.services) {
        if (service.betweenFailures.count == 0)
            out.append(service.service);
    }
    return out;
}

QString MetricsDesk::withoutMtbfNote() const
{
    constexpr int named = 5;
    const QStringList all = servicesWithoutMtbf();
    if (all.size() <= named + 1)
        return all.join(QStringLiteral(", "));
    return tr("%1 and %2 more").arg(all.mid(0, named).join(QStringLiteral(", "))).arg(all.size() - named);
}

QString MetricsDesk::suggestedFileName(const QString &chart) const
{
    const auto which = metricsChartFromName(chart);
    return which ? metricsCsvFileName(*which) : QString();
}

QString MetricsDesk::exportCsv(const QString &chart, const QUrl &file) const
{
    const auto which = metricsChartFromName(chart);
    if (!which)
        return tr("There is no chart called “%1”.").arg(chart.left(40));
    if (!file.isLocalFile())
        return tr("Choose a file on this computer.");
    QSaveFile out(file.toLocalFile());
    if (!out.open(QIODevice::WriteOnly))
        return tr("Cannot write %1: %2").arg(file.toLocalFile(), out.errorString());
    out.write(metricsCsv(m_report, *which, m_names));
    if (!out.commit())
        return tr("Cannot write %1: %2").arg(file.toLocalFile(), out.errorString());
    return {};
}

QUrl MetricsDesk::defaultFolder() const
{
    return QUrl::fromLocalFile(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
}

void MetricsDesk::setBusy(bool busy)
{
    if (busy != m_busy) {
        m_busy = busy;
        emit busyChanged();
    }
}

} // namespace muster
