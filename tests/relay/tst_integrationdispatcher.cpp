// SPDX-License-Identifier: GPL-3.0-or-later
// From stored ops to queued posts, on a real SQLite file: which integration gets which event,
// nothing from before it was added, and nothing twice across a restart.
#include "../integrations/chatevents.h"
#include "relay/integrationdispatcher.h"
#include "relay/sqliterelaystorage.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace muster;
using namespace muster::testing;

class TestIntegrationDispatcher : public QObject
{
    Q_OBJECT

    const QString workspace = QStringLiteral("payments");
    const QString id = QStringLiteral("01JCCCCCCCCCCCCCCCCCCCCCC1");
    QTemporaryDir m_dir;
    QString m_path;
    OpMaker m_make;

    void store(SqliteRelayStorage &storage, const QList<Operation> &ops)
    {
        QList<RelayOp> relayOps;
        for (const Operation &op : ops)
            relayOps << RelayOp {workspace, op.id.replica, op.id.counter, op.toCborBytes(), {}, {}};
        QVERIFY(storage.append(relayOps).ok());
    }

    Integration add(SqliteRelayStorage &storage, const QString &integrationId, IntegrationKind kind,
                    QList<IncidentEventKind> events)
    {
        Integration integration;
        integration.id = integrationId;
        integration.workspace = workspace;
        integration.kind = kind;
        integration.name = QStringLiteral("#incidents");
        integration.url = QStringLiteral("https://hooks.example.com/services/SECRET");
        integration.events = events;
        integration.afterSeq = storage.head(workspace).value;
        integration.createdAtMs = 1;
        if (storage.saveIntegration(integration))
            qFatal("cannot save");
        return integration;
    }

    QList<OutboundPost> queued(SqliteRelayStorage &storage, const QString &integrationId)
    {
        // Drain the queue to read it in order.
        QList<OutboundPost> out;
        while (auto post = storage.nextPost(integrationId).value) {
            out << *post;
            storage.postSent(*post, 1);
        }
        return out;
    }

    Incident declared() const
    {
        Incident i;
        i.id = id;
        i.severity = Severity::Sev2;
        i.state = LifecycleState::Investigating;
        return i;
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(
            QStringLiteral("relay-%1.sqlite").arg(QString::fromLatin1(QTest::currentTestFunction())));
        m_make = OpMaker();
    }

    void eachIntegrationGetsTheEventsItWantsInItsFormat()
    {
        SqliteRelayStorage storage;
        QVERIFY(!storage.open(m_path));
        add(storage, QStringLiteral("int-slack"), IntegrationKind::Slack,
            {IncidentEventKind::Declared, IncidentEventKind::Resolved});
        add(storage, QStringLiteral("int-teams"), IntegrationKind::Teams,
            {IncidentEventKind::SeverityChanged});
        IntegrationDispatcher dispatcher(storage, storage);
        QSignalSpy queuedSignal(&dispatcher, &IntegrationDispatcher::postsQueued);
        QVERIFY(!dispatcher.reload());

        store(storage, m_make.ops(changes::declareIncident(id, checkoutDeclaration(), m_make.nowMs())));
        QVERIFY(!dispatcher.catchUp(workspace));
        store(storage, m_make.ops(changes::setSeverity(declared(), Severity::Sev1)));
        QVERIFY(!dispatcher.catchUp(workspace));
        QCOMPARE(queuedSignal.size(), 2);

        const auto slack = queued(storage, QStringLiteral("int-slack"));
        QCOMPARE(slack.size(), 1);
        QCOMPARE(slack[0].event, QStringLiteral("declared"));
        QCOMPARE(slack[0].incident, id);
        QVERIFY(slack[0].key.endsWith(QStringLiteral("/declared")));
        QCOMPARE(QJsonDocument::fromJson(slack[0].body)[QStringLiteral("text")].toString(),
                 QStringLiteral("SEV2 declared: Checkout fails for EU customers"));

        const auto teams = queued(storage, QStringLiteral("int-teams"));
        QCOMPARE(teams.size(), 1);
        QCOMPARE(teams[0].event, QStringLiteral("severity"));
        QCOMPARE(QJsonDocument::fromJson(teams[0].body)[QStringLiteral("type")].toString(),
                 QStringLiteral("message"));
    }

    void incidentsFromBeforeTheIntegrationAreNotPosted()
    {
        SqliteRelayStorage storage;
        QVERIFY(!storage.open(m_path));
        store(storage, m_make.ops(changes::declareIncident(id, checkoutDeclaration(), m_make.nowMs())));
        add(storage, QStringLiteral("int-slack"), IntegrationKind::Slack,
            defaultEvents(IntegrationKind::Slack));
        IntegrationDispatcher dispatcher(storage, storage);
        QVERIFY(!dispatcher.reload());
        QCOMPARE(storage.waitingPosts(QStringLiteral("int-slack")).value, 0);
        // The incident is known, so its next change reads right: raised from SEV2.
        store(storage, m_make.ops(changes::setSeverity(declared(), Severity::Sev1)));
        QVERIFY(!dispatcher.catchUp(workspace));
        const auto posts = queued(storage, QStringLiteral("int-slack"));
        QCOMPARE(posts.size(), 1);
        QCOMPARE(QJsonDocument::fromJson(posts[0].body)[QStringLiteral("text")].toString(),
                 QStringLiteral("Raised to SEV1: Checkout fails for EU customers"));
    }

