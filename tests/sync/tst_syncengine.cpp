// SPDX-License-Identifier: GPL-3.0-or-later
// The sync engine against a real relay in the same process, over real loopback WebSockets and
// real SQLite files: what a responder relies on when teammates work on the same incident.
#include "../relay/tlsfixtures.h"
#include "core/changes.h"
#include "core/ids.h"
#include "relay/relayserver.h"
#include "relay/sqliterelaystorage.h"
#include "sync/syncengine.h"
#include "tcpproxy.h"

#include <QCborMap>
#include <QDateTime>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace muster;

namespace {

const QString kActor = QStringLiteral("01JPAAAAAAAAAAAAAAAAAAAAA1");

struct Relay
{
    SqliteRelayStorage storage;
    AuthThrottle throttle;
    TokenAuthority authority {storage, throttle, true};
    std::unique_ptr<RelayServer> server;

    bool start(const QString &path, quint16 port = 0, int pageOps = 2000,
               std::optional<QSslConfiguration> tls = std::nullopt, int pingIntervalMs = 20'000)
    {
        if (storage.open(path))
            return false;
        RelayServerOptions options;
        options.pingIntervalMs = pingIntervalMs;
        options.port = port;
        options.hub.pageOps = pageOps;
        options.tls = tls;
        server = std::make_unique<RelayServer>(storage, authority, options);
        return server->listen();
    }
    void stop()
    {
        QSignalSpy stopped(server.get(), &RelayServer::stopped);
        server->shutdown();
        stopped.wait(3000);
        server.reset();
        storage.close();
    }
};

// How a replica differs from a well-behaved one on this machine.
struct Quirks
{
    qint64 clockOffsetMs = 0; // its wall clock runs this far ahead (negative: behind)
    int pingIntervalMs = 0; // 0: the transport's own
};

struct Replica
{
    qint64 clockOffsetMs = 0;
    Store store {[this] { return QDateTime::currentMSecsSinceEpoch() + clockOffsetMs; }};
    SyncEngine *engine = nullptr;

    Replica(const QString &path, const QUrl &relay, QObject *parent, int applyBatchOps = 10'000,
            const QList<QSslCertificate> &trusted = {}, Quirks quirks = {})
        : clockOffsetMs(quirks.clockOffsetMs)
    {
        if (store.open(path, QStringLiteral("default")))
            return;
        SyncOptions options;
        options.relay = relay;
        options.backoffBaseMs = 50;
        options.backoffCapMs = 200;
        options.seed = 1;
        options.applyBatchOps = applyBatchOps;
        options.wallClock = [this] { return QDateTime::currentMSecsSinceEpoch() + clockOffsetMs; };
        auto *transport = new WebSocketTransport;
        transport->setTrustedCertificates(trusted);
        if (quirks.pingIntervalMs > 0)
            transport->setPingInterval(quirks.pingIntervalMs);
        engine = new SyncEngine(store, transport, options, parent);
    }
    ~Replica() { delete engine; }

    QString declare(const QString &title)
    {
        const QString id = newEntityId(1'700'000'000'000);
        Declaration declaration;
        declaration.title = title;
        declaration.commanderId = kActor;
        const auto result
            = store.commitLocal(changes::declareIncident(id, declaration, 1'700'000'000'000), kActor);
        if (!result.ok())
            return {};
        engine->pushPending();
        return id;
    }
    bool log(const QString &incident, const QString &text)
    {
        const bool ok = store.commitLocal(changes::logEntry(incident, LogKind::Note, text), kActor).ok();
        engine->pushPending();
        return ok;
    }
    Incident incident(const QString &id) { return store.incident(id).value.value_or(Incident {}); }
    bool change(const QList<Change> &changes)
    {
        const bool ok = store.commitLocal(changes, kActor).ok();
        engine->pushPending();
        return ok;
    }
    QStringList logTexts(const QString &id)
    {
        QStringList out;
        for (const LogLine &line : store.wholeLog(id).value)
            out.append(line.entry.text);
        return out;
    }
    bool waitSynced(int ms = 5000)
    {
        return QTest::qWaitFor([this] { return engine->isSynced(); }, ms);
    }
};

} // namespace

class TestSyncEngine : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_files = 0;
    QString newPath() { return m_dir.filePath(QStringLiteral("db-%1.sqlite").arg(++m_files)); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QLoggingCategory::setFilterRules(QStringLiteral("muster.*.info=false\nmuster.sync.warning=false"));
    }

