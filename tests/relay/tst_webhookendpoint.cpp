// SPDX-License-Identifier: GPL-3.0-or-later
// The relay's webhook endpoint, request by request (no sockets): the answers Alertmanager and an
// operator get, and what reaches the hub — firing alerts of a group, resolved ones dropped,
// values cut to what the protocol carries. Payloads are the ones captured from Alertmanager 0.25.
#include "../sync/simnetwork.h"
#include "memorytokenstore.h"
#include "relay/relayhub.h"
#include "relay/tokenauthority.h"
#include "relay/webhookendpoint.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QTest>

using namespace muster;
using muster::testing::MemoryRelayStorage;
using muster::testing::MemoryTokenStore;

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
    MemoryTokenStore m_tokens;
    AuthThrottle m_throttle;
    TokenAuthority m_anonymous {m_tokens, m_throttle, true};
    std::unique_ptr<RelayHub> m_hub;
    std::unique_ptr<WebhookEndpoint> m_endpoint;

private Q_SLOTS:
    void initTestCase() { QLoggingCategory::setFilterRules(QStringLiteral("muster.*.info=false")); }

    void init()
    {
        m_storage.~MemoryRelayStorage();
        new (&m_storage) MemoryRelayStorage;
        m_hub = std::make_unique<RelayHub>(m_storage, RelayOptions {});
        m_endpoint = std::make_unique<WebhookEndpoint>(*m_hub, m_anonymous);
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

    void withoutItsWorkspacesWebhookTokenAPostNeverReachesTheWorkspace_data()
    {
        QTest::addColumn<QString>("which");
        QTest::newRow("no token") << QString();
        QTest::newRow("not a token") << QStringLiteral("hunter2");
        QTest::newRow("a member token") << QStringLiteral("member");
        QTest::newRow("another workspace's webhook token") << QStringLiteral("other");
        QTest::newRow("a revoked webhook token") << QStringLiteral("revoked");
    }

    void withoutItsWorkspacesWebhookTokenAPostNeverReachesTheWorkspace()
    {
        QFETCH(QString, which);
        MemoryTokenStore tokens;
        AuthThrottle throttle;
        TokenAuthority authority(tokens, throttle, false);
        WebhookEndpoint endpoint(*m_hub, authority);
        QString revokedId;
        const QHash<QString, QString> sent {
            {QStringLiteral("hunter2"), QStringLiteral("hunter2")},
            {QStringLiteral("member"),
             tokens.add(QStringLiteral("default"), QStringLiteral("a"), TokenRole::Member)},
            {QStringLiteral("other"),
             tokens.add(QStringLiteral("payments"), QStringLiteral("am"), TokenRole::Webhook)},
            {QStringLiteral("revoked"),
             tokens.add(QStringLiteral("default"), QStringLiteral("am"), TokenRole::Webhook, &revokedId)},
        };
        QVERIFY(tokens.revokeToken(revokedId, 1).value);
        HttpRequest post = request("POST", QStringLiteral("/alertmanager/default"),
                                   fixture(QStringLiteral("webhook_1.json")));
        post.peer = QHostAddress(QStringLiteral("127.0.0.1"));
        if (!which.isEmpty())
            post.headers.insert("authorization", "Bearer " + sent.value(which).toLatin1());
        const HttpResponse refused = endpoint.handle(post);
        QCOMPARE(refused.status, 401);
        QVERIFY(refused.headers.contains({"WWW-Authenticate", "Bearer realm=\"muster-relay\""}));
        QVERIFY(m_hub->firingAlerts(QStringLiteral("default")).value.isEmpty());
        QCOMPARE(endpoint.refusedCount(), 1);
        if (!which.isEmpty())
            QVERIFY(!refused.body.contains(sent.value(which).toLatin1()));

        const QString good = tokens.add(QStringLiteral("default"), QStringLiteral("am"), TokenRole::Webhook);
        post.headers.insert("authorization", "Bearer " + good.toLatin1());
        QCOMPARE(endpoint.handle(post).status, 200);
        QCOMPARE(m_hub->firingAlerts(QStringLiteral("default")).value.size(), 1);
    }

    void guessingIsAnsweredWith429AndRetryAfter()
    {
        MemoryTokenStore tokens;
        AuthThrottle throttle;
        TokenAuthority authority(tokens, throttle, false);
        WebhookEndpoint endpoint(*m_hub, authority);
        const QString good = tokens.add(QStringLiteral("default"), QStringLiteral("am"), TokenRole::Webhook);
        HttpRequest post = request("POST", QStringLiteral("/alertmanager/default"),
                                   fixture(QStringLiteral("webhook_1.json")));
        post.peer = QHostAddress(QStringLiteral("198.51.100.4"));
        for (int i = 0; i < 10; ++i) {
            post.headers.insert("authorization", "Bearer mst_guess" + QByteArray::number(i));
            QCOMPARE(endpoint.handle(post).status, 401);
        }
        post.headers.insert("authorization", "Bearer " + good.toLatin1());
        const HttpResponse throttled = endpoint.handle(post);
        QCOMPARE(throttled.status, 429);
        QVERIFY(throttled.headers.contains({"Retry-After", "60"}));
        QCOMPARE(endpoint.refusedCount(), 11);
        QVERIFY(m_hub->firingAlerts(QStringLiteral("default")).value.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestWebhookEndpoint)
#include "tst_webhookendpoint.moc"
