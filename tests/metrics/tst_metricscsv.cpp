// SPDX-License-Identifier: GPL-3.0-or-later
// The CSV behind the charts: header, units, empty cells for "no value", quoting, formulas defused.
#include "metrics/metricscsv.h"

#include <QTest>

using namespace muster;

namespace {
qint64 at(const char *isoUtc)
{
    QDateTime t = QDateTime::fromString(QString::fromLatin1(isoUtc), Qt::ISODate);
    t.setTimeSpec(Qt::UTC);
    return t.toMSecsSinceEpoch();
}

MetricsReport report()
{
    IncidentHistory a;
    a.id = QStringLiteral("A");
    a.severity = Severity::Sev2;
    a.services = {QStringLiteral("checkout, EU"), QStringLiteral("=HYPERLINK(\"x\")")};
    a.milestones = {{Milestone::Detected, at("2026-11-03T10:00:00")},
                    {Milestone::Acknowledged, at("2026-11-03T10:04:30")},
                    {Milestone::Resolved, at("2026-11-03T11:00:00")}};
    a.roles = {
        {Role::OperationsLead, QStringLiteral("p1"), at("2026-11-03T10:00:00"), at("2026-11-03T11:30:00")}};
    a.steps = {{QStringLiteral("Roll\nback"), 0, QStringLiteral("Say \"hi\""), at("2026-11-03T10:00:00"),
                at("2026-11-03T10:10:00")}};
    return computeMetrics({a},
                          {at("2026-11-02T00:00:00"),
                           at("2026-11-16T00:00:00"),
                           {},
                           Granularity::Week,
                           at("2026-11-20T00:00:00")});
}

QStringList lines(const QByteArray &csv)
{
    QStringList out = QString::fromUtf8(csv).split(QStringLiteral("\r\n"));
    if (!out.isEmpty() && out.last().isEmpty())
        out.removeLast();
    return out;
}
} // namespace

class TestMetricsCsv : public QObject
{
    Q_OBJECT

private slots:
    void responseTimesPerPeriod()
    {
        const QStringList l = lines(metricsCsv(report(), MetricsChart::ResponseOverTime));
        QCOMPARE(l.size(), 3); // header, two weeks
        QVERIFY(l.at(0).startsWith(QStringLiteral("period_start,incidents,mttd_count,mttd_mean_minutes,")));
        // no impact start: MTTD count 0 and empty; MTTA 4.5 min; MTTR 55.5 min; no MTTR from impact
        QCOMPARE(l.at(1), QStringLiteral("2026-11-02,1,0,,,1,4.50,4.50,1,55.50,55.50,0,,"));
        QCOMPARE(l.at(2), QStringLiteral("2026-11-09,0,0,,,0,,,0,,,0,,"));
    }

    void bySeverityHasEveryLevel()
    {
        const QStringList l = lines(metricsCsv(report(), MetricsChart::ResponseBySeverity));
        QCOMPARE(l.size(), 5);
        QVERIFY(l.at(2).startsWith(QStringLiteral("SEV2,0,,,1,4.50,")));
    }

    void incidentsPerPeriod()
    {
        const QStringList l = lines(metricsCsv(report(), MetricsChart::IncidentsPerPeriod));
        QCOMPARE(l.at(0), QStringLiteral("period_start,sev1,sev2,sev3,sev4,total"));
        QCOMPARE(l.at(1), QStringLiteral("2026-11-02,0,1,0,0,1"));
    }

    void textIsQuotedAndFormulasDefused()
    {
        const QStringList l = lines(metricsCsv(report(), MetricsChart::BetweenFailures));
        QCOMPARE(l.at(0), QStringLiteral("service,incidents,gaps,mtbf_mean_hours,mtbf_median_hours"));
        QVERIFY(l.contains(QStringLiteral("\"'=HYPERLINK(\"\"x\"\")\",1,0,,")));
        QVERIFY(l.contains(QStringLiteral("\"checkout, EU\",1,0,,")));
    }

    void roleTimeUsesNames()
    {
        const QStringList l = lines(metricsCsv(report(), MetricsChart::RoleTime,
                                               {{QStringLiteral("p1"), QStringLiteral("Ana Lima")}}));
        QCOMPARE(
            l.at(0),
            QStringLiteral("person,ic_hours,deputy_hours,comms_hours,ops_hours,scribe_hours,total_hours"));
        QCOMPARE(l.at(1), QStringLiteral("Ana Lima,0.00,0.00,0.00,1.50,0.00,1.50"));
    }

    void runbookStepsKeepNewlinesInsideQuotes()
    {
        const QByteArray csv = metricsCsv(report(), MetricsChart::RunbookSteps);
        QVERIFY(csv.contains("\"Roll\nback\",1,\"Say \"\"hi\"\"\",1,10.00,10.00\r\n"));
    }

    void cells()
    {
        QCOMPARE(csvCell(QStringLiteral("plain")), QStringLiteral("plain"));
        QCOMPARE(csvCell(QStringLiteral("-1")), QStringLiteral("'-1"));
        QCOMPARE(csvCell(QStringLiteral("@SUM(A1)")), QStringLiteral("'@SUM(A1)"));
        QCOMPARE(csvCell(QStringLiteral("Zoë, née")), QStringLiteral("\"Zoë, née\""));
        QCOMPARE(csvCell(QString()), QString());
    }

    void fileNames()
    {
        for (const QString &name : metricsChartNames())
            QVERIFY(metricsCsvFileName(*metricsChartFromName(name)).endsWith(QStringLiteral(".csv")));
        QCOMPARE(metricsChartNames().size(), 6);
        QVERIFY(!metricsChartFromName(u"pie"));
        QCOMPARE(metricsCsvFileName(MetricsChart::BetweenFailures),
                 QStringLiteral("muster-mtbf-by-service.csv"));
    }
};

QTEST_GUILESS_MAIN(TestMetricsCsv)
#include "tst_metricscsv.moc"
