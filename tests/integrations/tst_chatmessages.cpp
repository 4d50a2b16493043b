// SPDX-License-Identifier: GPL-3.0-or-later
// Each service's post checked field by field against its documented format: Slack's Block Kit
// (header, section with mrkdwn fields, context, actions with a link button), a Teams message
// carrying an Adaptive Card 1.4, Mattermost's Markdown text.
#include "chatevents.h"
#include "integrations/chat/chatmessages.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace muster;
using namespace muster::testing;

namespace {

QJsonObject parsed(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        qFatal("not a JSON object: %s", json.constData());
    return document.object();
}

QJsonObject blockOfType(const QJsonArray &blocks, const QString &type, int nth = 0)
{
    for (const QJsonValue &block : blocks) {
        if (block[QStringLiteral("type")] == type && nth-- == 0)
            return block.toObject();
    }
    return {};
}

} // namespace

class TestChatMessages : public QObject
{
    Q_OBJECT

    IncidentEvent declared() const
    {
        IncidentEvent e;
        e.kind = IncidentEventKind::Declared;
        e.cause = {QStringLiteral("a1b2c3d4e5f60718"), 14};
        e.atMs = 1'767'000'000'000;
        e.incident.id = QStringLiteral("01JCCCCCCCCCCCCCCCCCCCCCC1");
        e.incident.title = QStringLiteral("Checkout fails for EU customers");
        e.incident.severity = Severity::Sev1;
        e.incident.state = LifecycleState::Investigating;
        e.incident.services = {QStringLiteral("checkout"), QStringLiteral("payments-api")};
        e.incident.impact = QStringLiteral("EU customers cannot pay by card");
        e.incident.bridge = QStringLiteral("https://meet.example.com/sre-war-room");
        e.commander = QStringLiteral("Priya Raman");
        return e;
    }

