// SPDX-License-Identifier: GPL-3.0-or-later
// The integrations as a responder reads them: which service and channel, which events, and
// whether posts go out, are retried or are paused (with the notice that says so); retry and
// remove answered even when the relay cannot be reached.
#include "integrationlist.h"
#include "synccontroller.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace muster;

class TestIntegrationList : public QObject
{
    Q_OBJECT

    static QList<protocol::IntegrationInfo> sample()
    {
        protocol::IntegrationInfo posting {QStringLiteral("int-a"),
                                           QStringLiteral("slack"),
                                           QStringLiteral("#incidents"),
                                           QStringLiteral("https://hooks.slack.com"),
                                           {QStringLiteral("declared"), QStringLiteral("resolved")}};
        posting.lastDeliveredAt = 1'700'000'000'000;
        protocol::IntegrationInfo retrying {QStringLiteral("int-b"),
                                            QStringLiteral("teams"),
                                            QStringLiteral("Ops"),
                                            QStringLiteral("https://example.webhook.office.com"),
                                            {QStringLiteral("handoff")}};
        retrying.lastError
            = QStringLiteral("HTTP 500 from https://example.webhook.office.com; trying again in 2 s");
        protocol::IntegrationInfo paused {QStringLiteral("int-c"),
                                          QStringLiteral("mattermost"),
                                          QStringLiteral("~town"),
                                          QStringLiteral("https://chat.example.com"),
                                          {QStringLiteral("update")}};
        paused.paused
            = QStringLiteral("HTTP 404 from https://chat.example.com (is the webhook still there?)");
        paused.lastError = paused.paused;
        paused.waiting = 3;
        protocol::IntegrationInfo fresh {QStringLiteral("int-d"),
                                         QStringLiteral("slack"),
                                         QStringLiteral("#sre"),
                                         QStringLiteral("https://hooks.slack.com"),
                                         {QStringLiteral("severity")}};
        return {posting, retrying, paused, fresh};
    }

private Q_SLOTS:
    void eachRowSaysWhereAndHowItGoes()
    {
        IntegrationList model(nullptr);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(!model.known());
        QSignalSpy changed(&model, &IntegrationList::changed);
        model.setIntegrations(sample(), true);
        QVERIFY(model.known());
        QVERIFY(model.manage());
        QCOMPARE(changed.size(), 1);
        QCOMPARE(model.rowCount(), 4);
        auto at = [&](int row, int role) { return model.data(model.index(row), role); };
        QCOMPARE(at(0, IntegrationList::IdRole).toString(), QStringLiteral("int-a"));
        QCOMPARE(at(0, IntegrationList::KindLabelRole).toString(), QStringLiteral("Slack"));
        QCOMPARE(at(0, IntegrationList::NameRole).toString(), QStringLiteral("#incidents"));
        QCOMPARE(at(0, IntegrationList::TargetRole).toString(), QStringLiteral("https://hooks.slack.com"));
        QCOMPARE(at(0, IntegrationList::EventsRole).toString(), QStringLiteral("Declared, Resolved"));
        QCOMPARE(at(0, IntegrationList::StatusRole).toInt(), int(IntegrationList::Posting));
        QCOMPARE(at(0, IntegrationList::StatusTextRole).toString(), QString());
        QCOMPARE(at(0, IntegrationList::LastDeliveredAtRole).toDouble(), 1'700'000'000'000.0);

        QCOMPARE(at(1, IntegrationList::KindLabelRole).toString(), QStringLiteral("Microsoft Teams"));
        QCOMPARE(at(1, IntegrationList::EventsRole).toString(), QStringLiteral("Command handed over"));
        QCOMPARE(at(1, IntegrationList::StatusRole).toInt(), int(IntegrationList::Retrying));
        QCOMPARE(at(1, IntegrationList::StatusTextRole).toString(),
                 QStringLiteral(
                     "Retrying: HTTP 500 from https://example.webhook.office.com; trying again in 2 s"));

        QCOMPARE(at(2, IntegrationList::KindLabelRole).toString(), QStringLiteral("Mattermost"));
        QCOMPARE(at(2, IntegrationList::StatusRole).toInt(), int(IntegrationList::Paused));
        QCOMPARE(at(2, IntegrationList::WaitingRole).toInt(), 3);
        QCOMPARE(at(2, IntegrationList::StatusTextRole).toString(),
                 QStringLiteral(
                     "Paused: HTTP 404 from https://chat.example.com (is the webhook still there?). Posts "
                     "waiting: 3. Retry once it is fixed."));
        QCOMPARE(at(3, IntegrationList::StatusRole).toInt(), int(IntegrationList::NothingYet));
        QVERIFY(!at(4, IntegrationList::NameRole).isValid());
        QVERIFY(!at(0, Qt::UserRole + 99).isValid());
    }

