// SPDX-License-Identifier: GPL-3.0-or-later
// Real processes: a muster-relay with a Slack and a Teams integration, musterctl making changes
// through it, and both services played by QtHttpServer on loopback. What a team relies on:
// each event of an incident's life reaches the channel once and in order, also when the relay
// is killed with SIGKILL while posts wait in its queue; the webhook's secret is never in the
// relay's log or a client's database.
#include "fakewebhookserver.h"

#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <csignal>

using namespace muster;
using namespace muster::testing;

namespace {
const QString kSlackPath = QStringLiteral("/services/T0001/B0001/SlackS3CR3T");
const QString kTeamsPath = QStringLiteral("/webhookb2/abc/IncomingWebhook/TeamsS3CR3T");
const QString kPagerDutyPath = QStringLiteral("/v2/enqueue");
const QString kRoutingKey = QStringLiteral("PagerDutyS3CR3T0123456789ABCDEF0");

QString headline(const FakeWebhookServer::Request &request)
{
    const QJsonObject json = request.json();
    if (json.contains(QStringLiteral("event_action"))) // PagerDuty: what it did to which incident
        return json[QStringLiteral("event_action")].toString();
    if (json.contains(QStringLiteral("attachments")))
        return json[QStringLiteral("attachments")][0][QStringLiteral("content")][QStringLiteral("body")][0]
                   [QStringLiteral("text")]
                       .toString();
    return json[QStringLiteral("blocks")][0][QStringLiteral("text")][QStringLiteral("text")].toString();
}

QStringList headlines(const QList<FakeWebhookServer::Request> &requests, const QString &path)
{
    QStringList out;
    for (const auto &request : requests) {
        if (request.path == path)
            out << headline(request);
    }
    return out;
}
} // namespace

