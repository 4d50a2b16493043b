// SPDX-License-Identifier: GPL-3.0-or-later
// The "Add integration" form: what it asks for before it sends anything, what it sends, and
// how it takes the relay's answer (the URL leaves the form once the relay has it).
#include "integrationeditor.h"
#include "integrationlist.h"
#include "synccontroller.h"

#include <QSignalSpy>
#include <QTest>

using namespace muster;

class TestIntegrationEditor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void saysWhatIsMissingUntilItCanBeSent()
    {
        IntegrationEditor editor;
        QCOMPARE(editor.kind(), QStringLiteral("slack"));
        QCOMPARE(editor.problem(), QStringLiteral("Give it the channel's name, like #incidents."));
        editor.setName(QStringLiteral("  #incidents "));
        QCOMPARE(editor.problem(), QStringLiteral("Paste the incoming webhook's URL from Slack."));
        editor.setKind(QStringLiteral("teams"));
        QCOMPARE(editor.problem(), QStringLiteral("Paste the incoming webhook's URL from Microsoft Teams."));
        editor.setUrl(QStringLiteral("javascript:alert(1)"));
        QCOMPARE(editor.problem(), QStringLiteral("The webhook URL starts with https://."));
        editor.setUrl(QStringLiteral("https:///nohost"));
        QCOMPARE(editor.problem(), QStringLiteral("The webhook URL has no host."));
        editor.setUrl(QStringLiteral("https://example.webhook.office.com/webhookb2/x"));
        QVERIFY(editor.valid());
        for (const QString &event :
             {QStringLiteral("declared"), QStringLiteral("severity"), QStringLiteral("status"),
              QStringLiteral("handoff"), QStringLiteral("update"), QStringLiteral("resolved")})
            editor.setEvent(event, false);
        QCOMPARE(editor.problem(), QStringLiteral("Choose at least one event to post."));
        editor.setEvent(QStringLiteral("resolved"), true);
        editor.setEvent(QStringLiteral("declared"), true);
        editor.setEvent(QStringLiteral("nonsense"), true);
        QVERIFY(editor.valid());
        const QVariantList events = editor.events();
        QCOMPARE(events.size(), 6);
        QCOMPARE(events.at(0).toMap().value(QStringLiteral("label")).toString(), QStringLiteral("Declared"));
        QCOMPARE(events.at(0).toMap().value(QStringLiteral("checked")).toBool(), true);
        QCOMPARE(events.at(1).toMap().value(QStringLiteral("checked")).toBool(), false);
        QCOMPARE(events.at(5).toMap().value(QStringLiteral("checked")).toBool(), true);
        QCOMPARE(editor.kindChoices().size(), 6);
    }

    void pagerDutyAsksForItsKeyAndItsThreeEvents()
    {
        IntegrationEditor editor;
        editor.setName(QStringLiteral("Payments on-call"));
        editor.setUrl(QStringLiteral("https://hooks.slack.com/services/T/B/secret"));
        editor.setKind(QStringLiteral("pagerduty"));
        QCOMPARE(editor.url(), QString()); // a webhook URL is no integration key
        QCOMPARE(editor.nameLabel(), QStringLiteral("Name, as your team calls it"));
        QCOMPARE(editor.secretLabel(),
                 QStringLiteral("Integration key (the service's Events API v2 integration)"));
        QCOMPARE(editor.problem(),
                 QStringLiteral("Paste the integration key of the PagerDuty service's Events API v2 "
                                "integration: 32 letters and digits."));
        editor.setUrl(QStringLiteral("R0123456789ABCDEF0123456789ABCDE"));
        QVERIFY(editor.valid());
        QStringList offered;
        for (const QVariant &event : editor.events())
            offered << event.toMap().value(QStringLiteral("value")).toString();
        QCOMPARE(offered,
                 (QStringList {QStringLiteral("declared"), QStringLiteral("resolved"),
                               QStringLiteral("acknowledged")}));
        QCOMPARE(editor.events().at(2).toMap().value(QStringLiteral("label")).toString(),
                 QStringLiteral("Someone took command"));
        editor.setEvent(QStringLiteral("severity"), true); // not PagerDuty's: ignored
        QCOMPARE(editor.events().size(), 3);
        editor.setKind(QStringLiteral("slack"));
        QCOMPARE(editor.secretLabel(), QStringLiteral("Incoming webhook URL"));
        QCOMPARE(editor.events().size(), 6);
    }

    void anIncomingPagerDutyWebhookAsksForItsSigningSecretOnly()
    {
        SyncController sync(nullptr);
        IntegrationList list(&sync);
        IntegrationEditor editor;
        editor.setIntegrations(&list);
        editor.setKind(QStringLiteral("pagerduty-webhook"));
        editor.setName(QStringLiteral("PagerDuty"));
        QVERIFY(editor.receives());
        QVERIFY(editor.events().isEmpty());
        QCOMPARE(editor.secretLabel(),
                 QStringLiteral("Signing secret of the PagerDuty webhook subscription"));
        QCOMPARE(editor.problem(),
                 QStringLiteral(
                     "Paste the signing secret PagerDuty showed when the webhook subscription was made."));
        editor.setUrl(QStringLiteral("whsec-1234567890"));
        QVERIFY(editor.valid()); // no events to choose
        QVERIFY(editor.submit());
    }

    void jiraAsksForItsSiteProjectIssueTypeAndToken()
    {
        IntegrationEditor editor;
        editor.setName(QStringLiteral("Follow-ups in OPS"));
        editor.setUrl(QStringLiteral("https://hooks.slack.com/services/T/B/secret"));
        editor.setKind(QStringLiteral("jira"));
        QVERIFY(editor.jira());
        QCOMPARE(editor.url(), QString()); // a webhook URL is no Jira token
        QVERIFY(editor.events().isEmpty()); // it files what is sent to it
        QCOMPARE(editor.issueType(), QStringLiteral("Task"));
        QCOMPARE(editor.problem(),
                 QStringLiteral("Enter the Jira site's address, like https://acme.atlassian.net."));
        editor.setSite(QStringLiteral("acme.atlassian.net"));
        QCOMPARE(editor.problem(), QStringLiteral("The Jira site's address starts with https://."));
        editor.setSite(QStringLiteral("https://acme.atlassian.net"));
        QCOMPARE(editor.problem(),
                 QStringLiteral("Enter the project's key as Jira shows it: capitals, like OPS."));
        editor.setProject(QStringLiteral("ops"));
        QCOMPARE(editor.problem(),
                 QStringLiteral("Enter the project's key as Jira shows it: capitals, like OPS."));
        editor.setProject(QStringLiteral("OPS"));
        editor.setIssueType(QStringLiteral(" "));
        QCOMPARE(editor.problem(), QStringLiteral("Enter the issue type's name, like Task."));
        editor.setIssueType(QStringLiteral("Bug"));
        QCOMPARE(editor.problem(), QStringLiteral("Paste a personal access token (Jira Data Center)."));
        QCOMPARE(editor.secretLabel(), QStringLiteral("Personal access token"));
        editor.setUser(QStringLiteral("sre bot"));
        QCOMPARE(
            editor.problem(),
            QStringLiteral("The account is its e-mail address; leave it empty for a personal access token."));
        editor.setUser(QStringLiteral("sre-bot@example.com"));
        QCOMPARE(editor.secretLabel(), QStringLiteral("API token of that account"));
        QCOMPARE(editor.problem(), QStringLiteral("Paste an API token of that account (Jira Cloud)."));
        editor.setUrl(QStringLiteral("ATATT3xFfGF0"));
        QVERIFY(editor.valid());
        QCOMPARE(editor.kindChoices().size(), 6);
        editor.clear();
        QCOMPARE(editor.site(), QString());
        QCOMPARE(editor.project(), QString());
        QCOMPARE(editor.user(), QString());
        QCOMPARE(editor.issueType(), QStringLiteral("Task"));
    }

    void submittingWithoutARelayComesBackRefused()
    {
        SyncController sync(nullptr);
        IntegrationList list(&sync);
        IntegrationEditor editor;
        editor.setIntegrations(&list);
        editor.setName(QStringLiteral("#incidents"));
        editor.setUrl(QStringLiteral("https://hooks.slack.com/services/T/B/secret"));
        QSignalSpy added(&editor, &IntegrationEditor::added);
        QVERIFY(editor.submit());
        QVERIFY(editor.busy());
        QVERIFY(!editor.submit()); // one at a time
        QTRY_VERIFY(!editor.busy());
        QCOMPARE(editor.refusal(), QStringLiteral("Muster is not connected to a relay."));
        QVERIFY(added.isEmpty());
        // Refused: what was typed stays, to be sent again.
        QCOMPARE(editor.url(), QStringLiteral("https://hooks.slack.com/services/T/B/secret"));
    }

    void theRelaysYesClearsTheSecret()
    {
        SyncController sync(nullptr);
        IntegrationList list(&sync);
        IntegrationEditor editor;
        editor.setIntegrations(&list);
        editor.setName(QStringLiteral("#incidents"));
        editor.setUrl(QStringLiteral("https://hooks.slack.com/services/T/B/secret"));
        QSignalSpy added(&editor, &IntegrationEditor::added);
        QVERIFY(editor.submit());
        // The relay's yes for this request (the id SyncController gave it: its first).
        emit sync.integrationAnswered(1, QString());
        QCOMPARE(added.size(), 1);
        QVERIFY(!editor.busy());
        QCOMPARE(editor.url(), QString());
        QCOMPARE(editor.name(), QStringLiteral("#incidents"));
        editor.clear();
        QCOMPARE(editor.name(), QString());
    }
};

QTEST_GUILESS_MAIN(TestIntegrationEditor)
#include "tst_integrationeditor.moc"