    void anIncomingPagerDutyWebhookSaysItReceives()
    {
        IntegrationList model(nullptr);
        protocol::IntegrationInfo incoming {QStringLiteral("int-p"),
                                            QStringLiteral("pagerduty-webhook"),
                                            QStringLiteral("PagerDuty"),
                                            QStringLiteral("/pagerduty/payments"),
                                            {}};
        incoming.lastError = QStringLiteral("refused a webhook from 10.0.0.9 with no X-PagerDuty-Signature");
        model.setIntegrations({incoming}, true);
        QCOMPARE(model.data(model.index(0), IntegrationList::KindLabelRole).toString(),
                 QStringLiteral("PagerDuty (incoming)"));
        QVERIFY(model.data(model.index(0), IntegrationList::IncomingRole).toBool());
        QCOMPARE(model.data(model.index(0), IntegrationList::StatusTextRole).toString(),
                 QStringLiteral("Warning: refused a webhook from 10.0.0.9 with no X-PagerDuty-Signature"));
        QCOMPARE(model.problem(), QString()); // a refused stranger is no outage of ours
    }

    void aJiraIntegrationSaysWhereItFilesAndOffersSending()
    {
        IntegrationList model(nullptr);
        QAbstractItemModelTester tester(&model);
        QVERIFY(!model.filesToJira());
        protocol::IntegrationInfo jira {QStringLiteral("int-j"),
                                        QStringLiteral("jira"),
                                        QStringLiteral("Follow-ups"),
                                        QStringLiteral("https://acme.atlassian.net"),
                                        {QStringLiteral("action-item")}};
        jira.project = QStringLiteral("OPS");
        jira.issueType = QStringLiteral("Task");
        jira.account = QStringLiteral("sre-bot@example.com");
        jira.lastError = QStringLiteral("OPS-9 is not found on https://acme.atlassian.net");
        model.setIntegrations({jira}, false);
        QVERIFY(model.filesToJira());
        const QModelIndex row = model.index(0);
        QCOMPARE(model.data(row, IntegrationList::KindLabelRole).toString(), QStringLiteral("Jira"));
        QVERIFY(model.data(row, IntegrationList::JiraRole).toBool());
        QCOMPARE(model.data(row, IntegrationList::ProjectRole).toString(), QStringLiteral("OPS"));
        QCOMPARE(model.data(row, IntegrationList::IssueTypeRole).toString(), QStringLiteral("Task"));
        QCOMPARE(model.data(row, IntegrationList::AccountRole).toString(),
                 QStringLiteral("sre-bot@example.com"));
        QCOMPARE(model.data(row, IntegrationList::EventsRole).toString(),
                 QStringLiteral("Action items sent to it"));
        // A status it could not read holds nothing up: a warning, not a retry.
        QCOMPARE(model.data(row, IntegrationList::StatusTextRole).toString(),
                 QStringLiteral("Warning: OPS-9 is not found on https://acme.atlassian.net"));
        jira.waiting = 1;
        model.setIntegrations({jira}, false);
        QVERIFY(model.data(model.index(0), IntegrationList::StatusTextRole)
                    .toString()
                    .startsWith(QStringLiteral("Retrying: ")));
        model.setIntegrations({}, false);
        QVERIFY(!model.filesToJira());
    }

    void aPausedIntegrationIsTheNotice()
    {
        IntegrationList model(nullptr);
        model.setIntegrations(sample(), false);
        QCOMPARE(model.problem(),
                 QStringLiteral("Posts to ~town (Mattermost) are paused: HTTP 404 from "
                                "https://chat.example.com (is the webhook still there?)"));
        QVERIFY(!model.manage());
        auto healthy = sample();
        healthy[2].paused.clear();
        model.setIntegrations(healthy, false);
        QCOMPARE(model.problem(), QString());
        model.setIntegrations({}, false);
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(model.known()); // told: there are none
    }

    void retryWithoutARelayIsAnsweredNotLost()
    {
        SyncController sync(nullptr); // never started: no relay
        IntegrationList model(&sync);
        model.setIntegrations(sample(), true);
        QSignalSpy busy(&model, &IntegrationList::busyChanged);
        model.retry(QStringLiteral("int-c"));
        QVERIFY(model.busy());
        QTRY_VERIFY(!model.busy());
        QCOMPARE(model.refusal(), QStringLiteral("Muster is not connected to a relay."));
        QCOMPARE(busy.size(), 2);
    }

    void theRelaysListReachesTheModel()
    {
        SyncController sync(nullptr);
        IntegrationList model(&sync);
        emit sync.integrationsChanged(sample().mid(0, 1), true);
        QCOMPARE(model.rowCount(), 1);
        QVERIFY(model.manage());
    }
};

QTEST_GUILESS_MAIN(TestIntegrationList)
#include "tst_integrationlist.moc"