    void backoffIsFullJitterBetweenOneSecondAndTheCap()
    {
        QRandomGenerator random(5);
        QCOMPARE(SyncEngine::backoffDelayMs(0, 1000, 60'000, random), 1000);
        int lowest = INT_MAX, highest = 0;
        for (int i = 0; i < 2000; ++i) {
            const int delay = SyncEngine::backoffDelayMs(3, 1000, 60'000, random);
            QVERIFY(delay >= 1000 && delay <= 8000);
            lowest = std::min(lowest, delay);
            highest = std::max(highest, delay);
        }
        QVERIFY(lowest < 1500); // spread over the whole range, not clustered
        QVERIFY(highest > 7500);
        for (int i = 0; i < 200; ++i)
            QVERIFY(SyncEngine::backoffDelayMs(40, 1000, 60'000, random) <= 60'000);
        QRandomGenerator a(9), b(9);
        QCOMPARE(SyncEngine::backoffDelayMs(4, 1000, 60'000, a),
                 SyncEngine::backoffDelayMs(4, 1000, 60'000, b));
    }

    void overWssOnlyAReplicaThatTrustsTheRelaysCaSyncs()
    {
        const auto tls = testing::relayTls();
        QVERIFY(tls);
        Relay relay;
        QVERIFY(relay.start(newPath(), 0, 2000, tls));
        const QUrl url(relay.server->url());
        QCOMPARE(url.scheme(), QStringLiteral("wss"));
        const QList<QSslCertificate> ours = testing::trustedCa("ca.pem");
        const QList<QSslCertificate> theirs = testing::trustedCa("other-ca.pem");
        QCOMPARE(ours.size(), 1);
        QCOMPARE(theirs.size(), 1);

        Replica pinned(newPath(), url, this, 10'000, ours);
        pinned.engine->start();
        pinned.declare(QStringLiteral("Checkout 500s"));
        QVERIFY(pinned.waitSynced());

        // Trusting another CA, or the system's (which never signed the test CA): refused, and said why.
        for (const QList<QSslCertificate> &trusted : {theirs, QList<QSslCertificate>()}) {
            Replica stranger(newPath(), url, this, 10'000, trusted);
            stranger.engine->start();
            QVERIFY(QTest::qWaitFor(
                [&] { return stranger.engine->lastError().contains(QStringLiteral("not trusted")); }, 5000));
            QVERIFY(!stranger.engine->isSynced());
        }
        QCOMPARE(relay.server->connectionCount(), 1);
        relay.stop();
    }

    void twoReplicasSeeEachOthersChanges()
    {
        Relay relay;
        QVERIFY(relay.start(newPath()));
        const QUrl url(relay.server->url());
        Replica alice(newPath(), url, this), bob(newPath(), url, this);
        QSignalSpy bobApplied(bob.engine, &SyncEngine::remoteApplied);
        alice.engine->start();
        bob.engine->start();
        QVERIFY(alice.waitSynced());
        QVERIFY(bob.waitSynced());

        QSignalSpy acknowledged(alice.engine, &SyncEngine::acknowledged);
        const QString id = alice.declare(QStringLiteral("Checkout 500s"));
        QVERIFY(acknowledged.wait(5000));
        QCOMPARE(alice.store.pendingCount().value, 0);
        QTRY_VERIFY(bob.store.incident(id).value.has_value());
        QCOMPARE(bob.store.incident(id).value->title, QStringLiteral("Checkout 500s"));
        QVERIFY(!bobApplied.isEmpty());
        QCOMPARE(bob.engine->state(), SyncEngine::State::Live);
    }

    void workOfflineThenDrainTheOutboxWhenTheRelayAppears()
    {
        // Take a free port, then leave it closed: the relay is "down".
        quint16 port = 0;
        {
            QTcpServer probe;
            QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
            port = probe.serverPort();
        }
        const QUrl url(QStringLiteral("ws://127.0.0.1:%1").arg(port));
        Replica alice(newPath(), url, this);
        alice.engine->start();
        QTRY_COMPARE(alice.engine->state(), SyncEngine::State::Offline);
        QVERIFY(!alice.engine->lastError().isEmpty());
        for (int i = 0; i < 5; ++i)
            QVERIFY(!alice.declare(QStringLiteral("offline %1").arg(i)).isEmpty());
        QVERIFY(alice.store.pendingCount().value > 0);

        Relay relay;
        QVERIFY(relay.start(newPath(), port));
        QVERIFY(alice.waitSynced());
        QCOMPARE(alice.store.pendingCount().value, 0);
        QVERIFY(relay.storage.head(QStringLiteral("default")).value > 0);
    }

    void survivesARelayRestart()
    {
        const QString relayPath = newPath();
        Relay relay;
        QVERIFY(relay.start(relayPath));
        const quint16 port = relay.server->port();
        const QUrl url(relay.server->url());
        Replica alice(newPath(), url, this), bob(newPath(), url, this);
        alice.engine->start();
        bob.engine->start();
        QVERIFY(alice.waitSynced() && bob.waitSynced());
        alice.declare(QStringLiteral("before restart"));
        QVERIFY(alice.waitSynced());

        relay.stop();
        QTRY_COMPARE(alice.engine->state(), SyncEngine::State::Offline);
        const QString id = alice.declare(QStringLiteral("while the relay is down"));

        Relay again;
        QVERIFY(again.start(relayPath, port));
        QVERIFY(alice.waitSynced());
        QTRY_VERIFY(bob.store.incident(id).value.has_value());
        QCOMPARE(bob.store.incidentCount().value, 2);
        again.stop();
    }

    void aRelayThatLostItsHistoryIsRefilled()
    {
        Relay relay;
        QVERIFY(relay.start(newPath()));
        const quint16 port = relay.server->port();
        const QUrl url(relay.server->url());
        Replica alice(newPath(), url, this);
        alice.engine->start();
        alice.declare(QStringLiteral("remembered"));
        QVERIFY(alice.waitSynced());
        const qint64 head = relay.storage.head(QStringLiteral("default")).value;
        relay.stop();

        // A brand-new relay on the same address: empty storage.
        Relay fresh;
        QVERIFY(fresh.start(newPath(), port));
        QTRY_VERIFY_WITH_TIMEOUT(fresh.storage.head(QStringLiteral("default")).value == head, 5000);
        QVERIFY(alice.waitSynced());
        Replica bob(newPath(), url, this);
        bob.engine->start();
        QVERIFY(bob.waitSynced());
        QCOMPARE(bob.store.incidentCount().value, 1);
        fresh.stop();
    }

    void catchUpAppliesPagesInBatches()
    {
        Relay relay;
        QVERIFY(relay.start(newPath(), 0, 10)); // pages of 10 ops
        const QUrl url(relay.server->url());
        Replica alice(newPath(), url, this);
        alice.engine->start();
        for (int i = 0; i < 20; ++i)
            QVERIFY(!alice.declare(QStringLiteral("Incident %1").arg(i)).isEmpty());
        QVERIFY(alice.waitSynced());
        const qsizetype total = alice.store.opLog().value.size();
        QVERIFY(total > 60);

        Replica bob(newPath(), url, this, 25);
        QSignalSpy applied(bob.engine, &SyncEngine::remoteApplied);
        bob.engine->start();
        QVERIFY(bob.waitSynced());
        qsizetype seen = 0;
        for (qsizetype i = 0; i < applied.size(); ++i) {
            const auto ops = applied.at(i).at(0).value<QList<Operation>>();
            // Every transaction but the last gathers at least 25 ops from several pages.
            if (i + 1 < applied.size())
                QVERIFY2(ops.size() >= 25, qPrintable(QString::number(ops.size())));
            seen += ops.size();
        }
        QCOMPARE(seen, total);
        QVERIFY(applied.size() <= total / 25 + 1);
        QCOMPARE(bob.store.incidentCount().value, 20);
        QCOMPARE(bob.store.opLog().value.size(), total);
    }

    void webhookAlertsArriveAndAreForgottenOnceResolvedWhileAway()
    {
        Relay relay;
        const QString relayPath = newPath();
        QVERIFY(relay.start(relayPath));
        const QUrl url(relay.server->url());
        Replica alice(newPath(), url, this);
        QSignalSpy alerts(alice.engine, &SyncEngine::relayAlertsChanged);
        alice.engine->start();
        QVERIFY(alice.waitSynced());
        QCOMPARE(alerts.size(), 0); // nothing fires: nothing to tell

        protocol::AlertRecord disk;
        disk.fingerprint = QStringLiteral("48c0674ebf9ac78b");
        disk.labels = {{QStringLiteral("alertname"), QStringLiteral("DiskFull")}};
        disk.startsAt = 1'700'000'000'000;
        disk.source = QStringLiteral("http://am:9093");
        QVERIFY(!relay.server->hub().receiveAlerts(QStringLiteral("default"), disk.source,
                                                   QStringLiteral("g"), {disk}));
        QTRY_COMPARE(alerts.size(), 1);
        QCOMPARE(alerts.last().at(0).value<QList<protocol::AlertRecord>>(),
                 QList<protocol::AlertRecord> {disk});
        QCOMPARE(alice.engine->relayAlerts().size(), 1);

        // Offline, the last list is kept; it resolves meanwhile, and the next welcome says so.
        alice.engine->stop();
        QCOMPARE(alice.engine->relayAlerts().size(), 1);
        QVERIFY(!relay.server->hub().receiveAlerts(QStringLiteral("default"), disk.source,
                                                   QStringLiteral("g"), {}));
        alice.engine->start();
        QTRY_COMPARE(alerts.size(), 2);
        QVERIFY(alice.engine->relayAlerts().isEmpty());

        // A relay restart keeps what fires: it was stored before anyone was told.
        QVERIFY(!relay.server->hub().receiveAlerts(QStringLiteral("default"), disk.source,
                                                   QStringLiteral("g"), {disk}));
        QTRY_COMPARE(alerts.size(), 3);
        relay.stop();
        QVERIFY(relay.start(relayPath, url.port()));
        QVERIFY(alice.waitSynced(10'000));
        QCOMPARE(alice.engine->relayAlerts().size(), 1);
        QCOMPARE(relay.server->hub().firingAlerts(QStringLiteral("default")).value.size(), 1);
    }

    void presenceReachesTeammatesAndIsNeverStored()
    {
        Relay relay;
        QVERIFY(relay.start(newPath()));
        const QUrl url(relay.server->url());
        Replica alice(newPath(), url, this), bob(newPath(), url, this);
        QSignalSpy peers(bob.engine, &SyncEngine::peersChanged);
        alice.engine->setPresence(
            {kActor, QStringLiteral("Alice"), QStringLiteral("01JAAAAAAAAAAAAAAAAAAAAAA1")});
        alice.engine->start();
        bob.engine->start();
        QVERIFY(alice.waitSynced() && bob.waitSynced());
        auto aliceSeen = [&] {
            if (peers.isEmpty())
                return false;
            const auto list = peers.last().at(0).value<QList<protocol::Peer>>();
            return std::any_of(list.cbegin(), list.cend(), [](const protocol::Peer &p) {
                return p.name == u"Alice" && p.viewing == u"01JAAAAAAAAAAAAAAAAAAAAAA1";
            });
        };
        QTRY_VERIFY(aliceSeen());
        // Alice goes away: Bob's list drops her and keeps himself.
        alice.engine->stop();
        QTRY_VERIFY(!aliceSeen());
        const auto left = peers.last().at(0).value<QList<protocol::Peer>>();
        QCOMPARE(left.size(), 1);
        QCOMPARE(left.first().replica, bob.store.replicaId());
        QCOMPARE(relay.storage.head(QStringLiteral("default")).value, 0);
        QCOMPARE(bob.store.opLog().value.size(), 0);
    }

    // Every replica chains the log as the relay sequenced it and arrives at the relay's links,
    // whoever wrote the entries and in whatever order they reached the relay.
    void everyReplicaComputesTheRelaysChain()
    {
        Relay relay;
        QVERIFY(relay.start(newPath()));
        const QUrl url(relay.server->url());
        Replica alice(newPath(), url, this), bob(newPath(), url, this);
        alice.engine->start();
        bob.engine->start();
        QVERIFY(alice.waitSynced() && bob.waitSynced());
        const QString id = alice.declare(QStringLiteral("Checkout 500s"));
        QVERIFY(alice.waitSynced());
        QTRY_VERIFY(bob.store.incident(id).value.has_value());
        for (int i = 0; i < 5; ++i) {
            QVERIFY(alice.log(id, QStringLiteral("alice %1").arg(i)));
            QVERIFY(bob.log(id, QStringLiteral("bob %1").arg(i)));
        }
        QVERIFY(alice.waitSynced() && bob.waitSynced());
        const ChainLink relayHead = relay.storage.chainHead(QStringLiteral("default"), id).value;
        QCOMPARE_GE(relayHead.position, 11); // the declaration's entry and ten notes
        QTRY_COMPARE(alice.store.chainStatus(id).value.head, relayHead);
        QTRY_COMPARE(bob.store.chainStatus(id).value.head, relayHead);
        QCOMPARE(alice.store.chainStatus(id).value.unchained, 0);
        for (Store *store : {&alice.store, &bob.store}) {
            const auto checks = store->verifyChains();
            QVERIFY(checks.ok());
            QCOMPARE(checks.value.size(), 1);
            QVERIFY2(checks.value.first().holds(), qPrintable(checks.value.first().verdict.problem));
            QVERIFY(!checks.value.first().status.divergence);
        }
    }

    // An entry edited in the relay's database (its stored link left as it was) is flagged by
    // the next replica that syncs, at that entry, and recorded there as evidence.
    void aLogEditedOnTheRelayIsFlaggedWhereItChanged()
    {
        const QString relayPath = newPath();
        Relay relay;
        QVERIFY(relay.start(relayPath));
        const quint16 port = relay.server->port();
        const QUrl url(relay.server->url());
        QString id;
        {
            Replica alice(newPath(), url, this);
            alice.engine->start();
            id = alice.declare(QStringLiteral("Payments timing out"));
            QVERIFY(alice.log(id, QStringLiteral("Rolled back 4.2.1")));
            QVERIFY(alice.log(id, QStringLiteral("Error rate back to normal")));
            QVERIFY(alice.waitSynced());
        }
        relay.stop();
        qint64 editedPosition = 0;
        {
            // Rewrite "Rolled back 4.2.1" as if someone wanted another story told.
            Database db;
            QVERIFY(!db.open(relayPath));
            QSqlQuery &read = db.prepared(QStringLiteral(
                "SELECT seq, body, chain_position FROM relay_ops WHERE chain_position IS NOT NULL"));
            QVERIFY(!db.exec(read));
            std::optional<Operation> op;
            qint64 seq = 0;
            while (read.next() && !op) {
                QString problem;
                auto candidate
                    = Operation::fromCbor(QCborValue::fromCbor(read.value(1).toByteArray()), &problem);
                QVERIFY(candidate);
                if (candidate->value.toMap().value(QStringLiteral("text")).toString()
                    == u"Rolled back 4.2.1") {
                    op = candidate;
                    seq = read.value(0).toLongLong();
                    editedPosition = read.value(2).toLongLong();
                }
            }
            read.finish();
            QVERIFY(op);
            QCborMap value = op->value.toMap();
            value.insert(QStringLiteral("text"), QStringLiteral("Nothing was rolled back"));
            op->value = value;
            QVERIFY(!db.exec(QStringLiteral("UPDATE relay_ops SET body = ? WHERE seq = ?"),
                             {op->toCborBytes(), seq}));
            db.close();
        }
        Relay again;
        QVERIFY(again.start(relayPath, port));
        Replica carol(newPath(), url, this);
        QSignalSpy diverged(carol.engine, &SyncEngine::chainDiverged);
        carol.engine->start();
        QVERIFY(carol.waitSynced());
        QCOMPARE(diverged.size(), 1);
        const auto found = diverged.first().first().value<QList<ChainDivergence>>();
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().incidentId, id);
        QCOMPARE(found.first().position, editedPosition);
        const auto status = carol.store.chainStatus(id);
        QVERIFY(status.value.divergence);
        QCOMPARE(status.value.divergence->position, editedPosition);
        QCOMPARE(status.value.divergence->relayHash,
                 again.storage.readSince(QStringLiteral("default"), 0, 100, 1 << 20)
                     .value.at(status.value.divergence->seq - 1)
                     .chain.hash);
        QVERIFY(carol.engine->lastError().contains(QStringLiteral("musterctl verify")));
        // Syncing again does not report it twice, and the record stays.
        carol.engine->stop();
        carol.engine->start();
        QVERIFY(carol.waitSynced());
        QCOMPARE(diverged.size(), 1);
        QVERIFY(carol.store.chainStatus(id).value.divergence);
        again.stop();
    }

    // Traffic blackholed (no reset, no close) between one replica and the relay: the replica
    // notices within two of its ping intervals and reconnects; after the heal, what both sides
    // did meanwhile reaches everyone and the replicas end the same.
    void aPartitionIsNoticedWithinTwoPingsAndHealsIntoOneState()
    {
        constexpr int kPingMs = 400;
        Relay relay;
        QVERIFY(relay.start(newPath(), 0, 2000, std::nullopt, kPingMs));
        testing::TcpProxy proxy(relay.server->port());
        const QUrl throughProxy(QStringLiteral("ws://127.0.0.1:%1").arg(proxy.port()));
        Replica alice(newPath(), throughProxy, this, 10'000, {}, {0, kPingMs});
        Replica bob(newPath(), QUrl(relay.server->url()), this);
        alice.engine->start();
        bob.engine->start();
        QVERIFY(alice.waitSynced() && bob.waitSynced());
        const QString id = alice.declare(QStringLiteral("Card payments failing"));
        QVERIFY(alice.waitSynced());
        QTRY_VERIFY(bob.store.incident(id).value.has_value());
        QCOMPARE(alice.engine->state(), SyncEngine::State::Live);

        proxy.pause();
        QElapsedTimer partitioned;
        partitioned.start();
        QVERIFY(alice.log(id, QStringLiteral("written on the far side of the partition")));
        QVERIFY(bob.log(id, QStringLiteral("written beside the relay")));
        QVERIFY(
            QTest::qWaitFor([&] { return alice.engine->state() != SyncEngine::State::Live; }, 10 * kPingMs));
        const qint64 noticedMs = partitioned.elapsed();
        qInfo("the partition was noticed after %lld ms (ping interval %d ms)", noticedMs, kPingMs);
        // Two intervals, and a little for a busy test machine to run the timer.
        QCOMPARE_LE(noticedMs, 2 * kPingMs + 300);
        QCOMPARE(alice.store.pendingCount().value, 1); // saved here, waiting

        proxy.heal();
        QVERIFY(alice.waitSynced(10'000));
        QVERIFY(bob.waitSynced());
        QTRY_COMPARE(bob.logTexts(id).size(), alice.logTexts(id).size());
        QCOMPARE(alice.logTexts(id), bob.logTexts(id));
        QVERIFY(alice.logTexts(id).contains(QStringLiteral("written beside the relay")));
        QVERIFY(bob.logTexts(id).contains(QStringLiteral("written on the far side of the partition")));
        QCOMPARE(alice.store.chainStatus(id).value.head, bob.store.chainStatus(id).value.head);
    }

    // A replica whose clock is an hour behind still orders what it does after what it saw:
    // its hybrid clock moves past every op it receives.
    void aClockAnHourBehindStillOrdersEffectsAfterTheirCauses()
    {
        Relay relay;
        QVERIFY(relay.start(newPath()));
        Replica alice(newPath(), QUrl(relay.server->url()), this);
        Replica bob(newPath(), QUrl(relay.server->url()), this, 10'000, {}, {-3'600'000, 0});
        alice.engine->start();
        bob.engine->start();
        QVERIFY(alice.waitSynced() && bob.waitSynced());
        const QString id = alice.declare(QStringLiteral("Search latency"));
        QVERIFY(alice.log(id, QStringLiteral("cause: the index is rebuilding")));
        QVERIFY(alice.change(
            changes::setTitle(alice.incident(id), QStringLiteral("Search latency: index rebuild"))));
        QVERIFY(alice.waitSynced());
        QTRY_VERIFY(bob.logTexts(id).contains(QStringLiteral("cause: the index is rebuilding")));
        QTRY_COMPARE(bob.incident(id).title, QStringLiteral("Search latency: index rebuild"));

        // Bob answers what he saw, an hour "earlier" by his wall clock.
        QVERIFY(bob.log(id, QStringLiteral("effect: paused the rebuild")));
        QVERIFY(bob.change(
            changes::setTitle(bob.incident(id), QStringLiteral("Search latency: rebuild paused"))));
        QVERIFY(bob.waitSynced());
        for (Replica *replica : {&alice, &bob}) {
            QTRY_COMPARE(replica->incident(id).title, QStringLiteral("Search latency: rebuild paused"));
            const QStringList log = replica->logTexts(id);
            QCOMPARE_LT(log.indexOf(QStringLiteral("cause: the index is rebuilding")),
                        log.indexOf(QStringLiteral("effect: paused the rebuild")));
        }
    }

    // A replica whose clock is an hour ahead would win every last-writer-wins field for an hour:
    // the relay refuses its ops, it says why, and its changes wait on it, not lost.
    void aClockAnHourAheadCannotWinEveryField()
    {
        Relay relay;
        QVERIFY(relay.start(newPath()));
        Replica alice(newPath(), QUrl(relay.server->url()), this);
        Replica carol(newPath(), QUrl(relay.server->url()), this, 10'000, {}, {3'600'000, 0});
        alice.engine->start();
        carol.engine->start();
        QVERIFY(alice.waitSynced());
        const QString id = alice.declare(QStringLiteral("Login errors"));
        QVERIFY(alice.waitSynced());
        QTRY_VERIFY(carol.store.incident(id).value.has_value());

        QSignalSpy problems(carol.engine, &SyncEngine::problem);
        QVERIFY(carol.change(
            changes::setTitle(carol.incident(id), QStringLiteral("carol's title from the future"))));
        QTRY_VERIFY(std::any_of(problems.cbegin(), problems.cend(), [](const QList<QVariant> &args) {
            return args.first().toString().contains(QStringLiteral("ahead of the relay's clock"));
        }));
        QVERIFY(carol.engine->lastError().contains(QStringLiteral("clock")));
        const int pending = carol.store.pendingCount().value;
        QCOMPARE_GT(pending, 0);

        QVERIFY(alice.change(changes::setTitle(alice.incident(id), QStringLiteral("alice's title"))));
        QVERIFY(alice.waitSynced());
        QTRY_COMPARE(carol.incident(id).title, QStringLiteral("carol's title from the future")); // only there
        QCOMPARE(alice.incident(id).title, QStringLiteral("alice's title"));
        QCOMPARE(carol.store.pendingCount().value, pending); // kept, for when her clock is right
        const auto stored = relay.storage.readSince(QStringLiteral("default"), 0, 1000, 1 << 20);
        for (const SequencedOp &op : stored.value)
            QVERIFY(!op.body.contains("carol's title"));
    }
};

QTEST_GUILESS_MAIN(TestSyncEngine)
#include "tst_syncengine.moc"
