// SPDX-License-Identifier: GPL-3.0-or-later
// Action items filed in Jira, end to end: a real relay in this process with the integration
// service, desktops on loopback WebSockets, and Jira played by QtHttpServer. The create-issue
// request is checked as Jira documents it (path, Authorization for Cloud's API token and for a
// Data Center personal access token, JSON fields); the issue's key comes back onto the action
// item on every desktop; its status is read back and follows Jira; an item asked for twice is
// filed once; a refused token pauses the integration, and no token reaches a desktop. A real
// relay process killed while the create waits files it once after its restart.
#include "core/changes.h"
#include "core/ids.h"
#include "core/taskchanges.h"
#include "fakewebhookserver.h"
#include "relay/integrationservice.h"
#include "relay/relayserver.h"
#include "relay/sqliterelaystorage.h"
#include "syncdesktop.h"

#include <QDirIterator>
#include <QLoggingCategory>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <csignal>

using namespace muster;
using namespace muster::testing;

namespace {

const QString kActor = QStringLiteral("01JPAAAAAAAAAAAAAAAAAAAAA1");
const QString kEmail = QStringLiteral("sre-bot@example.com");
const QString kCloudToken = QStringLiteral("ATATT3xFfGF0-cloud-T0k3n-never-shown");
const QString kPat = QStringLiteral("NjM2ODk0NjA5MDQ5OpAT-data-center");

// Jira as the tests need it: issues created in order (OPS-1, OPS-2 …) and their statuses.
struct FakeJira
{
    FakeWebhookServer server;
    QHash<QString, std::pair<QString, QString>> statuses; // key → (name, category)
    int created = 0;
    int refuseCreates = 0; // the next creates are refused as Jira refuses a bad token

    FakeJira()
    {
        server.respond
            = [this](const FakeWebhookServer::Request &request) -> std::optional<FakeWebhookServer::Answer> {
            if (request.method == "POST" && refuseCreates > 0) {
                --refuseCreates;
                return FakeWebhookServer::Answer {
                    401, {}, R"({"errorMessages":["You are not authenticated."]})"};
            }
            if (request.method == "POST" && request.path.endsWith(QStringLiteral("/rest/api/2/issue"))) {
                const QString project = request.json()
                                            .value(QStringLiteral("fields"))
                                            .toObject()
                                            .value(QStringLiteral("project"))
                                            .toObject()
                                            .value(QStringLiteral("key"))
                                            .toString();
                const QString key = QStringLiteral("%1-%2").arg(project).arg(++created);
                statuses.insert(key, {QStringLiteral("To Do"), QStringLiteral("new")});
                return FakeWebhookServer::Answer {
                    201,
                    {},
                    QString::fromUtf8(R"({"id":"%1","key":"%2","self":"http://jira/rest/api/2/issue/%1"})")
                        .arg(10000 + created)
                        .arg(key)
                        .toUtf8()};
            }
            const QString prefix = QStringLiteral("/rest/api/2/issue/");
            if (request.method == "GET" && request.path.contains(prefix)) {
                const QString key = request.path.section(u'/', -1);
                if (!statuses.contains(key))
                    return FakeWebhookServer::Answer {
                        404, {}, R"({"errorMessages":["Issue does not exist"]})"};
                const auto [name, category] = statuses.value(key);
                return FakeWebhookServer::Answer {
                    200,
                    {},
                    QString::fromUtf8(
                        R"({"key":"%1","fields":{"status":{"name":"%2","statusCategory":{"key":"%3"}}}})")
                        .arg(key, name, category)
                        .toUtf8()};
            }
            return std::nullopt;
        };
    }
    QList<FakeWebhookServer::Request> creates() const
    {
        QList<FakeWebhookServer::Request> out;
        for (const auto &request : server.requests) {
            if (request.method == "POST")
                out << request;
        }
        return out;
    }
};

} // namespace

class TestJiraIntegration : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    SqliteRelayStorage m_storage;
    AuthThrottle m_throttle;
    std::unique_ptr<TokenAuthority> m_authority;
    std::unique_ptr<RelayServer> m_server;
    std::unique_ptr<IntegrationService> m_service;
    FakeJira m_jira;

