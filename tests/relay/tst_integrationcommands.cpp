// SPDX-License-Identifier: GPL-3.0-or-later
// `muster-relay integration add|list|remove|retry` on a real relay database: the webhook URL is
// read from standard input or a file, never taken on the command line; it is checked; the
// list shows where an integration posts without the URL's secret path; remove and retry say
// what they did, and what they could not.
#include "relay/integrationcommands.h"
#include "relay/sqliterelaystorage.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

using namespace muster;

namespace {

constexpr qint64 kNow = 1'795'500'004'211;

struct Run
{
    int code = -1;
    QString out;
    QString err;
};

const QString kSecretUrl = QStringLiteral("https://hooks.slack.com/services/T0001/B0001/S3CR3TxYz");

} // namespace

class TestIntegrationCommands : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;

    Run run(QStringList args, QString input = {})
    {
        args.prepend(QStringLiteral("integration"));
        args.prepend(QStringLiteral("muster-relay"));
        args << QStringLiteral("--db") << m_path;
        const RelayCommandLine line = parseRelayCommandLine(args);
        Run result;
        if (!line.error.isEmpty()) {
            result.err = line.error;
            return result;
        }
        SqliteRelayStorage storage;
        if (storage.open(line.databasePath, SqliteRelayStorage::Check::Header))
            return result;
        QTextStream in(&input);
        QTextStream out(&result.out);
        QTextStream err(&result.err);
        result.code = runIntegrationCommand(line, storage, storage, in, out, err, kNow);
        out.flush();
        err.flush();
        storage.close();
        return result;
    }

    QList<Integration> stored()
    {
        SqliteRelayStorage storage;
        if (storage.open(m_path, SqliteRelayStorage::Check::Header))
            return {};
        return storage.integrations().value;
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(
            QStringLiteral("relay-%1.sqlite").arg(QString::fromLatin1(QTest::currentTestFunction())));
    }

    void addReadsTheUrlFromStandardInput()
    {
        const Run added = run({QStringLiteral("add"), QStringLiteral("--workspace"),
                               QStringLiteral("payments"), QStringLiteral("--kind"), QStringLiteral("slack"),
                               QStringLiteral("--name"), QStringLiteral("#incidents")},
                              kSecretUrl + u'\n');
        QCOMPARE(added.code, 0);
        const QString id = added.out.trimmed();
        QVERIFY2(id.startsWith(QStringLiteral("int-")) && id.size() == 16, qPrintable(id));
        QVERIFY(added.err.contains(QStringLiteral("https://hooks.slack.com")));
        QVERIFY(!added.err.contains(QStringLiteral("S3CR3T")));
        const auto all = stored();
        QCOMPARE(all.size(), 1);
        QCOMPARE(all[0].id, id);
        QCOMPARE(all[0].workspace, QStringLiteral("payments"));
        QCOMPARE(all[0].kind, IntegrationKind::Slack);
        QCOMPARE(all[0].name, QStringLiteral("#incidents"));
        QCOMPARE(all[0].url, kSecretUrl);
        QCOMPARE(all[0].events.size(), 6); // all by default
        QCOMPARE(all[0].options.includeUpdateText, false);
        QCOMPARE(all[0].createdAtMs, kNow);
        QCOMPARE(all[0].afterSeq, 0);
    }

    void addReadsTheUrlFromAFileWithItsOptions()
    {
        const QString file = m_dir.filePath(QStringLiteral("teams-url.txt"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("https://example.webhook.office.com/webhookb2/abc@def/IncomingWebhook/123/456\n");
        f.close();
        const Run added = run({QStringLiteral("add"), QStringLiteral("--workspace"),
                               QStringLiteral("payments"), QStringLiteral("--kind"), QStringLiteral("teams"),
                               QStringLiteral("--name"), QStringLiteral("Ops room"),
                               QStringLiteral("--events"), QStringLiteral("declared, resolved,update"),
                               QStringLiteral("--update-text"), QStringLiteral("--url-file"), file});
        QCOMPARE(added.code, 0);
        const auto all = stored();
        QCOMPARE(all[0].kind, IntegrationKind::Teams);
        // In the events' own order, whatever order they were named in.
        QCOMPARE(all[0].events,
                 (QList<IncidentEventKind> {IncidentEventKind::Declared, IncidentEventKind::UpdateSent,
                                            IncidentEventKind::Resolved}));
        QCOMPARE(all[0].options.includeUpdateText, true);
    }

    void addRefusesWhatCannotWork_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("error");
        const QStringList base {QStringLiteral("add"),       QStringLiteral("--workspace"),
                                QStringLiteral("payments"),  QStringLiteral("--kind"),
                                QStringLiteral("slack"),     QStringLiteral("--name"),
                                QStringLiteral("#incidents")};
        QTest::newRow("no workspace")
            << QStringList {QStringLiteral("add"), QStringLiteral("--kind"), QStringLiteral("slack")}
            << kSecretUrl << "integration add needs --workspace NAME";
        QTest::newRow("bad workspace")
            << QStringList {QStringLiteral("add"), QStringLiteral("--workspace"), QStringLiteral("a b")}
            << kSecretUrl << "'a b' is not a valid workspace name";
        QTest::newRow("kind")
            << QStringList {QStringLiteral("add"),    QStringLiteral("--workspace"), QStringLiteral("p"),
                            QStringLiteral("--kind"), QStringLiteral("irc"),         QStringLiteral("--name"),
                            QStringLiteral("x")}
            << kSecretUrl
            << "--kind is slack, teams, mattermost, pagerduty, pagerduty-webhook or jira, not 'irc'";
        QTest::newRow("no name") << QStringList {QStringLiteral("add"), QStringLiteral("--workspace"),
                                                 QStringLiteral("p"), QStringLiteral("--kind"),
                                                 QStringLiteral("slack")}
                                 << kSecretUrl << "integration add needs --name, like --name '#incidents'";
        QTest::newRow("events")
            << base + QStringList {QStringLiteral("--events"), QStringLiteral("declared,paged")} << kSecretUrl
            << "--events takes declared,severity,status,handoff,update,resolved,acknowledged,action-item, "
               "not "
               "'paged'";
        QTest::newRow("action-item on chat")
            << base + QStringList {QStringLiteral("--events"), QStringLiteral("declared,action-item")}
            << kSecretUrl << "action-item is for Jira integrations";
        const QStringList jira {QStringLiteral("add"),       QStringLiteral("--workspace"),
                                QStringLiteral("payments"),  QStringLiteral("--kind"),
                                QStringLiteral("jira"),      QStringLiteral("--name"),
                                QStringLiteral("Follow-ups")};
        const QStringList site {QStringLiteral("--site"), QStringLiteral("https://acme.atlassian.net")};
        const QStringList where {QStringLiteral("--project"), QStringLiteral("OPS"),
                                 QStringLiteral("--issue-type"), QStringLiteral("Task")};
        QTest::newRow("jira without site")
            << jira + where << QStringLiteral("token")
            << "a jira integration needs --site, like --site https://acme.atlassian.net";
        QTest::newRow("jira project")
            << jira + site + QStringList {QStringLiteral("--project"), QStringLiteral("ops")}
            << QStringLiteral("token")
            << "'ops' is not a Jira project key: an upper-case letter, then upper-case "
               "letters, digits or underscores";
        QTest::newRow("jira no token")
            << jira + site + where << QString() << "muster-relay: the Jira personal access token is missing";
        QTest::newRow("jira events") << jira + site + where
                + QStringList {QStringLiteral("--events"), QStringLiteral("declared")}
                                     << QStringLiteral("token")
                                     << "a jira integration files action items; --events, --update-text and "
                                        "--endpoint are for the others";
        QTest::newRow("site on chat")
            << base + site << kSecretUrl << "--site, --project, --issue-type and --user are for --kind jira";
        const QStringList pagerDuty {QStringLiteral("add"),
                                     QStringLiteral("--workspace"),
                                     QStringLiteral("payments"),
                                     QStringLiteral("--kind"),
                                     QStringLiteral("pagerduty"),
                                     QStringLiteral("--name"),
                                     QStringLiteral("Payments on-call")};
        QTest::newRow("pagerduty key")
            << pagerDuty << QStringLiteral("not-a-key")
            << "muster-relay: a PagerDuty integration key is 32 letters and digits (the "
               "service's Events API v2 integration)";
        QTest::newRow("pagerduty events")
            << pagerDuty + QStringList {QStringLiteral("--events"), QStringLiteral("declared,severity")}
            << QStringLiteral("R0123456789ABCDEF0123456789ABCDE")
            << "PagerDuty takes only the events declared, acknowledged and resolved";
        QTest::newRow("endpoint on chat")
            << base + QStringList {QStringLiteral("--endpoint"), QStringLiteral("https://x.example")}
            << kSecretUrl << "--endpoint is for PagerDuty; a chat integration's URL is its webhook";
        QTest::newRow("empty url") << base << QString() << "muster-relay: the webhook URL is empty";
        QTest::newRow("not a web url")
            << base << QStringLiteral("file:///etc/passwd")
            << "muster-relay: the webhook URL must start with https:// (or http://)";
        QTest::newRow("no host") << base << QStringLiteral("https:///services/x")
                                 << "muster-relay: the webhook URL has no host";
        QTest::newRow("url on the line") << base + QStringList {kSecretUrl} << QString()
                                         << QStringLiteral("unexpected argument '%1'").arg(kSecretUrl);
        QTest::newRow("stray option")
            << QStringList {QStringLiteral("list"), QStringLiteral("--kind"), QStringLiteral("slack")}
            << QString()
            << "--workspace, --kind, --name, --events, --update-text, --url-file, --endpoint, --site, "
               "--project, "
               "--issue-type and --user belong to integration add";
        QTest::newRow("verb") << QStringList {QStringLiteral("create")} << QString()
                              << "integration wants add, list, remove or retry, not 'create'";
        QTest::newRow("remove without id")
            << QStringList {QStringLiteral("remove")} << QString()
            << "integration remove needs the integration's id (see integration list)";
    }
    void addRefusesWhatCannotWork()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, input);
        QFETCH(QString, error);
        const Run refused = run(args, input);
        QVERIFY(refused.code != 0);
        QVERIFY2(refused.err.trimmed().endsWith(error), qPrintable(refused.err));
        QVERIFY(stored().isEmpty());
    }

    void pagerDutyKeepsItsKeyAndTakesItsEndpoint()
    {
        const Run added
            = run({QStringLiteral("add"), QStringLiteral("--workspace"), QStringLiteral("payments"),
                   QStringLiteral("--kind"), QStringLiteral("pagerduty"), QStringLiteral("--name"),
                   QStringLiteral("Payments on-call"), QStringLiteral("--endpoint"),
                   QStringLiteral("https://events.eu.pagerduty.com/v2/enqueue")},
                  QStringLiteral("R0123456789ABCDEF0123456789ABCDE\n"));
        QCOMPARE(added.code, 0);
        QVERIFY(added.err.contains(QStringLiteral("PagerDuty integration key")));
        QVERIFY(!added.err.contains(QStringLiteral("R0123456789")));
        const auto all = stored();
        QCOMPARE(all[0].kind, IntegrationKind::PagerDuty);
        QCOMPARE(all[0].url, QStringLiteral("https://events.eu.pagerduty.com/v2/enqueue"));
        QCOMPARE(all[0].secret, QStringLiteral("R0123456789ABCDEF0123456789ABCDE"));
        QCOMPARE(all[0].events,
                 (QList<IncidentEventKind> {IncidentEventKind::Declared, IncidentEventKind::Resolved,
                                            IncidentEventKind::Acknowledged}));
        const Run listed = run({QStringLiteral("list")});
        QVERIFY(listed.out.contains(QStringLiteral("https://events.eu.pagerduty.com")));
        QVERIFY(!listed.out.contains(QStringLiteral("R0123456789")));

        run({QStringLiteral("add"), QStringLiteral("--workspace"), QStringLiteral("payments"),
             QStringLiteral("--kind"), QStringLiteral("pagerduty"), QStringLiteral("--name"),
             QStringLiteral("Default region")},
            QStringLiteral("R0123456789ABCDEF0123456789ABCDF"));
        const auto both = stored();
        const auto plain = std::find_if(both.cbegin(), both.cend(),
                                        [](const Integration &i) { return i.name == u"Default region"; });
        QVERIFY(plain != both.cend());
        QCOMPARE(plain->url, QStringLiteral("https://events.pagerduty.com/v2/enqueue"));
    }

    void anIncomingPagerDutyWebhookKeepsItsSigningSecret()
    {
        const QStringList args {
            QStringLiteral("add"),      QStringLiteral("--workspace"),       QStringLiteral("payments"),
            QStringLiteral("--kind"),   QStringLiteral("pagerduty-webhook"), QStringLiteral("--name"),
            QStringLiteral("PagerDuty")};
        QCOMPARE(run(args + QStringList {QStringLiteral("--events"), QStringLiteral("declared")},
                     QStringLiteral("whsec-1234567890"))
                     .err,
                 QStringLiteral(
                     "a pagerduty-webhook integration receives; --events, --update-text and --endpoint are "
                     "for those that post"));
        QCOMPARE(run(args, QStringLiteral("short")).code, 1);
        const Run added = run(args, QStringLiteral("whsec-1234567890\n"));
        QCOMPARE(added.code, 0);
        QVERIFY(added.err.contains(QStringLiteral("/pagerduty/payments")));
        QVERIFY(!added.err.contains(QStringLiteral("whsec")));
        const auto all = stored();
        QCOMPARE(all[0].kind, IntegrationKind::PagerDutyWebhook);
        QCOMPARE(all[0].secret, QStringLiteral("whsec-1234567890"));
        QVERIFY(all[0].events.isEmpty());
        QVERIFY(run({QStringLiteral("list")}).out.contains(QStringLiteral("/pagerduty/payments")));
    }

    void jiraKeepsItsTokenSiteAndProject()
    {
        const Run added
            = run({QStringLiteral("add"), QStringLiteral("--workspace"), QStringLiteral("payments"),
                   QStringLiteral("--kind"), QStringLiteral("jira"), QStringLiteral("--name"),
                   QStringLiteral("Follow-ups"), QStringLiteral("--site"),
                   QStringLiteral("https://jira.example.com/jira/"), QStringLiteral("--project"),
                   QStringLiteral("OPS"), QStringLiteral("--issue-type"), QStringLiteral("Task"),
                   QStringLiteral("--user"), QStringLiteral("sre-bot@example.com")},
                  QStringLiteral("ATATT3xFfGF0-token\n"));
        QCOMPARE(added.code, 0);
        QVERIFY2(added.err.contains(
                     QStringLiteral("become Task issues in project OPS at https://jira.example.com, filed "
                                    "as sre-bot@example.com")),
                 qPrintable(added.err));
        QVERIFY(!added.err.contains(QStringLiteral("ATATT")));
        const auto all = stored();
        QCOMPARE(all[0].kind, IntegrationKind::Jira);
        QCOMPARE(all[0].url, QStringLiteral("https://jira.example.com/jira"));
        QCOMPARE(all[0].secret, QStringLiteral("ATATT3xFfGF0-token"));
        QCOMPARE(all[0].jira.project, QStringLiteral("OPS"));
        QCOMPARE(all[0].jira.issueType, QStringLiteral("Task"));
        QCOMPARE(all[0].jira.user, QStringLiteral("sre-bot@example.com"));
        QCOMPARE(all[0].events, QList<IncidentEventKind> {IncidentEventKind::ActionItemFiled});
        // A second one in the workspace would file every item twice.
        const Run second
            = run({QStringLiteral("add"), QStringLiteral("--workspace"), QStringLiteral("payments"),
                   QStringLiteral("--kind"), QStringLiteral("jira"), QStringLiteral("--name"),
                   QStringLiteral("Again"), QStringLiteral("--site"),
                   QStringLiteral("https://acme.atlassian.net"), QStringLiteral("--project"),
                   QStringLiteral("SRE"), QStringLiteral("--issue-type"), QStringLiteral("Task")},
                  QStringLiteral("another-token\n"));
        QCOMPARE(second.code, 1);
        QVERIFY2(
            second.err.contains(QStringLiteral("files action items in Jira already (%1)").arg(all[0].id)),
            qPrintable(second.err));
        const Run listed = run({QStringLiteral("list")});
        QVERIFY(listed.out.contains(QStringLiteral("jira")));
        QVERIFY(listed.out.contains(QStringLiteral("action-item")));
        QVERIFY(!listed.out.contains(QStringLiteral("ATATT")));
    }

    void listShowsWhereItPostsButNotTheSecret()
    {
        const Run empty = run({QStringLiteral("list")});
        QCOMPARE(empty.code, 0);
        QVERIFY(empty.out.isEmpty());
        QVERIFY(empty.err.contains(QStringLiteral("No integrations yet")));

        const QString id
            = run({QStringLiteral("add"), QStringLiteral("--workspace"), QStringLiteral("payments"),
                   QStringLiteral("--kind"), QStringLiteral("mattermost"), QStringLiteral("--name"),
                   QStringLiteral("~town-square")},
                  kSecretUrl)
                  .out.trimmed();
        const Run listed = run({QStringLiteral("list")});
        QCOMPARE(listed.code, 0);
        const QStringList lines = listed.out.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2);
        QVERIFY(lines[0].startsWith(QStringLiteral("ID ")));
        const QStringList columns = lines[1].split(QStringLiteral("  "), Qt::SkipEmptyParts);
        QCOMPARE(columns.value(0).trimmed(), id);
        QCOMPARE(columns.value(1).trimmed(), QStringLiteral("payments"));
        QCOMPARE(columns.value(2).trimmed(), QStringLiteral("mattermost"));
        QCOMPARE(columns.value(3).trimmed(), QStringLiteral("~town-square"));
        QCOMPARE(columns.value(4).trimmed(), QStringLiteral("https://hooks.slack.com"));
        QCOMPARE(columns.value(5).trimmed(),
                 QStringLiteral("declared,severity,status,handoff,update,resolved"));
        QCOMPARE(columns.value(6).trimmed(), QStringLiteral("0"));
        QCOMPARE(columns.value(7).trimmed(), QStringLiteral("nothing posted yet"));
        QVERIFY(!listed.out.contains(QStringLiteral("S3CR3T")));
        QVERIFY(!listed.out.contains(QStringLiteral("/services")));
    }

    void removeAndRetrySayWhatTheyDid()
    {
        const QString id = run({QStringLiteral("add"), QStringLiteral("--workspace"),
                                QStringLiteral("payments"), QStringLiteral("--kind"), QStringLiteral("slack"),
                                QStringLiteral("--name"), QStringLiteral("#incidents")},
                               kSecretUrl)
                               .out.trimmed();
        const Run retried = run({QStringLiteral("retry"), id});
        QCOMPARE(retried.code, 0);
        QVERIFY(retried.out.contains(QStringLiteral("resumes")));
        const Run removed = run({QStringLiteral("remove"), id});
        QCOMPARE(removed.code, 0);
        QVERIFY(removed.out.startsWith(QStringLiteral("Removed integration ") + id));
        QVERIFY(stored().isEmpty());
        for (const QString &verb : {QStringLiteral("remove"), QStringLiteral("retry")}) {
            const Run missing = run({verb, id});
            QCOMPARE(missing.code, 1);
            QVERIFY(missing.err.contains(QStringLiteral("there is no integration ") + id));
        }
    }

    void plainHttpToAnotherHostIsWarnedAbout()
    {
        const QStringList args {QStringLiteral("add"),        QStringLiteral("--workspace"),
                                QStringLiteral("payments"),   QStringLiteral("--kind"),
                                QStringLiteral("mattermost"), QStringLiteral("--name"),
                                QStringLiteral("x")};
        QVERIFY(run(args, QStringLiteral("http://chat.internal/hooks/abc"))
                    .err.contains(QStringLiteral("warning")));
        QVERIFY(!run(args, QStringLiteral("http://127.0.0.1:8065/hooks/abc"))
                     .err.contains(QStringLiteral("warning")));
    }
};

QTEST_GUILESS_MAIN(TestIntegrationCommands)
#include "tst_integrationcommands.moc"
