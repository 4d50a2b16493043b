// SPDX-License-Identifier: GPL-3.0-or-later
// The numbers behind every metrics chart as CSV (RFC 4180: comma-separated, CRLF line ends,
// quoted where needed, UTF-8). Durations are in minutes with two decimals; an empty cell means
// "no value" (nothing to measure), never zero. Text that a spreadsheet would run as a formula
// (=, +, -, @ first) is prefixed with an apostrophe.
#pragma once
#include "incidentmetrics.h"

#include <QByteArray>
#include <QHash>

namespace muster {

enum class MetricsChart
{
    ResponseOverTime, // MTTD/MTTA/MTTR per week or month
    ResponseBySeverity, // the same by severity
    IncidentsPerPeriod, // incidents per week or month, by severity
    BetweenFailures, // MTBF per service
    RoleTime, // hours in incident roles per person
    RunbookSteps // median time to complete runbook steps
};

// names: person id → display name (ids without a name are written as they are).
QByteArray metricsCsv(const MetricsReport &report, MetricsChart chart,
                      const QHash<QString, QString> &names = {});
// The charts' names, as the desktop and musterctl take them: "response-over-time",
// "by-severity", "incidents-per-period", "mtbf", "role-time", "runbook-steps".
std::optional<MetricsChart> metricsChartFromName(QStringView name);
QStringList metricsChartNames();
// A file name for the chart's CSV, e.g. "muster-mtbf-by-service.csv".
QString metricsCsvFileName(MetricsChart chart);

// One CSV cell: quoted when it holds a comma, quote, CR or LF; formula-like text defused.
QString csvCell(const QString &text);

} // namespace muster
