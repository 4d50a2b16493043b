// SPDX-License-Identifier: GPL-3.0-or-later
// PagerDuty's webhooks at /pagerduty/WORKSPACE, on a real relay database: a signed incident
// fires in the workspace's Detection list and stops when resolved; a missing, wrong or
// replayed-with-altered-body signature is refused, counted and shown on the integration.
#include "integrations/pagerduty/pagerdutywebhook.h"
#include "relay/pagerdutyreceiver.h"
#include "relay/relayhub.h"
#include "relay/sqliterelaystorage.h"
#include "relay/tokenauthority.h"
#include "relay/webhookendpoint.h"

#include <QFile>
#include <QLoggingCategory>
#include <QTemporaryDir>
#include <QTest>

using namespace muster;

class TestPagerDutyReceiver : public QObject
{
    Q_OBJECT

    const QString workspace = QStringLiteral("payments");
    const QByteArray secret = "whsec-4f1c0d9e8b7a6f5e4d3c2b1a";
    QTemporaryDir m_dir;
    SqliteRelayStorage m_storage;
    std::unique_ptr<RelayHub> m_hub;
    std::unique_ptr<PagerDutyReceiver> m_receiver;

    QByteArray fixture() const
    {
        QFile file(qEnvironmentVariable("MUSTER_SOURCE_DIR")
                   + QStringLiteral("/tests/integrations/fixtures/pagerduty-incident-triggered.json"));
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }
    HttpRequest post(const QByteArray &body, const QByteArray &signature) const
    {
        HttpRequest request;
        request.method = "POST";
        request.path = QStringLiteral("/pagerduty/") + workspace;
        request.body = body;
        if (!signature.isNull())
            request.headers.insert("x-pagerduty-signature", signature);
        request.peer = QHostAddress(QStringLiteral("127.0.0.7"));
        return request;
    }
    QList<protocol::AlertRecord> firing() { return m_hub->firingAlerts(workspace).value; }
    Integration stored() { return m_storage.integrations().value.value(0); }

private Q_SLOTS:
    void initTestCase()
    {
        QLoggingCategory::setFilterRules(
            QStringLiteral("muster.relay.warning=false\nmuster.relay.info=false"));
        QVERIFY(m_dir.isValid());
        QVERIFY(!m_storage.open(m_dir.filePath(QStringLiteral("relay.sqlite"))));
        m_hub = std::make_unique<RelayHub>(m_storage, RelayOptions {});
        m_receiver = std::make_unique<PagerDutyReceiver>(*m_hub, m_storage);
    }

    void withoutAnIntegrationThereIsNothingThere()
    {
        const HttpResponse answer
            = m_receiver->handle(post(fixture(), pagerduty::signatureFor(fixture(), secret)), workspace);
        QCOMPARE(answer.status, 404);
        QVERIFY(answer.body.contains("integration add --kind pagerduty-webhook"));
        Integration incoming;
        incoming.id = QStringLiteral("int-pdin");
        incoming.workspace = workspace;
        incoming.kind = IntegrationKind::PagerDutyWebhook;
        incoming.name = QStringLiteral("PagerDuty");
        incoming.secret = QString::fromLatin1(secret);
        QVERIFY(!m_storage.saveIntegration(incoming));
    }

    void aSignedIncidentFiresInDetection()
    {
        QCOMPARE(
            m_receiver->handle(post(fixture(), pagerduty::signatureFor(fixture(), secret)), workspace).status,
            200);
        const auto alerts = firing();
        QCOMPARE(alerts.size(), 1);
        const protocol::AlertRecord &a = alerts.constFirst();
        QCOMPARE(a.fingerprint, QStringLiteral("PGR0VU2"));
        QCOMPARE(a.source, QStringLiteral("pagerduty"));
        QCOMPARE(a.labels.value(QStringLiteral("alertname")), QStringLiteral("Checkout error rate above 5%"));
        QCOMPARE(a.labels.value(QStringLiteral("service")), QStringLiteral("checkout"));
        QCOMPARE(a.labels.value(QStringLiteral("severity")), QStringLiteral("critical")); // urgency high
        QCOMPARE(a.labels.value(QStringLiteral("priority")), QStringLiteral("P1"));
        QCOMPARE(a.annotations.value(QStringLiteral("description")),
                 QStringLiteral("PagerDuty incident #2, triggered"));
        QCOMPARE(a.generatorUrl, QStringLiteral("https://acme.pagerduty.com/incidents/PGR0VU2"));
        QCOMPARE(a.startsAt, QDateTime(QDate(2026, 12, 4), QTime(13, 54, 58), Qt::UTC).toMSecsSinceEpoch());
        QVERIFY(stored().lastDeliveredAtMs > 0);
        QVERIFY(stored().lastError.isEmpty());
    }

