// SPDX-License-Identifier: GPL-3.0-or-later
// The relay's webhook endpoint, request by request (no sockets): the answers Alertmanager and an
// operator get, and what reaches the hub — firing alerts of a group, resolved ones dropped,
// values cut to what the protocol carries. Payloads are the ones captured from Alertmanager 0.25.
#include "../sync/simnetwork.h"
#include "relay/relayhub.h"
#include "relay/webhookendpoint.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QTest>

using namespace muster;
using muster::testing::MemoryRelayStorage;

namespace {

QByteArray fixture(const QString &name)
{
    QFile file(qEnvironmentVariable("MUSTER_SOURCE_DIR") + QStringLiteral("/tests/integrations/fixtures/")
               + name);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

HttpRequest request(const QByteArray &method, const QString &path, const QByteArray &body = {})
{
    HttpRequest r;
    r.method = method;
    r.path = path;
    r.body = body;
    return r;
}

} // namespace

class TestWebhookEndpoint : public QObject
{
    Q_OBJECT

    MemoryRelayStorage m_storage;
    std::unique_ptr<RelayHub> m_hub;
    std::unique_ptr<WebhookEndpoint> m_endpoint;

private Q_SLOTS:
    void initTestCase() { QLoggingCategory::setFilterRules(QStringLiteral("muster.*.info=false")); }

    void init()
    {
        m_storage.~MemoryRelayStorage();
        new (&m_storage) MemoryRelayStorage;
        m_hub = std::make_unique<RelayHub>(m_storage, RelayOptions {});
        m_endpoint = std::make_unique<WebhookEndpoint>(*m_hub);
    }

    void aFiringWebhookBecomesTheWorkspacesAlertsAndItsResolutionEndsThem()
    {
        const QByteArray firing = fixture(QStringLiteral("webhook_1.json"));
        QVERIFY(!firing.isEmpty());
        const HttpResponse accepted
            = m_endpoint->handle(request("POST", QStringLiteral("/alertmanager/default"), firing));
        QCOMPARE(accepted.status, 200);
        const auto alerts = m_hub->firingAlerts(QStringLiteral("default")).value;
        QCOMPARE(alerts.size(), 1);
        QCOMPARE(alerts.first().fingerprint, QStringLiteral("48c0674ebf9ac78b"));
        QCOMPARE(alerts.first().source, QStringLiteral("http://vm:19093")); // the webhook's externalURL
        QCOMPARE(alerts.first().labels.value(QStringLiteral("alertname")), QStringLiteral("DiskFull"));
        QCOMPARE(alerts.first().annotations.value(QStringLiteral("summary")), QStringLiteral("disk 95%"));
        QVERIFY(alerts.first().startsAt > 0);
        QVERIFY(m_hub->firingAlerts(QStringLiteral("other")).value.isEmpty());

        const QByteArray resolved = fixture(QStringLiteral("webhook_3.json"));
        QCOMPARE(
            m_endpoint->handle(request("POST", QStringLiteral("/alertmanager/default"), resolved)).status,
            200);
        QVERIFY(m_hub->firingAlerts(QStringLiteral("default")).value.isEmpty());
    }

    void wrongRequestsGetAClearAnswer_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("says");
        QTest::newRow("elsewhere") << QByteArray("POST") << QStringLiteral("/webhook") << QByteArray("{}")
                                   << 404 << QStringLiteral("/alertmanager/WORKSPACE");
        QTest::newRow("no workspace") << QByteArray("POST") << QStringLiteral("/alertmanager/")
                                      << QByteArray("{}") << 404 << QStringLiteral("workspace");
        QTest::newRow("bad workspace") << QByteArray("POST") << QStringLiteral("/alertmanager/a b'; DROP")
                                       << QByteArray("{}") << 404 << QStringLiteral("workspace");
        QTest::newRow("get") << QByteArray("GET") << QStringLiteral("/alertmanager/default") << QByteArray()
                             << 405 << QStringLiteral("POST");
        QTest::newRow("not json") << QByteArray("POST") << QStringLiteral("/alertmanager/default")
                                  << QByteArray("firing!") << 400 << QStringLiteral("not JSON");
        QTest::newRow("old version") << QByteArray("POST") << QStringLiteral("/alertmanager/default")
                                     << QByteArray("{\"version\":\"3\",\"alerts\":[]}") << 400
                                     << QStringLiteral("version");
    }

    void wrongRequestsGetAClearAnswer()
    {
        QFETCH(QByteArray, method);
        QFETCH(QString, path);
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        QFETCH(QString, says);
        const HttpResponse response = m_endpoint->handle(request(method, path, body));
        QCOMPARE(response.status, status);
        QVERIFY2(QString::fromUtf8(response.body).contains(says), response.body.constData());
        QVERIFY(m_hub->firingAlerts(QStringLiteral("default")).value.isEmpty());
    }

    void oversizedValuesAreCutAndOddTextKept()
    {
        const QString longDescription(10'000, u'd');
        const QString odd
            = QStringLiteral("Zahlung fehlgeschlagen — \U0001F525 \u202Eevil\u202C 'x\\\"; DROP TABLE--");
        QJsonObject alert {
            {QStringLiteral("status"), QStringLiteral("firing")},
            {QStringLiteral("fingerprint"), QStringLiteral("abc")},
            {QStringLiteral("labels"), QJsonObject {{QStringLiteral("alertname"), odd}}},
            {QStringLiteral("annotations"), QJsonObject {{QStringLiteral("description"), longDescription}}},
            {QStringLiteral("startsAt"), QStringLiteral("2026-11-24T00:00:00Z")}};
        QJsonObject tooLongFingerprint = alert;
        tooLongFingerprint.insert(QStringLiteral("fingerprint"), QString(100, u'f'));
        const QJsonObject webhook {{QStringLiteral("version"), QStringLiteral("4")},
                                   {QStringLiteral("externalURL"), QStringLiteral("http://am:9093")},
                                   {QStringLiteral("groupKey"), QStringLiteral("{}:{}")},
                                   {QStringLiteral("alerts"), QJsonArray {alert, tooLongFingerprint}}};
        const HttpResponse response = m_endpoint->handle(
            request("POST", QStringLiteral("/alertmanager/default"), QJsonDocument(webhook).toJson()));
        QCOMPARE(response.status, 200);
        const auto alerts = m_hub->firingAlerts(QStringLiteral("default")).value;
        QCOMPARE(alerts.size(), 1); // a fingerprint longer than any Alertmanager makes is not carried
        QCOMPARE(alerts.first().labels.value(QStringLiteral("alertname")), odd);
        QCOMPARE(alerts.first().annotations.value(QStringLiteral("description")).size(), 4096);
        // What the hub keeps is what a client can decode.
        const auto encoded = protocol::encodeAlerts(alerts, protocol::kDefaultMaxMessageBytes);
        QCOMPARE(encoded.size(), 1);
        QVERIFY(protocol::decode(encoded.first()).ok());
    }
};

QTEST_GUILESS_MAIN(TestWebhookEndpoint)
#include "tst_webhookendpoint.moc"