    void aChangeJustAfterTheIntegrationWasAddedReadsAsAChange()
    {
        // Added while the relay was down; the first read takes both sides in one page.
        SqliteRelayStorage storage;
        QVERIFY(!storage.open(m_path));
        store(storage, m_make.ops(changes::declareIncident(id, checkoutDeclaration(), m_make.nowMs())));
        add(storage, QStringLiteral("int-slack"), IntegrationKind::Slack,
            defaultEvents(IntegrationKind::Slack));
        store(storage, m_make.ops(changes::setSeverity(declared(), Severity::Sev1)));
        IntegrationDispatcher dispatcher(storage, storage);
        QVERIFY(!dispatcher.reload());
        const auto posts = queued(storage, QStringLiteral("int-slack"));
        QCOMPARE(posts.size(), 1);
        QCOMPARE(posts[0].event, QStringLiteral("severity"));
    }

    void aRestartQueuesWhatCameMeanwhileAndNothingTwice()
    {
        {
            SqliteRelayStorage storage;
            QVERIFY(!storage.open(m_path));
            add(storage, QStringLiteral("int-slack"), IntegrationKind::Slack,
                defaultEvents(IntegrationKind::Slack));
            IntegrationDispatcher dispatcher(storage, storage);
            QVERIFY(!dispatcher.reload());
            store(storage, m_make.ops(changes::declareIncident(id, checkoutDeclaration(), m_make.nowMs())));
            QVERIFY(!dispatcher.catchUp(workspace));
            QCOMPARE(storage.waitingPosts(QStringLiteral("int-slack")).value, 1);
            // Stored, then the relay stops before the dispatcher reads it.
            store(storage, m_make.ops(changes::setSeverity(declared(), Severity::Sev1)));
            storage.close();
        }
        SqliteRelayStorage storage;
        QVERIFY(!storage.open(m_path));
        IntegrationDispatcher dispatcher(storage, storage);
        QVERIFY(!dispatcher.reload());
        QVERIFY(!dispatcher.reload()); // and again, as every 10 s
        const auto posts = queued(storage, QStringLiteral("int-slack"));
        QCOMPARE(posts.size(), 2);
        QCOMPARE(posts[0].event, QStringLiteral("declared"));
        QCOMPARE(posts[1].event, QStringLiteral("severity"));
        // The severity post reads as a change, not a fresh declaration: the state was rebuilt.
        QCOMPARE(QJsonDocument::fromJson(posts[1].body)[QStringLiteral("text")].toString(),
                 QStringLiteral("Raised to SEV1: Checkout fails for EU customers"));
        QCOMPARE(storage.integrationCursor(workspace).value, storage.head(workspace).value);
    }

    void aWorkspaceWithoutIntegrationsIsNotRead()
    {
        SqliteRelayStorage storage;
        QVERIFY(!storage.open(m_path));
        store(storage, m_make.ops(changes::declareIncident(id, checkoutDeclaration(), m_make.nowMs())));
        IntegrationDispatcher dispatcher(storage, storage);
        QVERIFY(!dispatcher.reload());
        QVERIFY(!dispatcher.catchUp(workspace));
        QCOMPARE(storage.integrationCursor(workspace).value, std::nullopt);
    }

    void aRemovedIntegrationTakesItsQueue()
    {
        SqliteRelayStorage storage;
        QVERIFY(!storage.open(m_path));
        add(storage, QStringLiteral("int-slack"), IntegrationKind::Slack, {IncidentEventKind::Declared});
        IntegrationDispatcher dispatcher(storage, storage);
        QVERIFY(!dispatcher.reload());
        store(storage, m_make.ops(changes::declareIncident(id, checkoutDeclaration(), m_make.nowMs())));
        QVERIFY(!dispatcher.catchUp(workspace));
        QCOMPARE(storage.waitingPosts(QStringLiteral("int-slack")).value, 1);
        QCOMPARE(storage.removeIntegration(QStringLiteral("int-slack")).value, true);
        QCOMPARE(storage.removeIntegration(QStringLiteral("int-slack")).value, false);
        QCOMPARE(storage.waitingPosts(QStringLiteral("int-slack")).value, 0);
        QVERIFY(!dispatcher.reload());
        QVERIFY(dispatcher.integrations().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestIntegrationDispatcher)
#include "tst_integrationdispatcher.moc"