    void badSignaturesAreRefusedAndShown_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("signature");
        QTest::addColumn<QString>("why");
        QByteArray altered = fixture();
        altered.replace("\"urgency\":\"high\"", "\"urgency\":\"low\"");
        QTest::newRow("missing") << fixture() << QByteArray() << "no X-PagerDuty-Signature";
        QTest::newRow("wrong secret") << fixture() << pagerduty::signatureFor(fixture(), "guessed")
                                      << "a signature that does not match the body";
        QTest::newRow("replayed with an altered body")
            << altered << pagerduty::signatureFor(fixture(), secret)
            << "a signature that does not match the body";
        QTest::newRow("not hex") << fixture() << QByteArray("v1=zzzz")
                                 << "a signature that does not match the body";
    }
    void badSignaturesAreRefusedAndShown()
    {
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, signature);
        QFETCH(QString, why);
        const qint64 refusedBefore = m_receiver->refusedCount();
        const auto before = firing();
        const HttpResponse answer = m_receiver->handle(post(body, signature), workspace);
        QCOMPARE(answer.status, 401);
        QCOMPARE(QString::fromUtf8(answer.body).trimmed(), QStringLiteral("Unauthorized: %1.").arg(why));
        QCOMPARE(m_receiver->refusedCount(), refusedBefore + 1);
        QCOMPARE(firing(), before); // nothing changed
        QCOMPARE(stored().lastError, QStringLiteral("refused a webhook from 127.0.0.7 with %1").arg(why));
    }

    void acknowledgedStaysResolvedStops()
    {
        QByteArray acknowledged = fixture();
        acknowledged.replace("incident.triggered", "incident.acknowledged")
            .replace("\"status\":\"triggered\"", "\"status\":\"acknowledged\"");
        QCOMPARE(
            m_receiver->handle(post(acknowledged, pagerduty::signatureFor(acknowledged, secret)), workspace)
                .status,
            200);
        QCOMPARE(firing().size(), 1);
        QCOMPARE(firing().constFirst().annotations.value(QStringLiteral("description")),
                 QStringLiteral("PagerDuty incident #2, acknowledged"));
        QVERIFY(stored().lastError.isEmpty()); // a good one clears the last refusal

        QByteArray resolved = fixture();
        resolved.replace("incident.triggered", "incident.resolved")
            .replace("\"status\":\"triggered\"", "\"status\":\"resolved\"");
        QCOMPARE(
            m_receiver->handle(post(resolved, pagerduty::signatureFor(resolved, secret)), workspace).status,
            200);
        QVERIFY(firing().isEmpty());
    }

    void otherEventsAndBadBodiesAreAnswered()
    {
        const QByteArray service = R"({"event":{"event_type":"service.updated","resource_type":"service"}})";
        QCOMPARE(
            m_receiver->handle(post(service, pagerduty::signatureFor(service, secret)), workspace).status,
            200);
        const QByteArray garbage = "{not json";
        QCOMPARE(
            m_receiver->handle(post(garbage, pagerduty::signatureFor(garbage, secret)), workspace).status,
            400);
        HttpRequest get = post(fixture(), pagerduty::signatureFor(fixture(), secret));
        get.method = "GET";
        QCOMPARE(m_receiver->handle(get, workspace).status, 405);
        QVERIFY(firing().isEmpty());
    }

    void theHttpEndpointRoutesToIt()
    {
        AuthThrottle throttle;
        TokenAuthority authority(m_storage, throttle, false);
        WebhookEndpoint endpoint(*m_hub, authority);
        endpoint.setPagerDuty(m_receiver.get());
        // No bearer token: PagerDuty proves itself with the signature.
        QCOMPARE(endpoint.handle(post(fixture(), pagerduty::signatureFor(fixture(), secret))).status, 200);
        QCOMPARE(firing().size(), 1);
        HttpRequest elsewhere = post(fixture(), pagerduty::signatureFor(fixture(), secret));
        elsewhere.path = QStringLiteral("/pagerduty/other-team");
        QCOMPARE(endpoint.handle(elsewhere).status, 404); // that workspace has no PagerDuty webhook
        elsewhere.path = QStringLiteral("/pagerduty/../x");
        QCOMPARE(endpoint.handle(elsewhere).status, 404);
    }
};

QTEST_GUILESS_MAIN(TestPagerDutyReceiver)
#include "tst_pagerdutyreceiver.moc"
