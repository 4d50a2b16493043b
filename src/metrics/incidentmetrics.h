// SPDX-License-Identifier: GPL-3.0-or-later
// The incident metrics, as pure functions of incident histories and a filter: MTTD, MTTA, MTTR
// (from acknowledgement and from impact start) over time and by severity, incidents per period
// by severity, MTBF per service, time in incident roles per person, and how long runbook steps
// take. The definitions users see are in docs/metrics.md and next to every chart; drills never
// count.
#pragma once
#include "core/incidenthistory.h"

#include <QDateTime>
#include <array>
#include <optional>

namespace muster {

enum class Granularity
{
    Week, // ISO weeks, Monday 00:00 UTC
    Month // calendar months, UTC
};

struct MetricsFilter
{
    qint64 fromMs = 0; // inclusive: incidents detected at or after
    qint64 toMs = 0; // exclusive: and before this
    QString service; // empty: every service
    Granularity granularity = Granularity::Week;
    qint64 nowMs = 0; // where spans of incidents still open end
    std::optional<Severity> severity; // empty: every severity
};

// A set of durations: how many, their mean and median. count == 0 means "no value", never 0 ms.
struct DurationStats
{
    int count = 0;
    double meanMs = 0;
    double medianMs = 0;
    static DurationStats of(QList<qint64> durations);
    friend bool operator==(const DurationStats &, const DurationStats &) = default;
};

struct ResponseTimes
{
    DurationStats detect; // MTTD: detected − impact started
    DurationStats acknowledge; // MTTA: acknowledged − detected
    DurationStats repairFromAck; // MTTR: resolved − acknowledged
    DurationStats repairFromImpact; // MTTR: resolved − impact started
};

inline constexpr int severityCount = 4;

struct PeriodMetrics
{
    qint64 startMs = 0; // the first millisecond of the week or month (UTC)
    std::array<int, severityCount> incidents {}; // by severity, SEV1 first
    ResponseTimes times;
    int total() const;
};

struct ServiceMetrics
{
    QString service;
    int incidents = 0;
    // MTBF: from one incident's resolution to the next one's start on the same service.
    DurationStats betweenFailures;
};

inline constexpr int roleCount = 5;

struct PersonRoleTime
{
    QString personId;
    std::array<qint64, roleCount> msByRole {}; // in the order of allRoles
    qint64 totalMs() const;
};

struct StepMetrics
{
    QString runbook;
    int index = 0;
    QString step;
    DurationStats duration;
};

struct MetricsReport
{
    int incidents = 0; // counted: in range, on the service, not drills
    int drillsExcluded = 0; // drills in range on the service, left out
    int unresolved = 0; // counted incidents with no Resolved milestone (no MTTR yet)
    ResponseTimes overall;
    std::array<ResponseTimes, severityCount> bySeverity;
    QList<PeriodMetrics> periods; // every period of the range in order, empty ones included
    QList<ServiceMetrics> services; // by service name
    QList<PersonRoleTime> people; // most time first
    QList<StepMetrics> steps; // slowest median first
};

MetricsReport computeMetrics(const QList<IncidentHistory> &incidents, const MetricsFilter &filter);

// The start of the week or month holding msSinceEpoch (UTC), and the start of the next one.
qint64 periodStart(qint64 msSinceEpoch, Granularity granularity);
qint64 nextPeriodStart(qint64 periodStartMs, Granularity granularity);
// More periods than this are not listed (the range is cut at the end).
inline constexpr int maxPeriods = 520;

// Every service named by an incident (drills too: a filter should offer them), sorted.
QStringList servicesOf(const QList<IncidentHistory> &incidents);

} // namespace muster
