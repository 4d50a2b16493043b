// SPDX-License-Identifier: GPL-3.0-or-later
// The poller against a real Prometheus Alertmanager (Debian's prometheus-alertmanager 0.25),
// started by the test on a free loopback port: alerts posted to it are seen; an Alertmanager
// that is not there, or answers with an error, is reported and retried later, never fatal.
#include "integrations/alertmanager/alertmanagerpoller.h"
#include "realalertmanager.h"

#include <QDateTime>

using namespace muster::alerts;
using namespace muster::testing;

class TestAlertmanagerPoller : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void seesWhatARealAlertmanagerHolds()
    {
        RealAlertmanager am;
        QVERIFY2(am.start(), am.output().constData());
        const QDateTime started = QDateTime::currentDateTimeUtc().addSecs(-120);
        const QJsonArray alerts {
            alertJson(QStringLiteral("HighLatency"), QStringLiteral("checkout-api"),
                      QStringLiteral("critical"), QStringLiteral("p99 latency above 2 s"), started),
            alertJson(QStringLiteral("DiskFull"), QStringLiteral("orders-db"), QStringLiteral("warning"),
                      QStringLiteral("disk 95% on db1"), started.addSecs(30))};
        QCOMPARE(am.post(QStringLiteral("/api/v2/alerts"), QJsonDocument(alerts)), 200);

        AlertmanagerPoller poller(am.url(), {200, 1000, 2000});
        QSignalSpy received(&poller, &AlertmanagerPoller::alertsReceived);
        poller.start();
        auto latest = [&received] {
            return received.isEmpty() ? QList<Alert>() : received.last().at(0).value<QList<Alert>>();
        };
        // Alertmanager lists new alerts as "unprocessed" for a moment; wait until both are active.
        const auto bothActive = [&latest] {
            const QList<Alert> alerts = latest(); // one list: begin and end of two are no range
            return alerts.size() == 2 && std::all_of(alerts.cbegin(), alerts.cend(), [](const Alert &a) {
                       return a.state == AlertState::Active;
                   });
        };
        QTRY_VERIFY_WITH_TIMEOUT(bothActive(), 10000);
        QVERIFY(poller.isReachable());
        QList<Alert> seen = latest();
        std::sort(seen.begin(), seen.end(),
                  [](const Alert &a, const Alert &b) { return a.name() < b.name(); });
        QCOMPARE(seen.at(0).name(), QStringLiteral("DiskFull"));
        QCOMPARE(seen.at(0).service(), QStringLiteral("orders-db"));
        QCOMPARE(seen.at(1).name(), QStringLiteral("HighLatency"));
        QCOMPARE(seen.at(1).severity(), muster::Severity::Sev2);
        QCOMPARE(seen.at(1).summary(), QStringLiteral("p99 latency above 2 s"));
        QCOMPARE(seen.at(1).startsAtMs, started.toMSecsSinceEpoch());
        QCOMPARE(seen.at(1).generatorUrl, QStringLiteral("http://prometheus.example:9090/graph"));
        QVERIFY(!seen.at(1).fingerprint.isEmpty());
        // It keeps polling on the interval.
        const qsizetype polls = received.size();
        QTRY_VERIFY_WITH_TIMEOUT(received.size() > polls, 5000);
    }

    void anAlertmanagerThatIsNotThereIsReportedAndRetriedLater()
    {
        const QUrl nowhere(QStringLiteral("http://127.0.0.1:%1").arg(freePort()));
        AlertmanagerPoller poller(nowhere, {100, 350, 2000});
        QSignalSpy failed(&poller, &AlertmanagerPoller::unreachable);
        QSignalSpy received(&poller, &AlertmanagerPoller::alertsReceived);
        poller.start();
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 3, 5000);
        QVERIFY2(failed.at(0).at(0).toString().contains(QStringLiteral("cannot be reached")),
                 qPrintable(failed.at(0).at(0).toString()));
        QVERIFY(failed.at(0).at(0).toString().contains(nowhere.toDisplayString()));
        // Waits longer after each failure, up to the cap.
        QCOMPARE(failed.at(0).at(1).toInt(), 200);
        QCOMPARE(failed.at(1).at(1).toInt(), 350);
        QCOMPARE(failed.at(2).at(1).toInt(), 350);
        QVERIFY(!poller.isReachable());
        QVERIFY(!poller.lastError().isEmpty());
        QVERIFY(received.isEmpty());
    }

    void anErrorAnswerIsReported()
    {
        RealAlertmanager am;
        QVERIFY2(am.start(), am.output().constData());
        // A wrong path prefix: Alertmanager answers, but not with its API.
        AlertmanagerPoller poller(QUrl(am.url().toString() + QStringLiteral("/not-alertmanager")),
                                  {100, 1000, 2000});
        QSignalSpy failed(&poller, &AlertmanagerPoller::unreachable);
        poller.start();
        QTRY_VERIFY_WITH_TIMEOUT(!failed.isEmpty(), 5000);
        QVERIFY2(failed.first().at(0).toString().contains(QStringLiteral("HTTP 404")),
                 qPrintable(failed.first().at(0).toString()));
    }

    void apiPathsKeepAPrefix()
    {
        QCOMPARE(apiUrl(QUrl(QStringLiteral("http://am:9093")), QStringLiteral("/api/v2/alerts")).toString(),
                 QStringLiteral("http://am:9093/api/v2/alerts"));
        QCOMPARE(apiUrl(QUrl(QStringLiteral("https://ops.example/am/")), QStringLiteral("/api/v2/alerts"))
                     .toString(),
                 QStringLiteral("https://ops.example/am/api/v2/alerts"));
    }

    void backoffDoublesUpToTheCap()
    {
        const PollerOptions options {15'000, 300'000, 10'000};
        QCOMPARE(AlertmanagerPoller::delayAfterFailures(0, options), 15'000);
        QCOMPARE(AlertmanagerPoller::delayAfterFailures(1, options), 30'000);
        QCOMPARE(AlertmanagerPoller::delayAfterFailures(4, options), 240'000);
        QCOMPARE(AlertmanagerPoller::delayAfterFailures(5, options), 300'000);
        QCOMPARE(AlertmanagerPoller::delayAfterFailures(50, options), 300'000);
    }
};

QTEST_GUILESS_MAIN(TestAlertmanagerPoller)
#include "tst_alertmanagerpoller.moc"
