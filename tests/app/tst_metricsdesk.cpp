// SPDX-License-Identifier: GPL-3.0-or-later
// The metrics screen's backend in a running app (real SQLite, the demo's twelve weeks of
// history): the report follows the filters, drills stay out, bad dates are refused with a
// reason, the chart tables add up, and CSV export writes what the charts show.
#include "apptesting.h"
#include "core/changes.h"
#include "core/ids.h"
#include "metricsdesk.h"

#include <QFile>
#include <QSignalSpy>
#include <QTest>

using namespace muster;

class TestMetricsDesk : public QObject
{
    Q_OBJECT

    std::unique_ptr<testing::StartedApp> m_app;
    MetricsDesk *desk() { return (*m_app)->metrics(); }

    bool computed()
    {
        QSignalSpy report(desk(), &MetricsDesk::reportChanged);
        return report.wait(10'000) && QTest::qWaitFor([this] { return !desk()->busy(); });
    }

private Q_SLOTS:
    void init()
    {
        m_app = std::make_unique<testing::StartedApp>(true);
        QVERIFY(m_app->settle());
    }
    void cleanup() { m_app.reset(); }

    void computesWhileShowingOnly()
    {
        QCOMPARE(desk()->incidents(), 0); // nothing read yet
        QSignalSpy report(desk(), &MetricsDesk::reportChanged);
        desk()->setLastWeeks(13);
        QVERIFY(!report.wait(300)); // not showing: no work
        desk()->setActive(true);
        QVERIFY(report.wait(10'000));
        QVERIFY(desk()->incidents() >= 15);
        QVERIFY(desk()->summary().contains(QStringLiteral("drill")));
        QVERIFY(desk()->report().drillsExcluded >= 2); // the open GameDay and the payments one
        QVERIFY(desk()->services().contains(QStringLiteral("checkout")));
    }

    void tablesAddUpToTheReport()
    {
        desk()->setActive(true);
        QVERIFY(computed());
        const MetricsReport &r = desk()->report();
        QCOMPARE(desk()->incidentsPerPeriod()->count(), 12); // the default: twelve weeks
        double total = 0;
        for (const MetricsTableRow &row : desk()->incidentsPerPeriod()->rows()) {
            for (double n : row.values)
                total += n;
        }
        QCOMPARE(int(total), r.incidents);
        QCOMPARE(desk()->bySeverity()->count(), 4);
        QVERIFY(desk()->bySeverity()->labels().first().startsWith(QStringLiteral("SEV1 (")));
        QVERIFY(desk()->detectOverTime()->count() > 0);
        QVERIFY(desk()->roleTime()->count() >= 5);
        QVERIFY(desk()->runbookSteps()->count() > 0);
        QVERIFY(desk()->betweenFailures()->count() > 0);
        // Horizontal bars list the largest last (it is drawn at the top).
        const auto &mtbf = desk()->betweenFailures()->rows();
        QVERIFY(mtbf.first().values.first() <= mtbf.last().values.first());
        const QVariantList headline = desk()->headline();
        QCOMPARE(headline.size(), 4);
        QCOMPARE(headline.at(1).toMap().value(QStringLiteral("name")).toString(), QStringLiteral("MTTA"));
        QVERIFY(headline.at(1).toMap().value(QStringLiteral("value")).toString() != QStringLiteral("—"));
    }

    void filtersNarrowTheReport()
    {
        desk()->setActive(true);
        QVERIFY(computed());
        const int all = desk()->incidents();
        desk()->setService(QStringLiteral("payments"));
        QVERIFY(computed());
        QVERIFY(desk()->incidents() > 0);
        QVERIFY(desk()->incidents() < all);
        QCOMPARE(desk()->service(), QStringLiteral("payments"));
        desk()->setService(QString());
        QVERIFY(computed());
        QCOMPARE(desk()->incidents(), all);

        desk()->setSeverity(1);
        QVERIFY(computed());
        QCOMPARE(desk()->severity(), 1);
        QVERIFY(desk()->incidents() > 0 && desk()->incidents() < all);
        QCOMPARE(desk()->bySeverity()->rows().at(1).label, QStringLiteral("SEV2 (0)"));
        desk()->setSeverity(0);
        QVERIFY(computed());
        QCOMPARE(desk()->incidents(), all);

        desk()->setByMonth(true);
        QVERIFY(computed());
        QVERIFY(desk()->incidentsPerPeriod()->count() >= 3 && desk()->incidentsPerPeriod()->count() <= 4);

        // A range with nothing in it: every chart empty, nothing invented.
        desk()->setRange(QStringLiteral("2001-01-01"), QStringLiteral("2001-01-31"));
        QVERIFY(computed());
        QCOMPARE(desk()->incidents(), 0);
        QCOMPARE(desk()->headline().first().toMap().value(QStringLiteral("value")).toString(),
                 QStringLiteral("—"));
        QCOMPARE(desk()->roleTime()->count(), 0);
    }

    void badDatesAreRefusedWithAReason()
    {
        desk()->setActive(true);
        QVERIFY(computed());
        desk()->setRange(QStringLiteral("2026-13-01"), QStringLiteral("2026-11-30"));
        QVERIFY(desk()->problem().contains(QStringLiteral("2026-13-01")));
        desk()->setRange(QStringLiteral("2026-11-30"), QStringLiteral("2026-11-01"));
        QVERIFY(!desk()->problem().isEmpty());
        QCOMPARE(desk()->fromDate(), QStringLiteral("2026-11-30")); // what was typed stays
        desk()->setRange(QStringLiteral("2026-11-01"), QStringLiteral("2026-11-30"));
        QVERIFY(desk()->problem().isEmpty());
    }

    void newIncidentsShowUpWhileShowing()
    {
        desk()->setActive(true);
        QVERIFY(computed());
        const int before = desk()->incidents();
        Declaration d;
        d.title = QStringLiteral("Queue backlog growing");
        d.severity = Severity::Sev3;
        d.commanderId = (*m_app)->userId();
        desk()->setRefreshDelay(200);
        (*m_app)->commit(changes::declareIncident(newEntityId((*m_app)->nowMs()), d, (*m_app)->nowMs()));
        QTRY_COMPARE(desk()->incidents(), before + 1);

        // Not showing: nothing is read; shown again, the change is there at once.
        desk()->setActive(false);
        d.title = QStringLiteral("Disk filling on log shippers");
        (*m_app)->commit(changes::declareIncident(newEntityId((*m_app)->nowMs()), d, (*m_app)->nowMs()));
        QVERIFY(m_app->settle());
        QTest::qWait(400);
        QCOMPARE(desk()->incidents(), before + 1);
        desk()->setActive(true);
        QTRY_COMPARE(desk()->incidents(), before + 2);
    }

    void exportWritesTheChartsNumbers()
    {
        desk()->setActive(true);
        QVERIFY(computed());
        QTemporaryDir dir;
        const QString path = dir.filePath(desk()->suggestedFileName(QStringLiteral("role-time")));
        QVERIFY(path.endsWith(QStringLiteral("muster-role-time.csv")));
        QCOMPARE(desk()->exportCsv(QStringLiteral("role-time"), QUrl::fromLocalFile(path)), QString());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString csv = QString::fromUtf8(file.readAll());
        QVERIFY(csv.startsWith(QStringLiteral("person,ic_hours,")));
        QVERIFY(csv.contains(QStringLiteral("Priya Raman,"))); // names, not ids
        QVERIFY(!desk()->exportCsv(QStringLiteral("pie"), QUrl::fromLocalFile(path)).isEmpty());
        QVERIFY(!desk()
                     ->exportCsv(QStringLiteral("mtbf"), QUrl(QStringLiteral("https://example.com/x.csv")))
                     .isEmpty());
        const QString unwritable = dir.filePath(QStringLiteral("no/such/folder/x.csv"));
        QVERIFY(!desk()->exportCsv(QStringLiteral("mtbf"), QUrl::fromLocalFile(unwritable)).isEmpty());
    }
};

QTEST_MAIN(TestMetricsDesk)
#include "tst_metricsdesk.moc"
