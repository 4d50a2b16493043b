// SPDX-License-Identifier: GPL-3.0-or-later
// Seeded, deterministic convergence: five replicas, each with its own SQLite store and sync
// engine, make 10,000 random changes while a simulated network delivers frames in random
// interleavings, drops connections (losing whatever was in flight), redelivers frames and lets
// readers fall behind. Afterwards every replica must hold the same state: the same state hash
// of its op log, and materialized incidents and logs equal to the reducer's fold of all ops.
#include "../core/randomops.h"
#include "core/workspacestate.h"
#include "simnetwork.h"
#include "sync/syncengine.h"

#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace muster;
using namespace muster::testing;

namespace {

struct Replica
{
    std::unique_ptr<Store> store;
    std::unique_ptr<SimLink> link;
    SyncEngine *engine = nullptr;
    QList<Change> planned; // this replica's changes, committed a few at a time
    qsizetype next = 0;
};

} // namespace

class TestConvergence : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    void converge(quint32 seed, int replicaCount, int opsPerReplica)
    {
        const QString workspace = QStringLiteral("sim");
        qint64 wall = 1'700'000'000'000;
        auto clock = [&wall] { return wall; };
        QRandomGenerator rng(seed);

        MemoryRelayStorage storage;
        RelayOptions options;
        options.maxBatchOps = 50;
        options.pageOps = 300;
        options.slowReaderBytes = 32 * 1024; // small, so slow readers are switched to paging
        RelayHub hub(storage, options, clock);

        // The same random changes the reducer tests use, split by replica.
        const QList<Operation> plan = randomOps(seed, replicaCount, opsPerReplica, workspace);
        std::vector<Replica> replicas(replicaCount);
        for (int r = 0; r < replicaCount; ++r) {
            Replica &replica = replicas[r];
            replica.store = std::make_unique<Store>(clock);
            const QString path = m_dir.filePath(QStringLiteral("seed%1-replica%2.db").arg(seed).arg(r));
            QVERIFY(!replica.store->open(path, workspace));
            replica.link = std::make_unique<SimLink>(hub);
            auto *transport = new SimTransport(replica.link.get());
            replica.link->transport = transport;
            SyncOptions sync;
            sync.relay = QUrl(QStringLiteral("ws://sim"));
            sync.seed = seed + r;
            sync.wallClock = clock;
            sync.applyBatchOps = 700; // pages of 300: batches span pages, and disconnects cut them
            replica.engine = new SyncEngine(*replica.store, transport, sync, this);
            for (qsizetype i = r * opsPerReplica; i < (r + 1) * opsPerReplica; ++i)
                replica.planned.append(
                    {plan.at(i).kind, plan.at(i).entity, plan.at(i).field, plan.at(i).value});
            replica.engine->start();
        }

        WorkspaceState reference;
        int disconnects = 0, duplicates = 0, flushes = 0;
        auto step = [&](bool chaos) {
            wall += 1;
            Replica &replica = replicas[rng.bounded(replicaCount)];
            SimLink &link = *replica.link;
            const quint32 action = rng.bounded(100);
            if (action < 20 && replica.next < replica.planned.size()) {
                const qsizetype count
                    = std::min<qsizetype>(1 + rng.bounded(8), replica.planned.size() - replica.next);
                const auto result = replica.store->commitLocal(replica.planned.mid(replica.next, count),
                                                               QStringLiteral("01JPAAAAAAAAAAAAAAAAAAAAA1"));
                QVERIFY2(result.ok(), qPrintable(result.error.message));
                replica.next += count;
                for (const Operation &op : result.value)
                    reference.apply(op);
                replica.engine->pushPending();
            } else if (action < 45 && !link.toRelay.isEmpty()) {
                if (chaos && rng.bounded(20) == 0) {
                    const QByteArray again = link.toRelay.head(); // a copy: prepend may move the queue
                    link.toRelay.prepend(again); // delivered twice
                    ++duplicates;
                }
                link.deliverToRelay();
            } else if (action < 75 && !link.toClient.isEmpty()) {
                if (chaos && rng.bounded(20) == 0) {
                    const QByteArray again = link.toClient.head(); // a copy, as above
                    link.sendBinary(again); // delivered again, later
                    ++duplicates;
                }
                link.deliverToClient();
            } else if (action < 85) {
                hub.flush();
                ++flushes;
            } else if (action < 88 && chaos && link.isUp) {
                link.down(QStringLiteral("network dropped"));
                ++disconnects;
            } else if (!link.isUp) {
                if (replica.engine->state() == SyncEngine::State::Offline)
                    replica.engine->connectNow();
                if (link.wantsUp)
                    link.up();
            }
        };

        // Chaos while the changes are made...
        auto allCommitted = [&] {
            return std::all_of(replicas.begin(), replicas.end(),
                               [](const Replica &r) { return r.next == r.planned.size(); });
        };
        while (!allCommitted()) {
            step(true);
            if (QTest::currentTestFailed())
                return;
        }
        // ...then a calm network until everyone is synced.
        auto quiet = [&] {
            if (hub.hasQueued())
                return false;
            for (const Replica &r : replicas) {
                if (!r.link->isUp || !r.link->toRelay.isEmpty() || !r.link->toClient.isEmpty()
                    || !r.engine->isSynced())
                    return false;
            }
            return true;
        };
        int calmSteps = 0;
        while (!quiet()) {
            step(false);
            QVERIFY2(++calmSteps < 5'000'000, "the replicas never settled");
            if (QTest::currentTestFailed())
                return;
        }
        qInfo("seed %u: %d disconnects, %d redelivered frames, %d group commits, %d calm steps", seed,
              disconnects, duplicates, flushes, calmSteps);
        QVERIFY(disconnects > 0);
        QVERIFY(duplicates > 0);
        QCOMPARE(storage.head(workspace).value, qint64(replicaCount) * opsPerReplica);

        const QByteArray expected = reference.stateHash();
        for (int r = 0; r < replicaCount; ++r) {
            Store &store = *replicas[r].store;
            const auto ops = store.opLog();
            QVERIFY(ops.ok());
            QCOMPARE(ops.value.size(),
                     qsizetype(replicaCount) * opsPerReplica); // nothing lost, nothing twice
            WorkspaceState folded;
            for (const Operation &op : ops.value)
                folded.apply(op);
            QCOMPARE(folded.stateHash().toHex(), expected.toHex());
            QCOMPARE(store.pendingCount().value, 0);
            // The materialized tables agree with the fold, log order included.
            for (const Incident &want : reference.incidents()) {
                const auto got = store.incident(want.id);
                QVERIFY(got.ok() && got.value);
                QCOMPARE(got.value->title, want.title);
                QCOMPARE(got.value->severity, want.severity);
                QCOMPARE(got.value->state, want.state);
                QCOMPARE(got.value->roles, want.roles);
                QCOMPARE(got.value->smes, want.smes);
                const auto page = store.logPage(want.id, {}, 100'000);
                const QList<LogEntry> log = reference.log(want.id);
                QCOMPARE(page.value.size(), log.size());
                for (qsizetype i = 0; i < log.size(); ++i)
                    QCOMPARE(page.value.at(log.size() - 1 - i).entry.id, log.at(i).id);
            }
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        // Thousands of reconnects are the point here, not news.
        QLoggingCategory::setFilterRules(QStringLiteral("muster.*.info=false"));
    }

    void fiveReplicasTenThousandOpsEach() { converge(20261124, 5, 10'000); }

    void otherSeedsConverge_data()
    {
        QTest::addColumn<quint32>("seed");
        for (quint32 seed : {1u, 7u, 42u})
            QTest::addRow("seed %u", seed) << seed;
    }
    void otherSeedsConverge()
    {
        QFETCH(quint32, seed);
        converge(seed, 3, 1'000);
    }
};

QTEST_GUILESS_MAIN(TestConvergence)
#include "tst_convergence.moc"
