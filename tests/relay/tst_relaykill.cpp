// SPDX-License-Identifier: GPL-3.0-or-later
// A real muster-relay process killed with SIGKILL at 24 random moments while two replicas
// keep writing and syncing through it. What a team relies on when the relay's machine dies:
// every op the relay acknowledged is in its database when it comes back (checked before any
// client reconnects, so a re-push cannot hide a loss), and afterwards all replicas converge.
#include "core/changes.h"
#include "core/ids.h"
#include "relay/sqliterelaystorage.h"
#include "sync/syncengine.h"

#include <QDateTime>
#include <QLoggingCategory>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <csignal>

using namespace muster;

namespace {

const QString kActor = QStringLiteral("01JPAAAAAAAAAAAAAAAAAAAAA1");

struct Writer
{
    Store store;
    SyncEngine *engine = nullptr;
    qint64 acked = 0; // the highest counter the relay acknowledged
    QString incident;

    Writer(const QString &path, const QUrl &relay)
    {
        if (store.open(path, QStringLiteral("default")))
            return;
        SyncOptions options;
        options.relay = relay;
        options.backoffBaseMs = 20;
        options.backoffCapMs = 100;
        engine = new SyncEngine(store, new WebSocketTransport, options);
        QObject::connect(engine, &SyncEngine::acknowledged, engine,
                         [this](qint64 upTo) { acked = std::max(acked, upTo); });
        engine->start();
    }
    ~Writer() { delete engine; }
    void write(int i)
    {
        QList<Change> changes;
        if (incident.isEmpty() || i % 9 == 0) {
            incident = newEntityId(QDateTime::currentMSecsSinceEpoch());
            Declaration declaration;
            declaration.title = QStringLiteral("Incident %1").arg(i);
            declaration.commanderId = kActor;
            changes = changes::declareIncident(incident, declaration, QDateTime::currentMSecsSinceEpoch());
        } else {
            changes = changes::logEntry(incident, LogKind::Note, QStringLiteral("entry %1").arg(i));
        }
        if (store.commitLocal(changes, kActor).ok())
            engine->pushPending();
    }
    QSet<QString> opIds()
    {
        QSet<QString> out;
        for (const Operation &op : store.opLog().value)
            out.insert(op.id.toString());
        return out;
    }
};

} // namespace

class TestRelayKill : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<QProcess> m_relay;
    quint16 m_port = 0;

    QString relayPath() const { return m_dir.filePath(QStringLiteral("relay.sqlite")); }

    bool startRelay()
    {
        m_relay = std::make_unique<QProcess>();
        m_relay->start(QStringLiteral(RELAY_BINARY),
                       {QStringLiteral("--listen"), QStringLiteral("127.0.0.1:%1").arg(m_port),
                        QStringLiteral("--db"), relayPath(), QStringLiteral("--allow-anonymous")});
        if (!m_relay->waitForStarted(10'000)
            || !QTest::qWaitFor([&] { return m_relay->canReadLine(); }, 10'000))
            return false;
        const auto match = QRegularExpression(QStringLiteral("^listening on ws://127\\.0\\.0\\.1:(\\d+)$"))
                               .match(QString::fromUtf8(m_relay->readLine()).trimmed());
        m_port = quint16(match.captured(1).toUInt());
        return match.hasMatch();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QLoggingCategory::setFilterRules(QStringLiteral("muster.*.info=false\nmuster.sync.warning=false"));
        QVERIFY(m_dir.isValid());
    }

    void everyAcknowledgedOpSurvivesAndReplicasConverge()
    {
        QVERIFY(startRelay());
        const QUrl url(QStringLiteral("ws://127.0.0.1:%1").arg(m_port));
        Writer alice(m_dir.filePath(QStringLiteral("alice.sqlite")), url);
        Writer bob(m_dir.filePath(QStringLiteral("bob.sqlite")), url);
        QVERIFY(alice.engine && bob.engine);
        int written = 0;
        QTimer pace;
        QObject::connect(&pace, &QTimer::timeout, &pace, [&] {
            alice.write(written);
            bob.write(written);
            ++written;
        });
        pace.start(5);

        QRandomGenerator random(20261204);
        constexpr int kKills = 24;
        qint64 ackedAtKills = 0;
        for (int kill = 0; kill < kKills; ++kill) {
            QTest::qWait(int(random.bounded(60, 300)));
            const qint64 aliceAcked = alice.acked, bobAcked = bob.acked;
            ::kill(pid_t(m_relay->processId()), SIGKILL);
            QVERIFY(m_relay->waitForFinished(10'000));
            QCOMPARE(m_relay->exitStatus(), QProcess::CrashExit);
            {
                // Before anyone can push again: what was acknowledged is on disk.
                SqliteRelayStorage storage;
                const StoreError error = storage.open(relayPath());
                QVERIFY2(!error, qPrintable(error.message));
                QCOMPARE_GE(storage.lastCounter(QStringLiteral("default"), alice.store.replicaId()).value,
                            aliceAcked);
                QCOMPARE_GE(storage.lastCounter(QStringLiteral("default"), bob.store.replicaId()).value,
                            bobAcked);
                storage.close();
            }
            ackedAtKills += aliceAcked + bobAcked;
            QVERIFY(startRelay());
        }
        pace.stop();
        QVERIFY(QTest::qWaitFor([&] { return alice.engine->isSynced() && bob.engine->isSynced(); }, 30'000));
        QVERIFY(QTest::qWaitFor([&] { return alice.opIds() == bob.opIds(); }, 10'000));
        QCOMPARE(alice.store.pendingCount().value, 0);
        QCOMPARE(bob.store.pendingCount().value, 0);
        QCOMPARE(alice.opIds().size(), qsizetype(alice.acked + bob.acked));
        qInfo("%d kills; %d writes each; %lld + %lld ops acknowledged and converged", kKills, written,
              alice.acked, bob.acked);
        QCOMPARE_GT(ackedAtKills, 0);

        m_relay->terminate();
        QVERIFY(m_relay->waitForFinished(10'000));
        QCOMPARE(m_relay->exitCode(), 0);
    }
};

QTEST_GUILESS_MAIN(TestRelayKill)
#include "tst_relaykill.moc"
