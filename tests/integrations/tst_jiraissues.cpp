// SPDX-License-Identifier: GPL-3.0-or-later
// Jira REST API v2 as the relay speaks it, checked against Atlassian's documented formats: the
// create-issue body field by field (project key, issue type name, summary, description in wiki
// markup), both kinds of Authorization header, the issue's page and status addresses, and the
// answers read back (the created issue's key, an issue's status and status category).
#include "integrations/chat/incidentevents.h"
#include "integrations/jira/jiraissues.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace muster;

class TestJiraIssues : public QObject
{
    Q_OBJECT

    static IncidentEvent filed()
    {
        IncidentEvent e;
        e.kind = IncidentEventKind::ActionItemFiled;
        e.cause = {QStringLiteral("a1b2c3d4e5f60718"), 40};
        e.atMs = 1'795'500'004'211; // 2026-11-24T06:00:04.211Z
        e.incident.id = QStringLiteral("01JCCCCCCCCCCCCCCCCCCCCCC1");
        e.incident.title = QStringLiteral("Checkout fails for EU customers");
        e.incident.severity = Severity::Sev2;
        e.incident.services = {QStringLiteral("checkout"), QStringLiteral("payments-api")};
        e.incident.impact = QStringLiteral("EU customers cannot pay by card");
        e.task.id = QStringLiteral("01JTTTTTTTTTTTTTTTTTTTTTT1");
        e.task.kind = TaskKind::ActionItem;
        e.task.title = QStringLiteral("Add a canary for checkout");
        e.task.dueMs = 1'796'083'200'000; // 2026-12-01
        e.taskOwner = QStringLiteral("Marcus Webb");
        return e;
    }
    static const JiraSettings &ops()
    {
        static const JiraSettings settings {QStringLiteral("OPS"), QStringLiteral("Task"),
                                            QStringLiteral("sre-bot@example.com")};
        return settings;
    }
    static QJsonObject fieldsOf(const QByteArray &json)
    {
        const QJsonObject body = QJsonDocument::fromJson(json).object();
        return body.value(QStringLiteral("fields")).toObject();
    }

private Q_SLOTS:
    void theBodyHasTheDocumentedFields()
    {
        const QByteArray json = jiraIssueBody(filed(), ops());
        const QJsonObject body = QJsonDocument::fromJson(json).object();
        QCOMPARE(body.keys(), QStringList {QStringLiteral("fields")});
        const QJsonObject fields = fieldsOf(json);
        // Only what every create screen has: no field a project may lack makes Jira refuse it.
        QCOMPARE(fields.keys(),
                 (QStringList {QStringLiteral("description"), QStringLiteral("issuetype"),
                               QStringLiteral("project"), QStringLiteral("summary")}));
        QCOMPARE(fields.value(QStringLiteral("project")).toObject(),
                 (QJsonObject {{QStringLiteral("key"), QStringLiteral("OPS")}}));
        QCOMPARE(fields.value(QStringLiteral("issuetype")).toObject(),
                 (QJsonObject {{QStringLiteral("name"), QStringLiteral("Task")}}));
        QCOMPARE(fields.value(QStringLiteral("summary")).toString(),
                 QStringLiteral("Add a canary for checkout"));
        const QString description = fields.value(QStringLiteral("description")).toString();
        const QStringList lines = description.split(u'\n');
        QCOMPARE(
            lines.value(0),
            QStringLiteral("Follow-up action item from the retrospective of *SEV2: Checkout fails for EU "
                           "customers*."));
        QVERIFY(lines.contains(QStringLiteral("*Owner:* Marcus Webb")));
        QVERIFY(lines.contains(QStringLiteral("*Due:* 2026-12-01 (UTC)")));
        QVERIFY(lines.contains(QStringLiteral("*Impact:* EU customers cannot pay by card")));
        QVERIFY(lines.contains(QStringLiteral("*Services:* checkout, payments\\-api")));
        QVERIFY(lines.contains(QStringLiteral("*Incident:* muster://incident/01JCCCCCCCCCCCCCCCCCCCCCC1")));
        QCOMPARE(lines.constLast(), QStringLiteral("Sent to Jira from Muster on 2026-11-24 06:00 UTC."));
    }

    void anItemWithoutOwnerOrDueSaysSo()
    {
        IncidentEvent e = filed();
        e.taskOwner.clear();
        e.task.dueMs = 0;
        e.incident.drill = true;
        const QString description
            = fieldsOf(jiraIssueBody(e, ops())).value(QStringLiteral("description")).toString();
        QVERIFY(description.contains(QStringLiteral("*Owner:* nobody yet")));
        QVERIFY(!description.contains(QStringLiteral("*Due:*")));
        QVERIFY(description.startsWith(
            QStringLiteral("Follow-up action item from the retrospective of *DRILL · SEV2")));
    }