    QString token(const QString &workspace, TokenRole role)
    {
        const IssuedToken issued = issueToken(workspace, QStringLiteral("someone"), role, 1);
        return m_storage.saveToken(issued.record) ? QString() : issued.text;
    }
    QUrl url() const { return QUrl(m_server->url()); }
    QString path(const QString &name) const { return m_dir.filePath(name); }

    protocol::ManageIntegration jiraRequest(const QString &project, const QString &user,
                                            const QString &secret) const
    {
        protocol::ManageIntegration add;
        add.action = QStringLiteral("add");
        add.kind = QStringLiteral("jira");
        add.name = QStringLiteral("Follow-ups");
        add.url = m_jira.server.url(QStringLiteral("/jira/"));
        add.key = secret;
        add.project = project;
        add.issueType = QStringLiteral("Task");
        add.user = user;
        return add;
    }

    // Declares an incident with one action item on the desktop; returns (incident, task).
    static std::pair<QString, QString> declareWithActionItem(Desktop &desktop, const QString &title)
    {
        const QString incidentId = newEntityId(1'700'000'000'000);
        const QString taskId = newEntityId(1'700'000'000'001);
        Declaration declaration;
        declaration.title = QStringLiteral("Checkout fails for EU customers");
        declaration.commanderId = kActor;
        [&] {
            QVERIFY(
                desktop.store
                    .commitLocal(changes::declareIncident(incidentId, declaration, 1'700'000'000'000), kActor)
                    .ok());
        }();
        const auto incident = desktop.store.incident(incidentId);
        changes::NewTask task;
        task.kind = TaskKind::ActionItem;
        task.title = title;
        task.ownerName = QStringLiteral("Marcus Webb");
        [&] {
            QVERIFY(
                desktop.store
                    .commitLocal(changes::addTask(*incident.value, taskId, task, 1'700'000'100'000), kActor)
                    .ok());
        }();
        return {incidentId, taskId};
    }
    static void sendToJira(Desktop &desktop, const QString &incidentId, const QString &taskId)
    {
        const auto incident = desktop.store.incident(incidentId);
        QVERIFY(incident.ok() && incident.value);
        const QList<Change> request = changes::requestTrackerIssue(*incident.value, taskId,
                                                                   QStringLiteral("Jira"), 1'700'000'200'000);
        QCOMPARE(request.size(), 2); // the request and its log line
        QVERIFY(desktop.store.commitLocal(request, kActor).ok());
        desktop.engine->pushPending();
    }
    static TrackerIssue issueOn(Desktop &desktop, const QString &incidentId, const QString &taskId)
    {
        const auto incident = desktop.store.incident(incidentId);
        return incident.ok() && incident.value ? incident.value->tasks.value(taskId).tracker
                                               : TrackerIssue {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QLoggingCategory::setFilterRules(QStringLiteral("muster.*.info=false\nmuster.relay.warning=false"));
        QVERIFY(m_dir.isValid());
        QVERIFY(!m_storage.open(path(QStringLiteral("relay.sqlite"))));
        m_authority = std::make_unique<TokenAuthority>(m_storage, m_throttle, false);
        RelayServerOptions options;
        options.port = 0; // any free port: the default 7447 collided with tests running beside it
        m_server = std::make_unique<RelayServer>(m_storage, *m_authority, options);
        OutboundOptions quick;
        quick.firstRetryMs = 100;
        quick.maxRetryMs = 200;
        // Statuses are read every 300 ms here (5 minutes in the relay).
        m_service
            = std::make_unique<IntegrationService>(m_server->hub(), m_storage, m_storage, quick, 200, 300);
        QVERIFY(!m_service->start());
        QVERIFY(m_server->listen());
        QVERIFY(m_jira.server.start() > 0);
    }

    void anActionItemIsFiledAndItsStatusFollowsJira()
    {
        const QString workspace = QStringLiteral("payments");
        Desktop admin(path(QStringLiteral("admin.sqlite")), url(), token(workspace, TokenRole::Admin),
                      workspace);
        Desktop member(path(QStringLiteral("member.sqlite")), url(), token(workspace, TokenRole::Member),
                       workspace);
        QTRY_VERIFY(admin.engine->state() == SyncEngine::State::Live
                    && member.engine->state() == SyncEngine::State::Live);
        QTRY_VERIFY(admin.manage);

        QCOMPARE(admin.ask(jiraRequest(QStringLiteral("OPS"), kEmail, kCloudToken)), QString());
        QTRY_COMPARE(member.integrations.size(), 1);
        const protocol::IntegrationInfo seen = member.integrations.constFirst();
        QCOMPARE(seen.kind, QStringLiteral("jira"));
        QCOMPARE(seen.project, QStringLiteral("OPS"));
        QCOMPARE(seen.issueType, QStringLiteral("Task"));
        QCOMPARE(seen.account, kEmail);
        QCOMPARE(seen.events, QStringList {QStringLiteral("action-item")});
        QCOMPARE(seen.target,
                 QStringLiteral("http://127.0.0.1:%1").arg(m_jira.server.serverPorts().value(0)));

        const auto [incidentId, taskId]
            = declareWithActionItem(admin, QStringLiteral("Add a canary for checkout"));
        admin.engine->pushPending();
        QTest::qWait(300);
        QVERIFY2(m_jira.creates().isEmpty(), "an action item goes to Jira only when someone sends it");

        // Any member may send an item to Jira.
        QTRY_VERIFY(member.store.incident(incidentId).value.has_value()
                    && member.store.incident(incidentId).value->tasks.contains(taskId));
        sendToJira(member, incidentId, taskId);
        QTRY_COMPARE(m_jira.creates().size(), 1);
        const FakeWebhookServer::Request create = m_jira.creates().constFirst();
        QCOMPARE(create.path, QStringLiteral("/jira/rest/api/2/issue"));
        QCOMPARE(create.headers.value("authorization"),
                 QByteArray("Basic ") + (kEmail + u':' + kCloudToken).toUtf8().toBase64());
        QVERIFY(create.headers.value("content-type").startsWith("application/json"));
        QCOMPARE(create.headers.value("accept"), QByteArray("application/json"));
        const QJsonObject fields = create.json().value(QStringLiteral("fields")).toObject();
        QCOMPARE(fields.value(QStringLiteral("project")).toObject().value(QStringLiteral("key")).toString(),
                 QStringLiteral("OPS"));
        QCOMPARE(
            fields.value(QStringLiteral("issuetype")).toObject().value(QStringLiteral("name")).toString(),
            QStringLiteral("Task"));
        QCOMPARE(fields.value(QStringLiteral("summary")).toString(),
                 QStringLiteral("Add a canary for checkout"));
        QVERIFY(fields.value(QStringLiteral("description"))
                    .toString()
                    .contains(QStringLiteral("*Incident:* muster://incident/") + incidentId));

        // The key comes back onto the item, on every desktop, and the status is read soon after.
        const QString page = m_jira.server.url(QStringLiteral("/jira/browse/OPS-1"));
        QTRY_COMPARE(issueOn(member, incidentId, taskId).key, QStringLiteral("OPS-1"));
        QCOMPARE(issueOn(member, incidentId, taskId).url, page);
        QTRY_COMPARE(issueOn(member, incidentId, taskId).status, QStringLiteral("To Do"));
        QTRY_COMPARE(issueOn(admin, incidentId, taskId).status, QStringLiteral("To Do"));
        QCOMPARE(issueOn(admin, incidentId, taskId).category, QStringLiteral("new"));
        const auto gets = [&] {
            return std::count_if(m_jira.server.requests.cbegin(), m_jira.server.requests.cend(),
                                 [](const auto &r) { return r.method == "GET"; });
        };
        const auto get = std::find_if(m_jira.server.requests.cbegin(), m_jira.server.requests.cend(),
                                      [](const auto &r) { return r.method == "GET"; });
        QCOMPARE(get->path, QStringLiteral("/jira/rest/api/2/issue/OPS-1"));
        QCOMPARE(get->query, QStringLiteral("fields=status"));
        QCOMPARE(get->headers.value("authorization"), create.headers.value("authorization"));

        // Work moves on in Jira; every desktop follows.
        m_jira.statuses.insert(QStringLiteral("OPS-1"), {QStringLiteral("Done"), QStringLiteral("done")});
        QTRY_COMPARE(issueOn(member, incidentId, taskId).status, QStringLiteral("Done"));
        QVERIFY(issueOn(member, incidentId, taskId).isDone());

        // Asked again, from the other desktop: still one issue.
        const auto incident = member.store.incident(incidentId);
        QVERIFY(
            changes::requestTrackerIssue(*incident.value, taskId, QStringLiteral("Jira"), 1'800'000'000'000)
                .isEmpty()); // filed: asking again does nothing
        const qint64 readsBefore = gets();
        QTRY_VERIFY(gets() > readsBefore + 1); // a few more rounds went by
        QCOMPARE(m_jira.creates().size(), 1);

        // The token is nowhere a desktop keeps anything.
        for (const QString &file :
             QDir(m_dir.path())
                 .entryList({QStringLiteral("admin.sqlite*"), QStringLiteral("member.sqlite*")})) {
            QFile f(m_dir.filePath(file));
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QByteArray bytes = f.readAll();
            QVERIFY2(!bytes.contains(kCloudToken.toUtf8()), qPrintable(file));
        }
    }

    void twoDesktopsAskingAtOnceFileOneIssue()
    {
        const QString workspace = QStringLiteral("search");
        Desktop admin(path(QStringLiteral("a2.sqlite")), url(), token(workspace, TokenRole::Admin),
                      workspace);
        QTRY_VERIFY(admin.manage);
        QCOMPARE(admin.ask(jiraRequest(QStringLiteral("SRCH"), kEmail, kCloudToken)), QString());
        Desktop other(path(QStringLiteral("b2.sqlite")), url(), token(workspace, TokenRole::Member),
                      workspace);
        const auto [incidentId, taskId] = declareWithActionItem(admin, QStringLiteral("Alert on index lag"));
        admin.engine->pushPending();
        QTRY_VERIFY(other.store.incident(incidentId).value.has_value()
                    && other.store.incident(incidentId).value->tasks.contains(taskId));
        // Both ask before either hears of the other.
        other.engine->stop();
        sendToJira(admin, incidentId, taskId);
        sendToJira(other, incidentId, taskId);
        other.engine->start();
        QTRY_COMPARE(issueOn(other, incidentId, taskId).key, QStringLiteral("SRCH-%1").arg(m_jira.created));
        QTest::qWait(500);
        const QList<FakeWebhookServer::Request> creates = m_jira.creates();
        const auto forSearch = std::count_if(creates.cbegin(), creates.cend(),
                                             [](const auto &r) { return r.body.contains("\"SRCH\""); });
        QCOMPARE(forSearch, 1);
    }

    void aPersonalAccessTokenIsSentAsBearer()
    {
        const QString workspace = QStringLiteral("identity");
        Desktop admin(path(QStringLiteral("a3.sqlite")), url(), token(workspace, TokenRole::Admin),
                      workspace);
        QTRY_VERIFY(admin.manage);
        QCOMPARE(admin.ask(jiraRequest(QStringLiteral("IAM"), QString(), kPat)), QString());
        QTRY_COMPARE(admin.integrations.size(), 1);
        QCOMPARE(admin.integrations.constFirst().account, QString());
        const auto [incidentId, taskId]
            = declareWithActionItem(admin, QStringLiteral("Rotate the signing keys"));
        sendToJira(admin, incidentId, taskId);
        QTRY_COMPARE(issueOn(admin, incidentId, taskId).key.left(4), QStringLiteral("IAM-"));
        const auto create = std::find_if(m_jira.server.requests.cbegin(), m_jira.server.requests.cend(),
                                         [](const auto &r) { return r.body.contains("\"IAM\""); });
        QVERIFY(create != m_jira.server.requests.cend());
        QCOMPARE(create->headers.value("authorization"), QByteArray("Bearer ") + kPat.toUtf8());
    }

    void aRefusedTokenPausesTheIntegrationAndRetryFilesTheItem()
    {
        const QString workspace = QStringLiteral("billing");
        Desktop admin(path(QStringLiteral("a4.sqlite")), url(), token(workspace, TokenRole::Admin),
                      workspace);
        QTRY_VERIFY(admin.manage);
        QCOMPARE(admin.ask(jiraRequest(QStringLiteral("BILL"), kEmail, kCloudToken)), QString());
        QTRY_COMPARE(admin.integrations.size(), 1);
        const auto [incidentId, taskId] = declareWithActionItem(admin, QStringLiteral("Cap invoice retries"));
        m_jira.refuseCreates
            = 1; // statuses of other workspaces are read meanwhile: only the create is refused
        sendToJira(admin, incidentId, taskId);
        QTRY_VERIFY(!admin.integrations.constFirst().paused.isEmpty());
        const QString paused = admin.integrations.constFirst().paused;
        QVERIFY2(paused.startsWith(QStringLiteral("HTTP 401 from http://127.0.0.1:")), qPrintable(paused));
        QVERIFY2(
            paused.contains(QStringLiteral("is the token right, and may its account create issues in BILL?")),
            qPrintable(paused));
        QVERIFY(!paused.contains(kCloudToken));
        QCOMPARE(admin.integrations.constFirst().waiting, 1);
        QVERIFY(issueOn(admin, incidentId, taskId).isNull());

        QCOMPARE(admin.ask({0, QStringLiteral("retry"), admin.integrations.constFirst().id}), QString());
        QTRY_COMPARE(issueOn(admin, incidentId, taskId).key.left(5), QStringLiteral("BILL-"));
        QTRY_COMPARE(admin.integrations.constFirst().waiting, 0);
    }

    // A real relay process: the Jira integration added on its command line (the token on
    // standard input), the create waiting behind 503s when the relay is killed, and after the
    // restart one issue, its key on the desktop, and the token in no output.
    void aRelayProcessKilledMidQueueFilesTheItemOnce()
    {
        const QString workspace = QStringLiteral("process");
        const QString db = path(QStringLiteral("process-relay.sqlite"));
        QProcess add;
        add.start(QStringLiteral(RELAY_BINARY),
                  {QStringLiteral("integration"), QStringLiteral("add"), QStringLiteral("--db"), db,
                   QStringLiteral("--workspace"), workspace, QStringLiteral("--kind"), QStringLiteral("jira"),
                   QStringLiteral("--name"), QStringLiteral("Follow-ups"), QStringLiteral("--site"),
                   m_jira.server.url(QStringLiteral("/jira")), QStringLiteral("--project"),
                   QStringLiteral("PROC"), QStringLiteral("--issue-type"), QStringLiteral("Task"),
                   QStringLiteral("--user"), kEmail});
        add.write(kCloudToken.toUtf8() + '\n');
        add.closeWriteChannel();
        QVERIFY(add.waitForFinished(10'000));
        QCOMPARE(add.exitCode(), 0);
        QByteArray output = add.readAllStandardOutput() + add.readAllStandardError();

        quint16 port = 0;
        auto startRelay = [&](QProcess &relay) {
            relay.start(QStringLiteral(RELAY_BINARY),
                        {QStringLiteral("--listen"), QStringLiteral("127.0.0.1:%1").arg(port),
                         QStringLiteral("--db"), db, QStringLiteral("--allow-anonymous")});
            QVERIFY(relay.waitForStarted(10'000));
            QVERIFY(QTest::qWaitFor([&] { return relay.canReadLine(); }, 10'000));
            const auto match
                = QRegularExpression(QStringLiteral("^listening on ws://127\\.0\\.0\\.1:(\\d+)$"))
                      .match(QString::fromUtf8(relay.readLine()).trimmed());
            QVERIFY(match.hasMatch());
            port = quint16(match.captured(1).toUInt());
        };
        QProcess relay;
        startRelay(relay);
        if (QTest::currentTestFailed())
            return;
        const QUrl address(QStringLiteral("ws://127.0.0.1:%1").arg(port));
        auto desktop = std::make_unique<Desktop>(path(QStringLiteral("process-desk.sqlite")), address,
                                                 QString(), workspace);
        QTRY_VERIFY(desktop->engine->state() == SyncEngine::State::Live);
        QTRY_COMPARE(desktop->integrations.size(), 1);

        // Jira is down: the create waits in the relay's queue.
        int unavailable = 0;
        const auto respond = m_jira.server.respond;
        m_jira.server.respond
            = [&](const FakeWebhookServer::Request &request) -> std::optional<FakeWebhookServer::Answer> {
            if (request.method == "POST" && request.body.contains("\"PROC\"") && unavailable >= 0) {
                ++unavailable;
                return FakeWebhookServer::Answer {503, {}, "maintenance"};
            }
            return respond(request);
        };
        const auto [incidentId, taskId]
            = declareWithActionItem(*desktop, QStringLiteral("Shed load before the pool fills"));
        sendToJira(*desktop, incidentId, taskId);
        QTRY_VERIFY_WITH_TIMEOUT(unavailable >= 1, 10'000);
        ::kill(pid_t(relay.processId()), SIGKILL);
        QVERIFY(relay.waitForFinished(10'000));
        output += relay.readAllStandardOutput() + relay.readAllStandardError();
        // A create the relay sent just before it died still waits in this process's socket: let
        // Jira refuse it while it is down. Accepted after it is back, it would make an issue no
        // relay ever heard of, which the test would count as a second one.
        QTest::qWait(300);

        unavailable = -1; // Jira is back
        QProcess again;
        startRelay(again);
        if (QTest::currentTestFailed())
            return;
        QTRY_VERIFY_WITH_TIMEOUT(
            issueOn(*desktop, incidentId, taskId).key.startsWith(QStringLiteral("PROC-")), 20'000);
        QTRY_COMPARE(issueOn(*desktop, incidentId, taskId).status, QStringLiteral("To Do"));
        QTest::qWait(500);
        const QList<FakeWebhookServer::Request> creates = m_jira.creates();
        const auto accepted = std::count_if(creates.cbegin(), creates.cend(), [](const auto &r) {
            return r.body.contains("\"PROC\"") && r.answeredWith == 201;
        });
        QCOMPARE(accepted, 1);
        m_jira.server.respond = respond;
        desktop.reset();
        again.terminate();
        QVERIFY(again.waitForFinished(10'000));
        output += again.readAllStandardOutput() + again.readAllStandardError();
        QVERIFY2(output.contains("filed PROC-"), output.constData()); // the log says what it filed
        QVERIFY2(!output.contains(kCloudToken.toUtf8()), "the token is in the relay's output");
    }

    void aBadRequestIsRefusedWithItsReason()
    {
        const QString workspace = QStringLiteral("payments");
        Desktop admin(path(QStringLiteral("a5.sqlite")), url(), token(workspace, TokenRole::Admin),
                      workspace);
        QTRY_VERIFY(admin.manage);
        QCOMPARE(
            admin.ask(jiraRequest(QStringLiteral("ops"), kEmail, kCloudToken)),
            QStringLiteral("'ops' is not a Jira project key: an upper-case letter, then upper-case letters, "
                           "digits or underscores"));
        QCOMPARE(admin.ask(jiraRequest(QStringLiteral("OPS"), kEmail, QString())),
                 QStringLiteral("the Jira API token is missing"));
        QCOMPARE(admin.ask(jiraRequest(QStringLiteral("OPS"), QStringLiteral("not-an-email"), kCloudToken)),
                 QStringLiteral("the Jira user must be the account's e-mail address"));
        protocol::ManageIntegration plain = jiraRequest(QStringLiteral("OPS"), kEmail, kCloudToken);
        plain.url = QStringLiteral("http://jira.example.com");
        QCOMPARE(admin.ask(plain),
                 QStringLiteral(
                     "the Jira site must be an https:// address: the token travels with every request"));
        plain.url = QStringLiteral("https://bot:pw@jira.example.com");
        QCOMPARE(admin.ask(plain),
                 QStringLiteral("the Jira site is its address alone, without a user, a query or a fragment"));
        QCOMPARE(admin.ask(jiraRequest(QStringLiteral("OPS"), kEmail, QStringLiteral("two words"))),
                 QStringLiteral("a Jira token is letters, digits and punctuation, without spaces"));
        // The workspace files in Jira already (the first test added one): a second would file
        // every item twice.
        QVERIFY(admin.ask(jiraRequest(QStringLiteral("OTHER"), kEmail, kCloudToken))
                    .startsWith(QStringLiteral("this workspace files action items in Jira already (int-")));
    }
};

QTEST_GUILESS_MAIN(TestJiraIntegration)
#include "tst_jiraintegration.moc"
