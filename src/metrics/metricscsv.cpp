// SPDX-License-Identifier: GPL-3.0-or-later
#include "metricscsv.h"

#include <QDateTime>

namespace muster {

QString csvCell(const QString &text)
{
    QString cell = text;
    if (!cell.isEmpty() && QStringLiteral("=+-@\t\r").contains(cell.front()))
        cell.prepend(u'\'');
    if (cell.contains(u',') || cell.contains(u'"') || cell.contains(u'\n') || cell.contains(u'\r')) {
        cell.replace(QStringLiteral("\""), QStringLiteral("\"\""));
        cell = u'"' + cell + u'"';
    }
    return cell;
}

namespace {

QString minutes(double ms)
{
    return QString::number(ms / 60000.0, 'f', 2);
}

// count, mean, median: the mean and median empty when there is nothing to measure.
QStringList statsCells(const DurationStats &stats)
{
    if (stats.count == 0)
        return {QStringLiteral("0"), QString(), QString()};
    return {QString::number(stats.count), minutes(stats.meanMs), minutes(stats.medianMs)};
}

QStringList responseHeader()
{
    QStringList header;
    for (const char *name : {"mttd", "mtta", "mttr_from_ack", "mttr_from_impact"}) {
        const QString n = QString::fromLatin1(name);
        header << n + QStringLiteral("_count") << n + QStringLiteral("_mean_minutes")
               << n + QStringLiteral("_median_minutes");
    }
    return header;
}

QStringList responseCells(const ResponseTimes &times)
{
    return statsCells(times.detect) + statsCells(times.acknowledge) + statsCells(times.repairFromAck)
        + statsCells(times.repairFromImpact);
}

QString isoDate(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).date().toString(Qt::ISODate);
}

class Csv
{
public:
    void row(const QStringList &cells)
    {
        QStringList quoted;
        quoted.reserve(cells.size());
        for (const QString &cell : cells)
            quoted.append(csvCell(cell));
        m_text += quoted.join(u',') + QStringLiteral("\r\n");
    }
    QByteArray bytes() const { return m_text.toUtf8(); }

private:
    QString m_text;
};

} // namespace

QByteArray metricsCsv(const MetricsReport &report, MetricsChart chart, const QHash<QString, QString> &names)
{
    Csv csv;
    switch (chart) {
    case MetricsChart::ResponseOverTime:
        csv.row(QStringList {QStringLiteral("period_start"), QStringLiteral("incidents")} + responseHeader());
        for (const PeriodMetrics &period : report.periods)
            csv.row(QStringList {isoDate(period.startMs), QString::number(period.total())}
                    + responseCells(period.times));
        break;
    case MetricsChart::ResponseBySeverity:
        csv.row(QStringList {QStringLiteral("severity")} + responseHeader());
        for (int i = 0; i < severityCount; ++i)
            csv.row(QStringList {QStringLiteral("SEV%1").arg(i + 1)}
                    + responseCells(report.bySeverity[size_t(i)]));
        break;
    case MetricsChart::IncidentsPerPeriod:
        csv.row({QStringLiteral("period_start"), QStringLiteral("sev1"), QStringLiteral("sev2"),
                 QStringLiteral("sev3"), QStringLiteral("sev4"), QStringLiteral("total")});
        for (const PeriodMetrics &period : report.periods) {
            QStringList cells {isoDate(period.startMs)};
            for (int n : period.incidents)
                cells << QString::number(n);
            csv.row(cells << QString::number(period.total()));
        }
        break;
    case MetricsChart::BetweenFailures:
        csv.row({QStringLiteral("service"), QStringLiteral("incidents"), QStringLiteral("gaps"),
                 QStringLiteral("mtbf_mean_hours"), QStringLiteral("mtbf_median_hours")});
        for (const ServiceMetrics &service : report.services) {
            const DurationStats &gaps = service.betweenFailures;
            const auto hours = [](double ms) { return QString::number(ms / 3600000.0, 'f', 2); };
            csv.row({service.service, QString::number(service.incidents), QString::number(gaps.count),
                     gaps.count ? hours(gaps.meanMs) : QString(),
                     gaps.count ? hours(gaps.medianMs) : QString()});
        }
        break;
    case MetricsChart::RoleTime: {
        QStringList header {QStringLiteral("person")};
        for (Role role : allRoles)
            header << roleName(role) + QStringLiteral("_hours");
        csv.row(header << QStringLiteral("total_hours"));
        const auto hours = [](qint64 ms) { return QString::number(double(ms) / 3600000.0, 'f', 2); };
        for (const PersonRoleTime &person : report.people) {
            QStringList cells {names.value(person.personId, person.personId)};
            for (qint64 ms : person.msByRole)
                cells << hours(ms);
            csv.row(cells << hours(person.totalMs()));
        }
        break;
    }
    case MetricsChart::RunbookSteps:
        csv.row({QStringLiteral("runbook"), QStringLiteral("step_number"), QStringLiteral("step"),
                 QStringLiteral("times_done"), QStringLiteral("mean_minutes"),
                 QStringLiteral("median_minutes")});
        for (const StepMetrics &step : report.steps)
            csv.row(QStringList {step.runbook, QString::number(step.index + 1), step.step}
                    + statsCells(step.duration).mid(0, 3));
        break;
    }
    return csv.bytes();
}

namespace {
const QList<std::pair<QString, MetricsChart>> &chartNames()
{
    static const QList<std::pair<QString, MetricsChart>> names {
        {QStringLiteral("response-over-time"), MetricsChart::ResponseOverTime},
        {QStringLiteral("by-severity"), MetricsChart::ResponseBySeverity},
        {QStringLiteral("incidents-per-period"), MetricsChart::IncidentsPerPeriod},
        {QStringLiteral("mtbf"), MetricsChart::BetweenFailures},
        {QStringLiteral("role-time"), MetricsChart::RoleTime},
        {QStringLiteral("runbook-steps"), MetricsChart::RunbookSteps},
    };
    return names;
}
} // namespace

std::optional<MetricsChart> metricsChartFromName(QStringView name)
{
    for (const auto &[n, chart] : chartNames()) {
        if (n == name)
            return chart;
    }
    return std::nullopt;
}

QStringList metricsChartNames()
{
    QStringList out;
    for (const auto &entry : chartNames())
        out.append(entry.first);
    return out;
}

QString metricsCsvFileName(MetricsChart chart)
{
    switch (chart) {
    case MetricsChart::ResponseOverTime:
        return QStringLiteral("muster-response-times.csv");
    case MetricsChart::ResponseBySeverity:
        return QStringLiteral("muster-response-times-by-severity.csv");
    case MetricsChart::IncidentsPerPeriod:
        return QStringLiteral("muster-incidents-per-period.csv");
    case MetricsChart::BetweenFailures:
        return QStringLiteral("muster-mtbf-by-service.csv");
    case MetricsChart::RoleTime:
        return QStringLiteral("muster-role-time.csv");
    case MetricsChart::RunbookSteps:
        return QStringLiteral("muster-runbook-steps.csv");
    }
    return QStringLiteral("muster-metrics.csv");
}

} // namespace muster