    IncidentEvent updateSent() const
    {
        IncidentEvent e = declared();
        e.kind = IncidentEventKind::UpdateSent;
        e.update.list = QStringLiteral("Leadership");
        e.update.audience = AudienceType::Executives;
        e.update.stage = UpdateStage::Update;
        e.update.subject = QStringLiteral("[SEV1] Checkout degraded");
        e.update.body = QStringLiteral("Card payments fail.\nNext update 14:30 UTC.");
        return e;
    }

private Q_SLOTS:
    void headlinesSayWhatHappened_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("headline");
        QTest::addColumn<QString>("detail");
        QTest::newRow("declared") << int(IncidentEventKind::Declared)
                                  << "SEV1 declared: Checkout fails for EU customers"
                                  << "Impact: EU customers cannot pay by card";
        QTest::newRow("severity") << int(IncidentEventKind::SeverityChanged)
                                  << "Raised to SEV1: Checkout fails for EU customers"
                                  << "Severity changed from SEV3 to SEV1.";
        QTest::newRow("status") << int(IncidentEventKind::StatusChanged)
                                << "Investigating: Checkout fails for EU customers"
                                << "Status changed from Acknowledged to Investigating.";
        QTest::newRow("handoff") << int(IncidentEventKind::CommandHandedOver)
                                 << "Priya Raman is now Incident Commander: Checkout fails for EU customers"
                                 << "Command passed from Daniel Okafor to Priya Raman.";
        QTest::newRow("acknowledged") << int(IncidentEventKind::Acknowledged)
                                      << "Priya Raman took command: Checkout fails for EU customers"
                                      << "Priya Raman is Incident Commander.";
        QTest::newRow("resolved") << int(IncidentEventKind::Resolved)
                                  << "Resolved: Checkout fails for EU customers"
                                  << "Resolved 2h 05m after it started.";
    }
    void headlinesSayWhatHappened()
    {
        QFETCH(int, kind);
        QFETCH(QString, headline);
        QFETCH(QString, detail);
        IncidentEvent e = declared();
        e.kind = IncidentEventKind(kind);
        e.previousSeverity = Severity::Sev3;
        e.previousState = LifecycleState::Acknowledged;
        e.previousCommander = QStringLiteral("Daniel Okafor");
        e.incident.milestones[Milestone::Detected] = e.atMs;
        e.incident.milestones[Milestone::Resolved] = e.atMs + (2 * 60 + 5) * 60'000;
        QCOMPARE(chatHeadline(e), headline);
        QCOMPARE(chatDetail(e), detail);
    }

    void aDrillSaysSo()
    {
        IncidentEvent e = declared();
        e.incident.drill = true;
        QCOMPARE(chatHeadline(e), QStringLiteral("DRILL · SEV1 declared: Checkout fails for EU customers"));
    }

    void slackBlockKit()
    {
        const QJsonObject message = parsed(slackMessage(declared(), {}));
        // The fallback text notifications show.
        QCOMPARE(message[QStringLiteral("text")].toString(),
                 QStringLiteral("SEV1 declared: Checkout fails for EU customers"));
        const QJsonArray blocks = message[QStringLiteral("blocks")].toArray();
        QCOMPARE(blocks.size(), 5); // header, detail, fields, context, actions

        const QJsonObject header = blocks.at(0).toObject();
        QCOMPARE(header[QStringLiteral("type")].toString(), QStringLiteral("header"));
        QCOMPARE(header[QStringLiteral("text")][QStringLiteral("type")].toString(),
                 QStringLiteral("plain_text"));
        QCOMPARE(header[QStringLiteral("text")][QStringLiteral("text")].toString(),
                 QStringLiteral("SEV1 declared: Checkout fails for EU customers"));

        const QJsonObject detail = blocks.at(1).toObject();
        QCOMPARE(detail[QStringLiteral("type")].toString(), QStringLiteral("section"));
        QCOMPARE(detail[QStringLiteral("text")][QStringLiteral("type")].toString(), QStringLiteral("mrkdwn"));
        QCOMPARE(detail[QStringLiteral("text")][QStringLiteral("text")].toString(),
                 QStringLiteral("Impact: EU customers cannot pay by card"));

        const QJsonArray fields = blocks.at(2)[QStringLiteral("fields")].toArray();
        QStringList texts;
        for (const QJsonValue &field : fields) {
            QCOMPARE(field[QStringLiteral("type")].toString(), QStringLiteral("mrkdwn"));
            texts << field[QStringLiteral("text")].toString();
        }
        QCOMPARE(texts,
                 (QStringList {QStringLiteral("*Severity*\nSEV1"), QStringLiteral("*Status*\nInvestigating"),
                               QStringLiteral("*Incident Commander*\nPriya Raman"),
                               QStringLiteral("*Services*\ncheckout, payments-api"),
                               QStringLiteral("*Bridge*\nmeet.example.com/sre-war-room")}));
        QVERIFY(fields.size() <= 10); // Block Kit's limit per section

        const QJsonObject context = blocks.at(3).toObject();
        QCOMPARE(context[QStringLiteral("type")].toString(), QStringLiteral("context"));
        QCOMPARE(context[QStringLiteral("elements")][0][QStringLiteral("type")].toString(),
                 QStringLiteral("mrkdwn"));
        QCOMPARE(context[QStringLiteral("elements")][0][QStringLiteral("text")].toString(),
                 QStringLiteral("<muster://incident/01JCCCCCCCCCCCCCCCCCCCCCC1|Open in Muster> · incident "
                                "01JCCCCCCCCCCCCCCCCCCCCCC1"));

        const QJsonObject actions = blocks.at(4).toObject();
        QCOMPARE(actions[QStringLiteral("type")].toString(), QStringLiteral("actions"));
        const QJsonObject button = actions[QStringLiteral("elements")][0].toObject();
        QCOMPARE(button[QStringLiteral("type")].toString(), QStringLiteral("button"));
        QCOMPARE(button[QStringLiteral("text")][QStringLiteral("type")].toString(),
                 QStringLiteral("plain_text"));
        QCOMPARE(button[QStringLiteral("text")][QStringLiteral("text")].toString(),
                 QStringLiteral("Join bridge"));
        QCOMPARE(button[QStringLiteral("url")].toString(),
                 QStringLiteral("https://meet.example.com/sre-war-room"));
    }

    void slackEscapesWhatWouldPingOrLink()
    {
        IncidentEvent e = declared();
        e.incident.title = QStringLiteral("<!channel> & <https://evil.example|click>");
        e.commander = QStringLiteral("<@U123>");
        const QJsonObject message = parsed(slackMessage(e, {}));
        QCOMPARE(message[QStringLiteral("text")].toString(),
                 QStringLiteral("SEV1 declared: &lt;!channel&gt; &amp; &lt;https://evil.example|click&gt;"));
        const QString commander
            = blockOfType(message[QStringLiteral("blocks")].toArray(), QStringLiteral("section"),
                          1)[QStringLiteral("fields")][2][QStringLiteral("text")]
                  .toString();
        QCOMPARE(commander, QStringLiteral("*Incident Commander*\n&lt;@U123&gt;"));
        // The header is plain text: Slack reads no mentions there, and shows it as typed.
        QCOMPARE(
            message[QStringLiteral("blocks")][0][QStringLiteral("text")][QStringLiteral("text")].toString(),
            QStringLiteral("SEV1 declared: <!channel> & <https://evil.example|click>"));
    }

    void slackKeepsToItsLimits()
    {
        IncidentEvent e = declared();
        e.incident.title = QString(200, u'x');
        e.incident.impact = QString(5000, u'y');
        const QJsonArray blocks = parsed(slackMessage(e, {}))[QStringLiteral("blocks")].toArray();
        const QString header = blocks.at(0)[QStringLiteral("text")][QStringLiteral("text")].toString();
        QCOMPARE(header.size(), 150);
        QVERIFY(header.endsWith(u'…'));
        QCOMPARE(blocks.at(1)[QStringLiteral("text")][QStringLiteral("text")].toString().size(), 3000);
    }

    void aBridgeThatIsNotAWebLinkIsAFieldNotAButton()
    {
        IncidentEvent e = declared();
        e.incident.bridge = QStringLiteral("tel:+4930123456");
        const QJsonArray blocks = parsed(slackMessage(e, {}))[QStringLiteral("blocks")].toArray();
        QVERIFY(blockOfType(blocks, QStringLiteral("actions")).isEmpty());
        QCOMPARE(blocks.at(2)[QStringLiteral("fields")][4][QStringLiteral("text")].toString(),
                 QStringLiteral("*Bridge*\n+4930123456"));
        e.incident.bridge.clear();
        const QJsonArray without = parsed(slackMessage(e, {}))[QStringLiteral("blocks")].toArray();
        QCOMPARE(without.at(2)[QStringLiteral("fields")].toArray().size(), 4);
    }

    void anUpdatesTextIsQuotedOnlyWhenAskedFor()
    {
        const QJsonArray plain = parsed(slackMessage(updateSent(), {}))[QStringLiteral("blocks")].toArray();
        QCOMPARE(plain.at(1)[QStringLiteral("text")][QStringLiteral("text")].toString(),
                 QStringLiteral("“[SEV1] Checkout degraded” went to Leadership (Executives, Update)."));
        QVERIFY(!QJsonDocument(plain).toJson().contains("Card payments fail"));

        const QJsonArray quoted
            = parsed(slackMessage(updateSent(), {.includeUpdateText = true}))[QStringLiteral("blocks")]
                  .toArray();
        QCOMPARE(
            blockOfType(quoted, QStringLiteral("section"), 2)[QStringLiteral("text")][QStringLiteral("text")]
                .toString(),
            QStringLiteral("&gt; Card payments fail.\n&gt; Next update 14:30 UTC."));
    }

    void teamsAdaptiveCard()
    {
        const QJsonObject message = parsed(teamsMessage(declared(), {}));
        QCOMPARE(message[QStringLiteral("type")].toString(), QStringLiteral("message"));
        const QJsonArray attachments = message[QStringLiteral("attachments")].toArray();
        QCOMPARE(attachments.size(), 1);
        QCOMPARE(attachments[0][QStringLiteral("contentType")].toString(),
                 QStringLiteral("application/vnd.microsoft.card.adaptive"));
        QVERIFY(attachments[0][QStringLiteral("contentUrl")].isNull());
        const QJsonObject card = attachments[0][QStringLiteral("content")].toObject();
        QCOMPARE(card[QStringLiteral("type")].toString(), QStringLiteral("AdaptiveCard"));
        QCOMPARE(card[QStringLiteral("version")].toString(), QStringLiteral("1.4"));
        QCOMPARE(card[QStringLiteral("$schema")].toString(),
                 QStringLiteral("http://adaptivecards.io/schemas/adaptive-card.json"));

        const QJsonArray body = card[QStringLiteral("body")].toArray();
        QCOMPARE(body.size(), 3);
        QCOMPARE(body[0][QStringLiteral("type")].toString(), QStringLiteral("TextBlock"));
        QCOMPARE(body[0][QStringLiteral("text")].toString(),
                 QStringLiteral("SEV1 declared: Checkout fails for EU customers"));
        QCOMPARE(body[0][QStringLiteral("weight")].toString(), QStringLiteral("Bolder"));
        QCOMPARE(body[0][QStringLiteral("color")].toString(), QStringLiteral("Attention"));
        QCOMPARE(body[0][QStringLiteral("wrap")].toBool(), true);
        QCOMPARE(body[1][QStringLiteral("text")].toString(),
                 QStringLiteral("Impact: EU customers cannot pay by card"));
        QCOMPARE(body[2][QStringLiteral("type")].toString(), QStringLiteral("FactSet"));
        const QJsonArray facts = body[2][QStringLiteral("facts")].toArray();
        QCOMPARE(facts.size(), 5);
        QCOMPARE(facts[0][QStringLiteral("title")].toString(), QStringLiteral("Severity"));
        QCOMPARE(facts[0][QStringLiteral("value")].toString(), QStringLiteral("SEV1"));
        QCOMPARE(facts[1][QStringLiteral("value")].toString(), QStringLiteral("Investigating"));
        QCOMPARE(facts[2][QStringLiteral("title")].toString(), QStringLiteral("Incident Commander"));
        QCOMPARE(facts[2][QStringLiteral("value")].toString(), QStringLiteral("Priya Raman"));

        const QJsonArray actions = card[QStringLiteral("actions")].toArray();
        QCOMPARE(actions.size(), 2);
        QCOMPARE(actions[0][QStringLiteral("type")].toString(), QStringLiteral("Action.OpenUrl"));
        QCOMPARE(actions[0][QStringLiteral("title")].toString(), QStringLiteral("Open in Muster"));
        QCOMPARE(actions[0][QStringLiteral("url")].toString(),
                 QStringLiteral("muster://incident/01JCCCCCCCCCCCCCCCCCCCCCC1"));
        QCOMPARE(actions[1][QStringLiteral("title")].toString(), QStringLiteral("Join bridge"));
        QCOMPARE(actions[1][QStringLiteral("url")].toString(),
                 QStringLiteral("https://meet.example.com/sre-war-room"));
    }

    void teamsQuotesAnUpdateWhenAskedFor()
    {
        const QJsonArray body = parsed(teamsMessage(
            updateSent(),
            {.includeUpdateText
             = true}))[QStringLiteral("attachments")][0][QStringLiteral("content")][QStringLiteral("body")]
                                    .toArray();
        QCOMPARE(body.last()[QStringLiteral("text")].toString(),
                 QStringLiteral("Card payments fail.\nNext update 14:30 UTC."));
        IncidentEvent lowSeverity = updateSent();
        lowSeverity.incident.severity = Severity::Sev3;
        QCOMPARE(parsed(teamsMessage(lowSeverity, {}))[QStringLiteral("attachments")][0][QStringLiteral(
                     "content")][QStringLiteral("body")][0][QStringLiteral("color")]
                     .toString(),
                 QStringLiteral("Default"));
    }

    void mattermostMarkdown()
    {
        const QJsonObject message = parsed(mattermostMessage(declared(), {}));
        QCOMPARE(message.keys(), QStringList {QStringLiteral("text")});
        QCOMPARE(message[QStringLiteral("text")].toString(),
                 QStringLiteral("#### SEV1 declared: Checkout fails for EU customers\n"
                                "Impact: EU customers cannot pay by card\n"
                                "**Severity:** SEV1\n"
                                "**Status:** Investigating\n"
                                "**Incident Commander:** Priya Raman\n"
                                "**Services:** checkout, payments-api\n"
                                "**Bridge:** meet.example.com/sre-war-room\n"
                                "[Open in Muster](muster://incident/01JCCCCCCCCCCCCCCCCCCCCCC1) · "
                                "[Join bridge](https://meet.example.com/sre-war-room)"));
    }

    void theLinkBackEncodesTheId()
    {
        QCOMPARE(incidentLink(QStringLiteral("01JX")), QStringLiteral("muster://incident/01JX"));
        QCOMPARE(incidentLink(QStringLiteral("a b/c")), QStringLiteral("muster://incident/a%20b%2Fc"));
    }
};

QTEST_GUILESS_MAIN(TestChatMessages)
#include "tst_chatmessages.moc"
