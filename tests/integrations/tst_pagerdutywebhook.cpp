// SPDX-License-Identifier: GPL-3.0-or-later
// PagerDuty v3 webhooks: the signature (HMAC-SHA256 of the body, "v1=" hex, several while a
// secret rotates) and the incident read from the payload PagerDuty documents.
#include "integrations/pagerduty/pagerdutywebhook.h"

#include <QFile>
#include <QTest>

using namespace muster;

class TestPagerDutyWebhook : public QObject
{
    Q_OBJECT

    QByteArray fixture() const
    {
        QFile file(qEnvironmentVariable("MUSTER_SOURCE_DIR")
                   + QStringLiteral("/tests/integrations/fixtures/pagerduty-incident-triggered.json"));
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

private Q_SLOTS:
    void theSignatureIsTheBodysHmac()
    {
        const QByteArray body = R"({"event":{}})";
        QVERIFY(pagerduty::signatureMatches(body, pagerduty::signatureFor(body, "secret-one"), "secret-one"));
        QVERIFY(
            !pagerduty::signatureMatches(body, pagerduty::signatureFor(body, "secret-two"), "secret-one"));
        QVERIFY(!pagerduty::signatureMatches(body + " ", pagerduty::signatureFor(body, "secret-one"),
                                             "secret-one"));
        QVERIFY(!pagerduty::signatureMatches(body, QByteArray(), "secret-one"));
        QVERIFY(!pagerduty::signatureMatches(body, "v1=", "secret-one"));
        QVERIFY(!pagerduty::signatureMatches(body, pagerduty::signatureFor(body, ""), ""));
        // Rotation: the old and the new secret's signatures, in either order.
        const QByteArray both
            = pagerduty::signatureFor(body, "old") + "," + pagerduty::signatureFor(body, "new");
        QVERIFY(pagerduty::signatureMatches(body, both, "new"));
        QVERIFY(pagerduty::signatureMatches(body, both, "old"));
        QVERIFY(!pagerduty::signatureMatches(body, both, "other"));
    }

    void aKnownHmac()
    {
        // RFC 4231 test case 2: key "Jefe", data "what do ya want for nothing?".
        QCOMPARE(pagerduty::signatureFor("what do ya want for nothing?", "Jefe"),
                 QByteArray("v1=5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"));
    }

    void theIncidentIsReadFromTheDocumentedPayload()
    {
        const auto parsed = pagerduty::parseWebhook(fixture());
        QVERIFY2(parsed.ok(), qPrintable(parsed.error));
        const pagerduty::IncidentWebhook &w = parsed.webhook;
        QCOMPARE(w.eventType, QStringLiteral("incident.triggered"));
        QVERIFY(w.aboutAnIncident);
        QCOMPARE(w.id, QStringLiteral("PGR0VU2"));
        QCOMPARE(w.number, 2);
        QCOMPARE(w.title, QStringLiteral("Checkout error rate above 5%"));
        QCOMPARE(w.status, QStringLiteral("triggered"));
        QCOMPARE(w.urgency, QStringLiteral("high"));
        QCOMPARE(w.priority, QStringLiteral("P1"));
        QCOMPARE(w.service, QStringLiteral("checkout"));
        QCOMPARE(w.htmlUrl, QStringLiteral("https://acme.pagerduty.com/incidents/PGR0VU2"));
        QCOMPARE(w.createdAtMs,
                 QDateTime(QDate(2026, 12, 4), QTime(13, 54, 58), Qt::UTC).toMSecsSinceEpoch());
        QVERIFY(!w.resolved());
        QByteArray resolved = fixture();
        resolved.replace("incident.triggered", "incident.resolved")
            .replace("\"status\":\"triggered\"", "\"status\":\"resolved\"");
        QVERIFY(pagerduty::parseWebhook(resolved).webhook.resolved());
    }

    void whatIsNotAnIncidentWebhookIsSaidSo()
    {
        QVERIFY(!pagerduty::parseWebhook("not json").ok());
        QVERIFY(!pagerduty::parseWebhook(R"({"messages":[]})").ok()); // a v2 webhook
        const auto service = pagerduty::parseWebhook(
            R"({"event":{"event_type":"service.updated","resource_type":"service"}})");
        QVERIFY(service.ok());
        QVERIFY(!service.webhook.aboutAnIncident);
        const auto badId = pagerduty::parseWebhook(
            R"({"event":{"event_type":"incident.triggered","resource_type":"incident","data":{"id":"P/../x"}}})");
        QVERIFY(!badId.ok());
        // A link that is not https is not kept (the inbox opens it).
        const auto oddLink = pagerduty::parseWebhook(
            R"({"event":{"event_type":"incident.triggered","resource_type":"incident","data":{"id":"P1","html_url":"javascript:x"}}})");
        QVERIFY(oddLink.ok());
        QCOMPARE(oddLink.webhook.htmlUrl, QString());
        QCOMPARE(oddLink.webhook.title, QStringLiteral("PagerDuty incident P1"));
    }
};

QTEST_GUILESS_MAIN(TestPagerDutyWebhook)
#include "tst_pagerdutywebhook.moc"
