// SPDX-License-Identifier: GPL-3.0-or-later
#include "incidentmetrics.h"

#include <QSet>
#include <algorithm>

namespace muster {

DurationStats DurationStats::of(QList<qint64> durations)
{
    DurationStats stats;
    stats.count = int(durations.size());
    if (durations.isEmpty())
        return stats;
    std::sort(durations.begin(), durations.end());
    double sum = 0;
    for (qint64 d : std::as_const(durations))
        sum += double(d);
    stats.meanMs = sum / double(durations.size());
    const qsizetype middle = durations.size() / 2;
    stats.medianMs = durations.size() % 2
        ? double(durations.at(middle))
        : (double(durations.at(middle - 1)) + double(durations.at(middle))) / 2;
    return stats;
}

int PeriodMetrics::total() const
{
    int sum = 0;
    for (int n : incidents)
        sum += n;
    return sum;
}

qint64 PersonRoleTime::totalMs() const
{
    qint64 sum = 0;
    for (qint64 ms : msByRole)
        sum += ms;
    return sum;
}

qint64 periodStart(qint64 msSinceEpoch, Granularity granularity)
{
    const QDate date = QDateTime::fromMSecsSinceEpoch(msSinceEpoch, Qt::UTC).date();
    const QDate first = granularity == Granularity::Week ? date.addDays(1 - date.dayOfWeek())
                                                         : QDate(date.year(), date.month(), 1);
    return QDateTime(first, QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
}

qint64 nextPeriodStart(qint64 periodStartMs, Granularity granularity)
{
    const QDateTime start = QDateTime::fromMSecsSinceEpoch(periodStartMs, Qt::UTC);
    return (granularity == Granularity::Week ? start.addDays(7) : start.addMonths(1)).toMSecsSinceEpoch();
}

QStringList servicesOf(const QList<IncidentHistory> &incidents)
{
    QSet<QString> all;
    for (const IncidentHistory &incident : incidents) {
        for (const QString &service : incident.services)
            all.insert(service);
    }
    QStringList sorted(all.cbegin(), all.cend());
    sorted.sort(Qt::CaseInsensitive);
    return sorted;
}

namespace {

// The time an incident is counted at: when it was detected.
qint64 countedAt(const IncidentHistory &incident)
{
    const qint64 detected = incident.at(Milestone::Detected);
    return detected > 0 ? detected : incident.startMs();
}

int severityIndex(Severity severity)
{
    return std::clamp(int(severity) - 1, 0, severityCount - 1);
}

// The four durations of one incident; a pair whose later end comes first is left out.
struct Durations
{
    QList<qint64> detect, acknowledge, repairFromAck, repairFromImpact;

    void add(const IncidentHistory &incident)
    {
        const qint64 impact = incident.at(Milestone::ImpactStarted);
        const qint64 detected = incident.at(Milestone::Detected);
        const qint64 acknowledged = incident.at(Milestone::Acknowledged);
        const qint64 resolved = incident.at(Milestone::Resolved);
        const auto between = [](QList<qint64> &into, qint64 from, qint64 to) {
            if (from > 0 && to > 0 && to >= from)
                into.append(to - from);
        };
        between(detect, impact, detected);
        between(acknowledge, detected, acknowledged);
        between(repairFromAck, acknowledged, resolved);
        between(repairFromImpact, impact, resolved);
    }

    ResponseTimes stats() const
    {
        return {DurationStats::of(detect), DurationStats::of(acknowledge), DurationStats::of(repairFromAck),
                DurationStats::of(repairFromImpact)};
    }
};

int roleIndex(Role role)
{
    const auto it = std::find(allRoles.begin(), allRoles.end(), role);
    return int(it - allRoles.begin());
}

QList<ServiceMetrics> serviceMetrics(const QList<const IncidentHistory *> &counted)
{
    QMap<QString, QList<const IncidentHistory *>> byService;
    for (const IncidentHistory *incident : counted) {
        for (const QString &service : incident->services)
            byService[service].append(incident);
    }
    QList<ServiceMetrics> out;
    for (auto it = byService.begin(); it != byService.end(); ++it) {
        QList<const IncidentHistory *> &list = it.value();
        std::sort(list.begin(), list.end(), [](const IncidentHistory *a, const IncidentHistory *b) {
            return a->startMs() < b->startMs();
        });
        QList<qint64> gaps;
        for (qsizetype i = 1; i < list.size(); ++i) {
            const qint64 resolved = list.at(i - 1)->at(Milestone::Resolved);
            if (resolved > 0)
                gaps.append(std::max<qint64>(0, list.at(i)->startMs() - resolved)); // overlapping: 0
        }
        out.append({it.key(), int(list.size()), DurationStats::of(gaps)});
    }
    return out;
}

QList<PersonRoleTime> roleTimes(const QList<const IncidentHistory *> &counted, qint64 nowMs)
{
    QMap<QString, PersonRoleTime> byPerson;
    for (const IncidentHistory *incident : counted) {
        for (const RoleSpan &span : incident->roles) {
            const qint64 end = span.toMs > 0 ? span.toMs : nowMs;
            if (end <= span.fromMs)
                continue;
            PersonRoleTime &person = byPerson[span.personId];
            person.personId = span.personId;
            person.msByRole[size_t(roleIndex(span.role))] += end - span.fromMs;
        }
    }
    QList<PersonRoleTime> out = byPerson.values();
    std::stable_sort(out.begin(), out.end(), [](const PersonRoleTime &a, const PersonRoleTime &b) {
        return a.totalMs() > b.totalMs();
    });
    return out;
}

QList<StepMetrics> stepMetrics(const QList<const IncidentHistory *> &counted)
{
    QMap<std::tuple<QString, int, QString>, QList<qint64>> byStep;
    for (const IncidentHistory *incident : counted) {
        for (const StepRun &run : incident->steps)
            byStep[{run.runbook, run.index, run.step}].append(run.doneMs - run.startedMs);
    }
    QList<StepMetrics> out;
    for (auto it = byStep.cbegin(); it != byStep.cend(); ++it) {
        const auto &[runbook, index, step] = it.key();
        out.append({runbook, index, step, DurationStats::of(it.value())});
    }
    std::stable_sort(out.begin(), out.end(), [](const StepMetrics &a, const StepMetrics &b) {
        return a.duration.medianMs > b.duration.medianMs;
    });
    return out;
}

} // namespace

MetricsReport computeMetrics(const QList<IncidentHistory> &incidents, const MetricsFilter &filter)
{
    MetricsReport report;
    QList<const IncidentHistory *> counted;
    for (const IncidentHistory &incident : incidents) {
        const qint64 at = countedAt(incident);
        if (at <= 0 || at < filter.fromMs || (filter.toMs > 0 && at >= filter.toMs))
            continue;
        if (!filter.service.isEmpty() && !incident.services.contains(filter.service))
            continue;
        if (filter.severity && incident.severity != *filter.severity)
            continue;
        if (incident.drill) {
            ++report.drillsExcluded;
            continue;
        }
        counted.append(&incident);
    }
    report.incidents = int(counted.size());

    Durations all;
    std::array<Durations, severityCount> bySeverity;
    qint64 first = filter.fromMs, last = filter.toMs;
    for (const IncidentHistory *incident : std::as_const(counted)) {
        all.add(*incident);
        bySeverity[size_t(severityIndex(incident->severity))].add(*incident);
        if (incident->at(Milestone::Resolved) == 0)
            ++report.unresolved;
        const qint64 at = countedAt(*incident);
        if (filter.fromMs <= 0)
            first = first <= 0 ? at : std::min(first, at);
        if (filter.toMs <= 0)
            last = std::max(last, at + 1);
    }
    report.overall = all.stats();
    for (int i = 0; i < severityCount; ++i)
        report.bySeverity[size_t(i)] = bySeverity[size_t(i)].stats();

    if (first > 0 && last > first) {
        QList<Durations> periodDurations;
        for (qint64 start = periodStart(first, filter.granularity);
             start < last && report.periods.size() < maxPeriods;
             start = nextPeriodStart(start, filter.granularity)) {
            report.periods.append(PeriodMetrics {start, {}, {}});
            periodDurations.append(Durations {});
        }
        for (const IncidentHistory *incident : std::as_const(counted)) {
            const qint64 start = periodStart(countedAt(*incident), filter.granularity);
            const auto it = std::lower_bound(report.periods.begin(), report.periods.end(), start,
                                             [](const PeriodMetrics &p, qint64 s) { return p.startMs < s; });
            if (it == report.periods.end() || it->startMs != start)
                continue; // beyond the periods listed
            ++it->incidents[size_t(severityIndex(incident->severity))];
            periodDurations[it - report.periods.begin()].add(*incident);
        }
        for (qsizetype i = 0; i < report.periods.size(); ++i)
            report.periods[i].times = periodDurations.at(i).stats();
    }
    report.services = serviceMetrics(counted);
    report.people = roleTimes(counted, filter.nowMs);
    report.steps = stepMetrics(counted);
    return report;
}

} // namespace muster
