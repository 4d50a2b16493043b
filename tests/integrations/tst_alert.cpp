// SPDX-License-Identifier: GPL-3.0-or-later
// Alerts as a real Alertmanager 0.25 sends them (fixtures captured live), and everything a
// broken or hostile document can do: refused whole, with a sentence.
#include "integrations/alertmanager/alert.h"

#include <QDateTime>
#include <QFile>
#include <QTest>

using namespace muster;
using namespace muster::alerts;

namespace {

QByteArray fixture(const QString &name)
{
    QFile file(qEnvironmentVariable("MUSTER_SOURCE_DIR") + QStringLiteral("/tests/integrations/fixtures/")
               + name);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

qint64 ms(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODateWithMs).toMSecsSinceEpoch();
}

} // namespace

class TestAlert : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsTheApiAnswer()
    {
        const ParseResult result = parseApiAlerts(fixture(QStringLiteral("v2_alerts.json")));
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.alerts.size(), 2);
        const Alert &disk = result.alerts.at(0);
        QCOMPARE(disk.fingerprint, QStringLiteral("48c0674ebf9ac78b"));
        QCOMPARE(disk.name(), QStringLiteral("DiskFull"));
        QCOMPARE(disk.service(), QStringLiteral("db1")); // no service or job label: the instance
        QCOMPARE(disk.severity(), Severity::Sev3);
        QCOMPARE(disk.summary(), QStringLiteral("disk 95%"));
        QCOMPARE(disk.startsAtMs, ms("2026-11-24T00:12:58.585Z"));
        QCOMPARE(disk.endsAtMs, ms("2026-11-24T00:17:58.585Z"));
        QCOMPARE(disk.state, AlertState::Active);
        QVERIFY(!disk.isSilenced() && !disk.isInhibited());
        const Alert &latency = result.alerts.at(1);
        QCOMPARE(latency.service(), QStringLiteral("api"));
        QCOMPARE(latency.severity(), Severity::Sev2);
        QCOMPARE(latency.runbookUrl(), QStringLiteral("https://runbooks/x"));
        QCOMPARE(latency.generatorUrl, QStringLiteral("http://prometheus:9090/graph?g0.expr=x"));
    }

    void readsFiringAndResolvedWebhooks()
    {
        const ParseResult firing = parseWebhook(fixture(QStringLiteral("webhook_1.json")));
        QVERIFY2(firing.ok(), qPrintable(firing.error));
        QCOMPARE(firing.alerts.size(), 1);
        QCOMPARE(firing.alerts.first().state, AlertState::Active);
        // Nanoseconds are cut to milliseconds; the year-1 "unset" endsAt becomes 0.
        QCOMPARE(firing.alerts.first().startsAtMs, ms("2026-11-24T00:12:58.585Z"));
        QCOMPARE(firing.alerts.first().endsAtMs, 0);
        // Where the alerts come from and which notification group carried them.
        QCOMPARE(firing.externalUrl, QStringLiteral("http://vm:19093"));
        QCOMPARE(firing.groupKey, QStringLiteral("{}:{alertname=\"DiskFull\"}"));
        const ParseResult resolved = parseWebhook(fixture(QStringLiteral("webhook_3.json")));
        QVERIFY2(resolved.ok(), qPrintable(resolved.error));
        QCOMPARE(resolved.alerts.first().state, AlertState::Resolved);
        QCOMPARE(resolved.alerts.first().fingerprint, QStringLiteral("48c0674ebf9ac78b"));
    }

    void silencedAndInhibitedAreKept()
    {
        const QByteArray json = "[{\"fingerprint\":\"aa\",\"labels\":{\"alertname\":\"X\",\"job\":\"batch\"},"
                                "\"startsAt\":\"2026-11-24T00:00:00Z\",\"status\":{\"state\":\"suppressed\","
                                "\"silencedBy\":[\"s-1\"],"
                                "\"inhibitedBy\":[\"bb\"]}}]";
        const ParseResult result = parseApiAlerts(json);
        QVERIFY2(result.ok(), qPrintable(result.error));
        const Alert &alert = result.alerts.first();
        QCOMPARE(alert.state, AlertState::Suppressed);
        QCOMPARE(alert.silencedBy, QStringList {QStringLiteral("s-1")});
        QCOMPARE(alert.inhibitedBy, QStringList {QStringLiteral("bb")});
        QCOMPARE(alert.service(), QStringLiteral("batch"));
        QCOMPARE(alert.severity(), Severity::Sev4); // no severity label
        QCOMPARE(alert.summary(), QStringLiteral("X")); // no summary: the name
    }

    void severityLabelsMapOntoMustersScale_data()
    {
        QTest::addColumn<QString>("label");
        QTest::addColumn<int>("severity");
        QTest::newRow("critical") << QStringLiteral("critical") << 2;
        QTest::newRow("Critical, padded") << QStringLiteral(" Critical ") << 2;
        QTest::newRow("page") << QStringLiteral("page") << 2;
        QTest::newRow("error") << QStringLiteral("error") << 3;
        QTest::newRow("warning") << QStringLiteral("warning") << 3;
        QTest::newRow("info") << QStringLiteral("info") << 4;
        QTest::newRow("unknown") << QStringLiteral("p0") << 4;
    }
    void severityLabelsMapOntoMustersScale()
    {
        QFETCH(QString, label);
        QFETCH(int, severity);
        Alert alert;
        alert.labels.insert(QStringLiteral("severity"), label);
        QCOMPARE(int(alert.severity()), severity);
    }

    void oddTextSurvives()
    {
        const QByteArray json = "[{\"fingerprint\":\"cc\",\"labels\":{\"alertname\":\"Ärger 東京 "
                                "🔥\",\"service\":\"a'b\\\"; DROP TABLE x;--\"},"
                                "\"annotations\":{\"summary\":\"line one\\nline "
                                "two\"},\"startsAt\":\"2026-11-24T00:00:00.123456789Z\","
                                "\"status\":{\"state\":\"active\"}}]";
        const ParseResult result = parseApiAlerts(json);
        QVERIFY2(result.ok(), qPrintable(result.error));
        QCOMPARE(result.alerts.first().name(), QString::fromUtf8("Ärger 東京 🔥"));
        QCOMPARE(result.alerts.first().service(), QStringLiteral("a'b\"; DROP TABLE x;--"));
        QCOMPARE(result.alerts.first().startsAtMs, ms("2026-11-24T00:00:00.123Z"));
    }

    void badDocumentsAreRefusedWhole_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected");
        const QByteArray good = "{\"fingerprint\":\"aa\",\"labels\":{\"alertname\":\"X\"},\"startsAt\":"
                                "\"2026-11-24T00:00:00Z\",\"status\":{\"state\":\"active\"}}";
        QTest::newRow("not JSON") << QByteArray("<html>502</html>") << QStringLiteral("not JSON");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("not JSON");
        QTest::newRow("object") << QByteArray("{}") << QStringLiteral("array");
        QTest::newRow("item not an object") << QByteArray("[" + good + ",3]") << QStringLiteral("alert 2");
        QTest::newRow("no fingerprint")
            << QByteArray("[{\"labels\":{\"alertname\":\"X\"},\"startsAt\":\"2026-11-24T00:00:00Z\","
                          "\"status\":{\"state\":\"active\"}}]")
            << QStringLiteral("fingerprint");
        QTest::newRow("label not text")
            << QByteArray("[{\"fingerprint\":\"a\",\"labels\":{\"alertname\":3},\"startsAt\":\"2026-11-24T00:"
                          "00:00Z\",\"status\":{\"state\":\"active\"}}]")
            << QStringLiteral("labels");
        QTest::newRow("no labels") << QByteArray("[{\"fingerprint\":\"a\",\"labels\":{},\"startsAt\":\"2026-"
                                                 "11-24T00:00:00Z\",\"status\":{\"state\":\"active\"}}]")
                                   << QStringLiteral("labels");
        QTest::newRow("bad startsAt")
            << QByteArray("[{\"fingerprint\":\"a\",\"labels\":{\"alertname\":\"X\"},\"startsAt\":"
                          "\"yesterday\",\"status\":{\"state\":\"active\"}}]")
            << QStringLiteral("startsAt");
        QTest::newRow("unset startsAt")
            << QByteArray("[{\"fingerprint\":\"a\",\"labels\":{\"alertname\":\"X\"},\"startsAt\":\"0001-01-"
                          "01T00:00:00Z\",\"status\":{\"state\":\"active\"}}]")
            << QStringLiteral("startsAt");
        QTest::newRow("unknown state")
            << QByteArray("[{\"fingerprint\":\"a\",\"labels\":{\"alertname\":\"X\"},\"startsAt\":\"2026-11-"
                          "24T00:00:00Z\",\"status\":{\"state\":\"exploded\"}}]")
            << QStringLiteral("exploded");
        QTest::newRow("silencedBy not a list")
            << QByteArray("[{\"fingerprint\":\"a\",\"labels\":{\"alertname\":\"X\"},\"startsAt\":\"2026-11-"
                          "24T00:00:00Z\",\"status\":{\"state\":\"active\",\"silencedBy\":\"s\"}}]")
            << QStringLiteral("status");
    }
    void badDocumentsAreRefusedWhole()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        const ParseResult result = parseApiAlerts(json);
        QVERIFY(!result.ok());
        QVERIFY(result.alerts.isEmpty());
        QVERIFY2(result.error.contains(expected), qPrintable(result.error));
    }

    void badWebhooksAreRefused()
    {
        QVERIFY(parseWebhook("[]").error.contains(QStringLiteral("webhook object")));
        QVERIFY(parseWebhook("{\"version\":\"3\",\"alerts\":[]}").error.contains(QStringLiteral("version")));
        QVERIFY(parseWebhook("{\"version\":\"4\"}").error.contains(QStringLiteral("alerts")));
        QVERIFY(
            parseWebhook("{\"version\":\"4\",\"alerts\":[]}").error.contains(QStringLiteral("externalURL")));
        const QByteArray oddStatus
            = "{\"version\":\"4\",\"externalURL\":\"http://"
              "am\",\"groupKey\":\"{}:{}\",\"alerts\":[{\"status\":\"maybe\",\"fingerprint\":\"a\","
              "\"labels\":{\"alertname\":\"X\"},\"startsAt\":\"2026-11-24T00:00:00Z\"}]}";
        QVERIFY(parseWebhook(oddStatus).error.contains(QStringLiteral("maybe")));
    }

    void oversizedAnswersAreRefused()
    {
        const QByteArray huge(33 * 1024 * 1024, ' ');
        QVERIFY(parseApiAlerts(huge).error.contains(QStringLiteral("33 MiB")));
    }
};

QTEST_GUILESS_MAIN(TestAlert)
#include "tst_alert.moc"
