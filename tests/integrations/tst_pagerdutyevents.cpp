// SPDX-License-Identifier: GPL-3.0-or-later
// PagerDuty Events API v2 bodies checked field by field against PagerDuty's documented format:
// trigger with its payload (summary, source, severity, timestamp, component, group, class,
// custom_details), links and client; acknowledge and resolve with the dedup key only; the
// routing key added as the body is sent, never stored in the queue.
#include "integrations/pagerduty/pagerdutyevents.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace muster;

class TestPagerDutyEvents : public QObject
{
    Q_OBJECT

    static IncidentEvent declared()
    {
        IncidentEvent e;
        e.kind = IncidentEventKind::Declared;
        e.cause = {QStringLiteral("a1b2c3d4e5f60718"), 14};
        e.atMs = 1'795'500'004'211; // 2026-11-24T06:00:04.211Z
        e.incident.id = QStringLiteral("01JCCCCCCCCCCCCCCCCCCCCCC1");
        e.incident.title = QStringLiteral("Checkout fails for EU customers");
        e.incident.summary = QStringLiteral("Card payments time out");
        e.incident.severity = Severity::Sev1;
        e.incident.state = LifecycleState::Investigating;
        e.incident.services = {QStringLiteral("checkout"), QStringLiteral("payments-api")};
        e.incident.impact = QStringLiteral("EU customers cannot pay by card");
        e.incident.bridge = QStringLiteral("https://meet.example.com/sre-war-room");
        e.commander = QStringLiteral("Priya Raman");
        return e;
    }
    static QJsonObject parsed(const QByteArray &json) { return QJsonDocument::fromJson(json).object(); }

private Q_SLOTS:
    void aDeclarationTriggers()
    {
        const QJsonObject body = parsed(pagerDutyEvent(declared(), QStringLiteral("payments")));
        QCOMPARE(body.value(QStringLiteral("event_action")).toString(), QStringLiteral("trigger"));
        QCOMPARE(body.value(QStringLiteral("dedup_key")).toString(),
                 QStringLiteral("01JCCCCCCCCCCCCCCCCCCCCCC1"));
        QVERIFY(!body.contains(QStringLiteral("routing_key"))); // added as it is sent
        QCOMPARE(body.value(QStringLiteral("client")).toString(), QStringLiteral("Muster"));
        const QJsonObject payload = body.value(QStringLiteral("payload")).toObject();
        QCOMPARE(payload.value(QStringLiteral("summary")).toString(),
                 QStringLiteral("SEV1: Checkout fails for EU customers"));
        QCOMPARE(payload.value(QStringLiteral("source")).toString(), QStringLiteral("muster/payments"));
        QCOMPARE(payload.value(QStringLiteral("severity")).toString(), QStringLiteral("critical"));
        QCOMPARE(payload.value(QStringLiteral("timestamp")).toString(),
                 QStringLiteral("2026-11-24T06:00:04.211Z"));
        QCOMPARE(payload.value(QStringLiteral("component")).toString(), QStringLiteral("checkout"));
        QCOMPARE(payload.value(QStringLiteral("group")).toString(), QStringLiteral("payments"));
        QCOMPARE(payload.value(QStringLiteral("class")).toString(), QStringLiteral("incident"));
        const QJsonObject details = payload.value(QStringLiteral("custom_details")).toObject();
        QCOMPARE(details.value(QStringLiteral("severity")).toString(), QStringLiteral("SEV1"));
        QCOMPARE(details.value(QStringLiteral("status")).toString(), QStringLiteral("Investigating"));
        QCOMPARE(details.value(QStringLiteral("incident_commander")).toString(),
                 QStringLiteral("Priya Raman"));
        QCOMPARE(details.value(QStringLiteral("impact")).toString(),
                 QStringLiteral("EU customers cannot pay by card"));
        QCOMPARE(details.value(QStringLiteral("summary")).toString(),
                 QStringLiteral("Card payments time out"));
        QCOMPARE(details.value(QStringLiteral("bridge")).toString(),
                 QStringLiteral("https://meet.example.com/sre-war-room"));
        QCOMPARE(details.value(QStringLiteral("muster_link")).toString(),
                 QStringLiteral("muster://incident/01JCCCCCCCCCCCCCCCCCCCCCC1"));
        QCOMPARE(details.value(QStringLiteral("services")).toArray().size(), 2);
        const QJsonArray links = body.value(QStringLiteral("links")).toArray();
        QCOMPARE(links.size(), 1);
        QCOMPARE(links[0][QStringLiteral("href")].toString(),
                 QStringLiteral("https://meet.example.com/sre-war-room"));
        QCOMPARE(links[0][QStringLiteral("text")].toString(), QStringLiteral("Join bridge"));
    }

