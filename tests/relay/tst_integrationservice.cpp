// SPDX-License-Identifier: GPL-3.0-or-later
// Integrations as desktops see and manage them: a real relay in this process with the
// integration service, sync engines with admin and member tokens over loopback WebSockets, and
// a chat service played by QtHttpServer. Everyone sees the list and how delivery goes, never
// the webhook URL; only an admin adds, retries and removes.
#include "core/changes.h"
#include "core/ids.h"
#include "fakewebhookserver.h"
#include "relay/integrationservice.h"
#include "relay/relayserver.h"
#include "relay/sqliterelaystorage.h"
#include "sync/syncengine.h"
#include "syncdesktop.h"

#include <QDirIterator>
#include <QLoggingCategory>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace muster;
using namespace muster::testing;

namespace {

const QString kActor = QStringLiteral("01JPAAAAAAAAAAAAAAAAAAAAA1");
const QString kWorkspace = QStringLiteral("payments");
const QString kSecretPath = QStringLiteral("/services/T1/B1/S3CR3TxYz");

} // namespace

class TestIntegrationService : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    SqliteRelayStorage m_storage;
    AuthThrottle m_throttle;
    std::unique_ptr<TokenAuthority> m_authority;
    std::unique_ptr<RelayServer> m_server;
    std::unique_ptr<IntegrationService> m_service;
    FakeWebhookServer m_chat;
    QString m_adminToken;
    QString m_memberToken;

    QString token(TokenRole role)
    {
        const IssuedToken issued = issueToken(kWorkspace, QStringLiteral("someone"), role, 1);
        return m_storage.saveToken(issued.record) ? QString() : issued.text;
    }
    QUrl url() const { return QUrl(m_server->url()); }
    QString path(const char *name) const { return m_dir.filePath(QString::fromLatin1(name)); }

    protocol::ManageIntegration addRequest(const QString &webhook) const
    {
        protocol::ManageIntegration add;
        add.action = QStringLiteral("add");
        add.kind = QStringLiteral("slack");
        add.name = QStringLiteral("#incidents");
        add.url = webhook;
        add.events = {QStringLiteral("declared"), QStringLiteral("resolved")};
        return add;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QLoggingCategory::setFilterRules(QStringLiteral("muster.*.info=false\nmuster.relay.warning=false"));
        QVERIFY(m_dir.isValid());
        QVERIFY(!m_storage.open(path("relay.sqlite")));
        m_authority = std::make_unique<TokenAuthority>(m_storage, m_throttle, false);
        RelayServerOptions options;
        options.port = 0; // any free port: the default 7447 collided with tests running beside it
        m_server = std::make_unique<RelayServer>(m_storage, *m_authority, options);
        OutboundOptions quick;
        quick.firstRetryMs = 100;
        quick.maxRetryMs = 200;
        m_service = std::make_unique<IntegrationService>(m_server->hub(), m_storage, m_storage, quick, 200);
        QVERIFY(!m_service->start());
        QVERIFY(m_server->listen());
        QVERIFY(m_chat.start() > 0);
        m_adminToken = token(TokenRole::Admin);
        m_memberToken = token(TokenRole::Member);
    }

    void anAdminAddsAndEveryoneSeesItWithoutTheUrl()
    {
        Desktop admin(path("admin.sqlite"), url(), m_adminToken);
        Desktop member(path("member.sqlite"), url(), m_memberToken);
        QTRY_VERIFY(admin.engine->state() == SyncEngine::State::Live
                    && member.engine->state() == SyncEngine::State::Live);
        QTRY_VERIFY(admin.manage);
        QVERIFY(!member.manage);
        QVERIFY(admin.integrations.isEmpty());

        QCOMPARE(admin.ask(addRequest(m_chat.url(kSecretPath))), QString());
        QTRY_COMPARE(member.integrations.size(), 1);
        const protocol::IntegrationInfo &seen = member.integrations.constFirst();
        QVERIFY(seen.id.startsWith(QStringLiteral("int-")));
        QCOMPARE(seen.kind, QStringLiteral("slack"));
        QCOMPARE(seen.name, QStringLiteral("#incidents"));
        QCOMPARE(seen.target, QStringLiteral("http://127.0.0.1:%1").arg(m_chat.serverPorts().value(0)));
        QCOMPARE(seen.events, (QStringList {QStringLiteral("declared"), QStringLiteral("resolved")}));
        QVERIFY(seen.paused.isEmpty());
        QCOMPARE(seen.waiting, 0);
        QCOMPARE(admin.integrations, member.integrations);
    }

    void aMemberMayNotManage()
    {
        Desktop member(path("member2.sqlite"), url(), m_memberToken);
        QTRY_VERIFY(member.engine->state() == SyncEngine::State::Live);
        const QString refusal = member.ask(addRequest(m_chat.url(QStringLiteral("/other"))));
        QVERIFY2(refusal.contains(QStringLiteral("may not manage integrations")), qPrintable(refusal));
        QCOMPARE(m_storage.integrations().value.size(), 1);
    }

    void aBadRequestIsRefusedWithTheReason()
    {
        Desktop admin(path("admin2.sqlite"), url(), m_adminToken);
        QTRY_VERIFY(admin.engine->state() == SyncEngine::State::Live);
        QCOMPARE(admin.ask(addRequest(QStringLiteral("ftp://files.example.com/x"))),
                 QStringLiteral("the webhook URL must start with https:// (or http://)"));
        protocol::ManageIntegration noEvents = addRequest(m_chat.url(kSecretPath));
        noEvents.events.clear();
        QCOMPARE(admin.ask(noEvents), QStringLiteral("choose at least one event to post"));
        QCOMPARE(admin.ask({0, QStringLiteral("retry"), QStringLiteral("int-nothere")}),
                 QStringLiteral("there is no integration int-nothere in this workspace"));
    }

    void aFailureIsSeenAndRetryResumes()
    {
        Desktop admin(path("admin3.sqlite"), url(), m_adminToken);
        Desktop member(path("member3.sqlite"), url(), m_memberToken);
        QTRY_VERIFY(admin.engine->state() == SyncEngine::State::Live
                    && member.engine->state() == SyncEngine::State::Live);
        QTRY_COMPARE(member.integrations.size(), 1);
        m_chat.script = {{404, {}, "no_service"}};
        Declaration declaration;
        declaration.title = QStringLiteral("Checkout fails");
        declaration.commanderId = kActor;
        QVERIFY(admin.store
                    .commitLocal(changes::declareIncident(newEntityId(1'700'000'000'000), declaration,
                                                          1'700'000'000'000),
                                 kActor)
                    .ok());
        admin.engine->pushPending();
        QTRY_VERIFY(!member.integrations.constFirst().paused.isEmpty());
        QVERIFY2(member.integrations.constFirst().paused.startsWith(
                     QStringLiteral("HTTP 404 from http://127.0.0.1:")),
                 qPrintable(member.integrations.constFirst().paused));
        QCOMPARE(member.integrations.constFirst().waiting, 1);
        QVERIFY(member.integrations.constFirst().lastErrorAt > 0);

        QCOMPARE(admin.ask({0, QStringLiteral("retry"), member.integrations.constFirst().id}), QString());
        QTRY_COMPARE(member.integrations.constFirst().waiting, 0);
        QVERIFY(member.integrations.constFirst().paused.isEmpty());
        QVERIFY(member.integrations.constFirst().lastError.isEmpty());
        QVERIFY(member.integrations.constFirst().lastDeliveredAt > 0);
        QCOMPARE(m_chat.accepted().size(), 1);
    }

    void oneAddedBesideTheRelayIsToldWithinTheReload()
    {
        Desktop member(path("member4.sqlite"), url(), m_memberToken);
        QTRY_COMPARE(member.integrations.size(), 1);
        Integration cli;
        cli.id = QStringLiteral("int-fromthecli");
        cli.workspace = kWorkspace;
        cli.kind = IntegrationKind::Teams;
        cli.name = QStringLiteral("Ops");
        cli.url = m_chat.url(QStringLiteral("/teams/S3CR3TxYz"));
        cli.events = {IncidentEventKind::Declared};
        cli.createdAtMs = QDateTime::currentMSecsSinceEpoch() + 1000; // the newest: listed last
        QVERIFY(!m_storage.saveIntegration(cli));
        QTRY_COMPARE(member.integrations.size(), 2);
        QCOMPARE(member.integrations.at(1).kind, QStringLiteral("teams"));
    }

    void removingTakesItFromEveryone()
    {
        Desktop admin(path("admin5.sqlite"), url(), m_adminToken);
        Desktop member(path("member5.sqlite"), url(), m_memberToken);
        QTRY_COMPARE(member.integrations.size(), 2);
        for (const auto &integration : QList(admin.integrations))
            QCOMPARE(admin.ask({0, QStringLiteral("remove"), integration.id}), QString());
        QTRY_VERIFY(member.integrations.isEmpty());
        QVERIFY(m_storage.integrations().value.isEmpty());
    }

    void pagerDutyBothWaysFromTheDesktop()
    {
        Desktop admin(path("admin6.sqlite"), url(), m_adminToken);
        QTRY_VERIFY(admin.engine->state() == SyncEngine::State::Live);
        protocol::ManageIntegration outbound {0, QStringLiteral("add")};
        outbound.kind = QStringLiteral("pagerduty");
        outbound.name = QStringLiteral("Payments on-call");
        outbound.key = QStringLiteral("R0123456789ABCDEF0123456789ABCDE");
        outbound.events = {QStringLiteral("declared"), QStringLiteral("severity")};
        QCOMPARE(admin.ask(outbound),
                 QStringLiteral("PagerDuty takes only declared, acknowledged and resolved"));
        outbound.events
            = {QStringLiteral("declared"), QStringLiteral("acknowledged"), QStringLiteral("resolved")};
        QCOMPARE(admin.ask(outbound), QString());
        protocol::ManageIntegration incoming {0, QStringLiteral("add")};
        incoming.kind = QStringLiteral("pagerduty-webhook");
        incoming.name = QStringLiteral("PagerDuty");
        incoming.key = QStringLiteral("whsec-S3CR3T-1234");
        QCOMPARE(admin.ask(incoming), QString());
        QTRY_COMPARE(admin.integrations.size(), 2);
        QCOMPARE(admin.integrations.at(0).target, QStringLiteral("https://events.pagerduty.com"));
        QCOMPARE(admin.integrations.at(1).target, QStringLiteral("/pagerduty/payments"));
        QVERIFY(admin.integrations.at(1).events.isEmpty());
        const auto stored = m_storage.integrations().value;
        QCOMPARE(stored.at(0).secret, outbound.key);
        QCOMPARE(stored.at(1).secret, incoming.key);
        for (const auto &integration : QList(admin.integrations))
            QCOMPARE(admin.ask({0, QStringLiteral("remove"), integration.id}), QString());
    }

    void noSecretInAnyDesktopsDatabase()
    {
        QDirIterator files(m_dir.path(), {QStringLiteral("admin*"), QStringLiteral("member*")}, QDir::Files);
        int read = 0;
        while (files.hasNext()) {
            QFile file(files.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray bytes = file.readAll();
            QVERIFY2(!bytes.contains("S3CR3T") && !bytes.contains("R0123456789ABCDEF"),
                     qPrintable(file.fileName()));
            ++read;
        }
        QVERIFY(read >= 8);
    }
};

QTEST_GUILESS_MAIN(TestIntegrationService)
#include "tst_integrationservice.moc"