    void markupInTitlesCannotFormLinksOrMacros()
    {
        IncidentEvent e = filed();
        e.incident.title = QStringLiteral("[click|https://evil.example] {code}x{code} *bold* ü 🔥");
        const QString description
            = fieldsOf(jiraIssueBody(e, ops())).value(QStringLiteral("description")).toString();
        QVERIFY(description.contains(
            QStringLiteral("\\[click\\|https://evil.example\\] \\{code\\}x\\{code\\} \\*bold\\* ü 🔥")));
        QCOMPARE(jiraWikiEscaped(QStringLiteral("a\\b")), QStringLiteral("a\\\\b"));
    }

    void aLongTitleIsCutToJirasSummaryLimit()
    {
        IncidentEvent e = filed();
        e.task.title = QString(300, u'x') + QStringLiteral("\n  tail");
        const QString summary = fieldsOf(jiraIssueBody(e, ops())).value(QStringLiteral("summary")).toString();
        QCOMPARE(summary.size(), 255);
        QVERIFY(summary.endsWith(u'…'));
        QVERIFY(!summary.contains(u'\n'));
    }

    void authorizationIsBasicWithAnEmailAndBearerWithout()
    {
        // Jira Cloud: Basic base64("email:api_token").
        QCOMPARE(
            jiraAuthorization(QStringLiteral("sre-bot@example.com"), QStringLiteral("ATATT3xFfGF0T0k3n")),
            QByteArray("Basic ") + QByteArray("sre-bot@example.com:ATATT3xFfGF0T0k3n").toBase64());
        // Data Center: a personal access token as Bearer.
        QCOMPARE(jiraAuthorization({}, QStringLiteral("NjM2ODk0NjA5MDQ5OpAT")),
                 QByteArray("Bearer NjM2ODk0NjA5MDQ5OpAT"));
    }

    void addressesKeepTheSitesContextPath()
    {
        QCOMPARE(jiraCreateIssueUrl(QStringLiteral("https://acme.atlassian.net/")),
                 QStringLiteral("https://acme.atlassian.net/rest/api/2/issue"));
        QCOMPARE(jiraCreateIssueUrl(QStringLiteral("https://jira.example.com/jira")),
                 QStringLiteral("https://jira.example.com/jira/rest/api/2/issue"));
        QCOMPARE(jiraIssueStatusUrl(QStringLiteral("https://acme.atlassian.net"), QStringLiteral("OPS-24")),
                 QStringLiteral("https://acme.atlassian.net/rest/api/2/issue/OPS-24?fields=status"));
        QCOMPARE(jiraBrowseUrl(QStringLiteral("https://jira.example.com/jira//"), QStringLiteral("OPS-24")),
                 QStringLiteral("https://jira.example.com/jira/browse/OPS-24"));
    }

    void theCreatedIssuesKeyIsRead()
    {
        // The documented 201 answer.
        const QByteArray created
            = R"({"id":"10000","key":"ED-24","self":"https://your-domain.atlassian.net/rest/api/2/issue/10000"})";
        QCOMPARE(jiraCreatedKey(created).value_or(QString()), QStringLiteral("ED-24"));
        const QByteArray lowerCase = R"({"key":"ops-1"})";
        const QByteArray injected = R"({"key":"OPS-1; DROP TABLE"})";
        QVERIFY(!jiraCreatedKey("{}"));
        QVERIFY(!jiraCreatedKey("<html>Sign in</html>"));
        QVERIFY(!jiraCreatedKey(lowerCase));
        QVERIFY(!jiraCreatedKey(injected));
    }

    void anIssuesStatusIsRead()
    {
        const QByteArray answer
            = R"({"id":"10000","key":"OPS-24","fields":{"status":{"name":"In Progress","id":"3",)"
              R"("statusCategory":{"id":4,"key":"indeterminate","colorName":"yellow","name":"In Progress"}}}})";
        const auto status = jiraIssueStatus(answer);
        QVERIFY(status);
        QCOMPARE(status->name, QStringLiteral("In Progress"));
        QCOMPARE(status->category, QStringLiteral("indeterminate"));
        const QByteArray noStatus = R"({"fields":{}})";
        QVERIFY(!jiraIssueStatus(noStatus));
        QVERIFY(!jiraIssueStatus("not json"));
    }

    void settingsAreCheckedAndKept()
    {
        QCOMPARE(validateJiraSettings(ops()), QString());
        QVERIFY(!validateJiraSettings({QStringLiteral("ops"), QStringLiteral("Task"), {}}).isEmpty());
        QVERIFY(!validateJiraSettings({{}, QStringLiteral("Task"), {}}).isEmpty());
        QVERIFY(!validateJiraSettings({QStringLiteral("OPS"), QStringLiteral(" "), {}}).isEmpty());
        QVERIFY(!validateJiraSettings({QStringLiteral("OPS"), QStringLiteral("Task"), QStringLiteral("bob")})
                     .isEmpty());
        QCOMPARE(validateJiraSettings({QStringLiteral("OPS_2"), QStringLiteral("Bug"), {}}), QString());
        QCOMPARE(JiraSettings::fromJson(ops().toJson()), ops());
    }
};

QTEST_GUILESS_MAIN(TestJiraIssues)
#include "tst_jiraissues.moc"