    void severitiesMapToPagerDutys()
    {
        QCOMPARE(pagerDutySeverity(Severity::Sev1), QStringLiteral("critical"));
        QCOMPARE(pagerDutySeverity(Severity::Sev2), QStringLiteral("error"));
        QCOMPARE(pagerDutySeverity(Severity::Sev3), QStringLiteral("warning"));
        QCOMPARE(pagerDutySeverity(Severity::Sev4), QStringLiteral("info"));
    }

    void acknowledgeAndResolveCarryOnlyTheKey()
    {
        IncidentEvent e = declared();
        e.kind = IncidentEventKind::Acknowledged;
        QCOMPARE(parsed(pagerDutyEvent(e, QStringLiteral("payments"))),
                 (QJsonObject {{QStringLiteral("event_action"), QStringLiteral("acknowledge")},
                               {QStringLiteral("dedup_key"), QStringLiteral("01JCCCCCCCCCCCCCCCCCCCCCC1")}}));
        e.kind = IncidentEventKind::Resolved;
        QCOMPARE(parsed(pagerDutyEvent(e, QStringLiteral("payments")))
                     .value(QStringLiteral("event_action"))
                     .toString(),
                 QStringLiteral("resolve"));
        for (IncidentEventKind other :
             {IncidentEventKind::SeverityChanged, IncidentEventKind::StatusChanged,
              IncidentEventKind::CommandHandedOver, IncidentEventKind::UpdateSent}) {
            e.kind = other;
            QVERIFY(pagerDutyEvent(e, QStringLiteral("payments")).isEmpty());
            QVERIFY(!isPagerDutyEvent(other));
        }
    }

    void aDrillAndANonWebBridgeSaySo()
    {
        IncidentEvent e = declared();
        e.incident.drill = true;
        e.incident.bridge = QStringLiteral("tel:+4930123456");
        e.incident.title = QString(2000, u'x');
        const QJsonObject body = parsed(pagerDutyEvent(e, QStringLiteral("payments")));
        const QString summary = body[QStringLiteral("payload")][QStringLiteral("summary")].toString();
        QVERIFY(summary.startsWith(QStringLiteral("DRILL · SEV1: xxx")));
        QCOMPARE(summary.size(), 1024);
        QVERIFY(!body.contains(QStringLiteral("links")));
    }

    void theRoutingKeyIsAddedAsItIsSent()
    {
        const QByteArray queued = pagerDutyEvent(declared(), QStringLiteral("payments"));
        const QJsonObject sent
            = parsed(withRoutingKey(queued, QStringLiteral("R0123456789ABCDEF0123456789ABCDE")));
        QCOMPARE(sent.value(QStringLiteral("routing_key")).toString(),
                 QStringLiteral("R0123456789ABCDEF0123456789ABCDE"));
        QCOMPARE(sent.value(QStringLiteral("event_action")).toString(), QStringLiteral("trigger"));
        QVERIFY(isValidRoutingKey(QStringLiteral("R0123456789ABCDEF0123456789ABCDE")));
        QVERIFY(!isValidRoutingKey(QStringLiteral("R0123456789ABCDEF0123456789ABCD")));
        QVERIFY(!isValidRoutingKey(QStringLiteral("R0123456789ABCDEF0123456789ABCD!")));
        QVERIFY(!isValidRoutingKey(QStringLiteral("R0123456789ABCDEF0123456789ABCDÉ")));
    }
};

QTEST_GUILESS_MAIN(TestPagerDutyEvents)
#include "tst_pagerdutyevents.moc"