class TestChatIntegrations : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    FakeWebhookServer m_server;
    std::unique_ptr<QProcess> m_relay;
    quint16 m_port = 0;
    QByteArray m_relayLog; // everything the relay printed, across restarts

    QString relayDb() const { return m_dir.filePath(QStringLiteral("relay.sqlite")); }
    QString clientDir() const { return m_dir.filePath(QStringLiteral("client")); }

    // Runs a program to its end while the event loop (and so the fake services) keeps going.
    QString run(const QString &program, const QStringList &args, const QByteArray &input = {})
    {
        QProcess process;
        process.start(program, args);
        if (!input.isEmpty()) {
            process.write(input);
            process.closeWriteChannel();
        }
        if (!QTest::qWaitFor([&] { return process.state() == QProcess::NotRunning; }, 30'000))
            qFatal("%s did not finish", qPrintable(program));
        m_relayLog += process.readAllStandardError();
        if (process.exitCode() != 0)
            qWarning() << program << args << "exited" << process.exitCode();
        return QString::fromUtf8(process.readAllStandardOutput()).trimmed();
    }
    QString ctl(QStringList args)
    {
        args = QStringList {QStringLiteral("--data-dir"),  clientDir(),
                            QStringLiteral("--relay"),     QStringLiteral("ws://127.0.0.1:%1").arg(m_port),
                            QStringLiteral("--user"),      QStringLiteral("Priya Raman"),
                            QStringLiteral("--workspace"), QStringLiteral("payments")}
            + args;
        return run(QStringLiteral(MUSTERCTL_BINARY), args);
    }

    bool startRelay()
    {
        m_relay = std::make_unique<QProcess>();
        m_relay->start(QStringLiteral(RELAY_BINARY),
                       {QStringLiteral("--listen"), QStringLiteral("127.0.0.1:%1").arg(m_port),
                        QStringLiteral("--db"), relayDb(), QStringLiteral("--allow-anonymous")});
        if (!m_relay->waitForStarted(10'000)
            || !QTest::qWaitFor([&] { return m_relay->canReadLine(); }, 10'000))
            return false;
        const auto match = QRegularExpression(QStringLiteral("^listening on ws://127\\.0\\.0\\.1:(\\d+)$"))
                               .match(QString::fromUtf8(m_relay->readLine()).trimmed());
        m_port = quint16(match.captured(1).toUInt());
        return match.hasMatch();
    }
    void killRelay()
    {
        ::kill(pid_t(m_relay->processId()), SIGKILL);
        m_relay->waitForFinished(10'000);
        m_relayLog += m_relay->readAllStandardOutput() + m_relay->readAllStandardError();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(m_server.start() > 0);
        const QStringList add {QStringLiteral("integration"), QStringLiteral("add"),
                               QStringLiteral("--db"),        relayDb(),
                               QStringLiteral("--workspace"), QStringLiteral("payments")};
        QVERIFY(run(QStringLiteral(RELAY_BINARY),
                    add
                        + QStringList {QStringLiteral("--kind"), QStringLiteral("slack"),
                                       QStringLiteral("--name"), QStringLiteral("#incidents")},
                    m_server.url(kSlackPath).toUtf8() + '\n')
                    .startsWith(QStringLiteral("int-")));
        QVERIFY(run(QStringLiteral(RELAY_BINARY),
                    add
                        + QStringList {QStringLiteral("--kind"), QStringLiteral("teams"),
                                       QStringLiteral("--name"), QStringLiteral("Ops"),
                                       QStringLiteral("--update-text")},
                    m_server.url(kTeamsPath).toUtf8() + '\n')
                    .startsWith(QStringLiteral("int-")));
        QVERIFY(run(QStringLiteral(RELAY_BINARY),
                    add
                        + QStringList {QStringLiteral("--kind"), QStringLiteral("pagerduty"),
                                       QStringLiteral("--name"), QStringLiteral("Payments on-call"),
                                       QStringLiteral("--endpoint"), m_server.url(kPagerDutyPath)},
                    kRoutingKey.toUtf8() + '\n')
                    .startsWith(QStringLiteral("int-")));
        QVERIFY(startRelay());
    }

    void anIncidentsLifeIsPostedOnceInOrder()
    {
        const QString id
            = ctl({QStringLiteral("declare"), QStringLiteral("--title"), QStringLiteral("Checkout fails"),
                   QStringLiteral("--severity"), QStringLiteral("2"), QStringLiteral("--service"),
                   QStringLiteral("checkout")});
        QVERIFY(!id.isEmpty());
        ctl({QStringLiteral("severity"), id, QStringLiteral("1")});
        ctl({QStringLiteral("log"), id, QStringLiteral("Rolled back 4.2.1")}); // no post
        ctl({QStringLiteral("status"), id, QStringLiteral("mitigated")});
        ctl({QStringLiteral("assign"), id, QStringLiteral("ic"), QStringLiteral("Daniel Okafor")});
        ctl({QStringLiteral("audience"), QStringLiteral("Leadership"), QStringLiteral("--type"),
             QStringLiteral("executives"), QStringLiteral("--to"), QStringLiteral("cto@example.com")});
        ctl({QStringLiteral("comms"), id, QStringLiteral("--audience"), QStringLiteral("Leadership"),
             QStringLiteral("--stage"), QStringLiteral("mitigated"), QStringLiteral("--text"),
             QStringLiteral("--sent")});
        ctl({QStringLiteral("status"), id, QStringLiteral("resolved")});

        const QStringList expected {QStringLiteral("SEV2 declared: Checkout fails"),
                                    QStringLiteral("Raised to SEV1: Checkout fails"),
                                    QStringLiteral("Mitigated: Checkout fails"),
                                    QStringLiteral("Daniel Okafor is now Incident Commander: Checkout fails"),
                                    QStringLiteral("Stakeholder update sent: Checkout fails"),
                                    QStringLiteral("Resolved: Checkout fails")};
        QTRY_COMPARE_WITH_TIMEOUT(headlines(m_server.accepted(), kSlackPath), expected, 20'000);
        QTRY_COMPARE_WITH_TIMEOUT(headlines(m_server.accepted(), kTeamsPath), expected, 20'000);
        // PagerDuty: triggered when declared, acknowledged as Priya took command, resolved.
        const QStringList actions {QStringLiteral("trigger"), QStringLiteral("acknowledge"),
                                   QStringLiteral("resolve")};
        QTRY_COMPARE_WITH_TIMEOUT(headlines(m_server.accepted(), kPagerDutyPath), actions, 20'000);
        for (const auto &request : m_server.accepted()) {
            if (request.path != kPagerDutyPath)
                continue;
            QCOMPARE(request.json()[QStringLiteral("routing_key")].toString(), kRoutingKey);
            QCOMPARE(request.json()[QStringLiteral("dedup_key")].toString(), id);
        }
        QTest::qWait(300);
        QCOMPARE(m_server.requests.size(), 15); // nothing more, nothing twice

        // Each links back to the incident; Teams quotes the update's text, as it was asked to.
        for (const auto &request : std::as_const(m_server.requests)) {
            if (request.path != kPagerDutyPath || headline(request) == u"trigger")
                QVERIFY(request.body.contains("muster://incident/" + id.toUtf8()));
        }
        auto updatePostTo = [&](const QString &path) {
            for (const auto &request : m_server.accepted()) {
                if (request.path == path && headline(request) == expected.at(4))
                    return request;
            }
            return FakeWebhookServer::Request {};
        };
        const auto teamsUpdate = updatePostTo(kTeamsPath);
        const QJsonArray body
            = teamsUpdate
                  .json()[QStringLiteral("attachments")][0][QStringLiteral("content")][QStringLiteral("body")]
                  .toArray();
        const QJsonObject shown
            = QJsonDocument::fromJson(ctl({QStringLiteral("show"), id, QStringLiteral("--json")}).toUtf8())
                  .object();
        const QString sentText = shown[QStringLiteral("updates")][0][QStringLiteral("body")].toString();
        QVERIFY(!sentText.isEmpty());
        QCOMPARE(body.last()[QStringLiteral("text")].toString(), sentText.trimmed());
        // Slack was not asked to quote it.
        QVERIFY(!updatePostTo(kSlackPath).body.isEmpty());
        QVERIFY(!updatePostTo(kSlackPath).body.contains(sentText.left(40).toUtf8()));
    }

    void aRelayKilledMidQueuePostsEachEventExactlyOnce()
    {
        m_server.requests.clear();
        // The first post goes through; then the services are down and posts queue.
        m_server.script = {{200, {}, "ok"}};
        m_server.fallback = {503, {}, "down"};
        const QString id
            = ctl({QStringLiteral("declare"), QStringLiteral("--title"), QStringLiteral("Search slow"),
                   QStringLiteral("--severity"), QStringLiteral("3")});
        ctl({QStringLiteral("severity"), id, QStringLiteral("2")});
        ctl({QStringLiteral("status"), id, QStringLiteral("resolved")});
        // Both integrations have failed at least once: everything not yet sent is in the queue.
        QTRY_VERIFY_WITH_TIMEOUT(headlines(m_server.requests, kSlackPath).size() >= 2
                                     && headlines(m_server.requests, kTeamsPath).size() >= 2,
                                 20'000);
        killRelay();
        // A post the relay sent just before it died still waits in this process's socket: let
        // the server answer it while the services are down. Answered after they are back, it
        // would count as delivered although no relay ever heard so, and be posted again.
        QTest::qWait(300);
        const qsizetype acceptedBefore = m_server.accepted().size();
        QCOMPARE(acceptedBefore, 1);

        m_server.fallback = {200, {}, "ok"};
        QVERIFY(startRelay());
        const QStringList expected {QStringLiteral("SEV3 declared: Search slow"),
                                    QStringLiteral("Raised to SEV2: Search slow"),
                                    QStringLiteral("Resolved: Search slow")};
        QTRY_COMPARE_WITH_TIMEOUT(headlines(m_server.accepted(), kSlackPath), expected, 30'000);
        QTRY_COMPARE_WITH_TIMEOUT(headlines(m_server.accepted(), kTeamsPath), expected, 30'000);
        QTRY_COMPARE_WITH_TIMEOUT(headlines(m_server.accepted(), kPagerDutyPath),
                                  (QStringList {QStringLiteral("trigger"), QStringLiteral("acknowledge"),
                                                QStringLiteral("resolve")}),
                                  30'000);
        QTest::qWait(500);
        QCOMPARE(m_server.accepted().size(), 9);
    }

    void theSecretIsNeverInALogOrAClientDatabase()
    {
        m_relay->terminate();
        m_relay->waitForFinished(10'000);
        m_relayLog += m_relay->readAllStandardOutput() + m_relay->readAllStandardError();
        QVERIFY(m_relayLog.contains("integration int-")); // the log did say what it posted
        for (const QByteArray secret :
             {QByteArray("SlackS3CR3T"), QByteArray("TeamsS3CR3T"), kRoutingKey.toUtf8()}) {
            QVERIFY2(!m_relayLog.contains(secret), "a webhook secret is in the relay's output");
            QDirIterator files(clientDir(), QDir::Files, QDirIterator::Subdirectories);
            while (files.hasNext()) {
                QFile file(files.next());
                QVERIFY(file.open(QIODevice::ReadOnly));
                QVERIFY2(!file.readAll().contains(secret), qPrintable(file.fileName()));
            }
        }
        // The list shows where, never the secret.
        const QString list
            = run(QStringLiteral(RELAY_BINARY),
                  {QStringLiteral("integration"), QStringLiteral("list"), QStringLiteral("--db"), relayDb()});
        QVERIFY(list.contains(QStringLiteral("http://127.0.0.1:")));
        QVERIFY(!list.contains(QStringLiteral("S3CR3T")));
    }
};

QTEST_GUILESS_MAIN(TestChatIntegrations)
#include "tst_chatintegrations.moc"
