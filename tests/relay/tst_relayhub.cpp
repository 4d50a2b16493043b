// SPDX-License-Identifier: GPL-3.0-or-later
// The relay's protocol logic with fake peers: every message and every error path, without
// sockets. What a client relies on: a welcome that says where to resume, acks only after the
// commit, the same sequence for a duplicate, fan-out to the whole workspace and no other, pages
// until caught up, explicit errors that leave the connection open, and close codes otherwise.
#include "../sync/simnetwork.h"
#include "core/fields.h"
#include "relay/relayhub.h"

#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>

using namespace muster;
using namespace muster::protocol;
using muster::testing::MemoryRelayStorage;

namespace {

const QString kWorkspace = QStringLiteral("default");
const QString kReplicaA = QStringLiteral("a000000000000001");
const QString kReplicaB = QStringLiteral("b000000000000002");
constexpr qint64 kNow = 1'700'000'000'000;

class FakePeer final : public RelayPeer
{
public:
    void sendBinary(const QByteArray &bytes) override
    {
        raw.append(bytes);
        pending += bytes.size();
    }
    qint64 bytesPending() const override { return pending; }
    void closeWith(int code, const QString &reason) override
    {
        closeCode = code;
        closeReason = reason;
    }
    QString describe() const override { return QStringLiteral("fake"); }

    // Messages received so far, decoded; forgets them.
    QList<Message> take()
    {
        QList<Message> out;
        for (const QByteArray &frame : std::exchange(raw, {})) {
            const Decoded decoded = decode(frame);
            if (decoded.ok())
                out.append(decoded.message);
        }
        return out;
    }
    template<typename T> QList<T> takeOf()
    {
        QList<T> out;
        for (const Message &m : take()) {
            if (const T *t = std::get_if<T>(&m))
                out.append(*t);
        }
        return out;
    }

    QList<QByteArray> raw;
    qint64 pending = 0;
    int closeCode = 0;
    QString closeReason;
};

// Counts commits and can be told to fail, around the in-memory storage.
class CountingStorage final : public RelayStorage
{
public:
    StoreResult<QList<qint64>> append(const QList<RelayOp> &ops) override
    {
        ++appends;
        if (failAppends)
            return {{}, {StoreError::Code::DiskFull, QStringLiteral("disk full")}};
        return inner.append(ops);
    }
    StoreResult<QList<SequencedOp>> readSince(const QString &w, qint64 after, int maxOps,
                                              qint64 maxBytes) override
    {
        return inner.readSince(w, after, maxOps, maxBytes);
    }
    StoreResult<qint64> head(const QString &w) override { return inner.head(w); }
    StoreResult<qint64> lastCounter(const QString &w, const QString &r) override
    {
        return inner.lastCounter(w, r);
    }
    StoreResult<SequencedOp> sequenceOf(const QString &w, const QString &r, qint64 c) override
    {
        return inner.sequenceOf(w, r, c);
    }
    StoreResult<ChainLink> chainHead(const QString &w, const QString &incident) override
    {
        return inner.chainHead(w, incident);
    }
    StoreError saveAlertGroup(const QString &w, const RelayAlertGroup &group) override
    {
        if (failAppends)
            return {StoreError::Code::DiskFull, QStringLiteral("disk full")};
        return inner.saveAlertGroup(w, group);
    }
    StoreResult<QList<RelayAlertGroup>> alertGroups(const QString &w) override
    {
        return inner.alertGroups(w);
    }

    MemoryRelayStorage inner;
    int appends = 0;
    bool failAppends = false;
};

Operation titleOp(const QString &replica, qint64 counter, const QString &title, qint64 wallMs = kNow,
                  const QString &workspace = kWorkspace)
{
    return {{replica, counter},
            {wallMs, 0},
            QStringLiteral("01JPAAAAAAAAAAAAAAAAAAAAA1"),
            workspace,
            OpKind::Set,
            incidentEntity(QStringLiteral("01JAAAAAAAAAAAAAAAAAAAAAA1")),
            QString(fields::title),
            title};
}

const QString kIncidentOne = QStringLiteral("01JAAAAAAAAAAAAAAAAAAAAAA1");
const QString kIncidentTwo = QStringLiteral("01JAAAAAAAAAAAAAAAAAAAAAA2");

Operation logOp(const QString &replica, qint64 counter, const QString &incident, const QString &text)
{
    return {{replica, counter},
            {kNow - 1000 + counter, 0},
            QStringLiteral("01JPAAAAAAAAAAAAAAAAAAAAA1"),
            kWorkspace,
            OpKind::Append,
            incidentEntity(incident),
            QStringLiteral("log"),
            QCborMap {{QStringLiteral("kind"), QStringLiteral("note")}, {QStringLiteral("text"), text}}};
}

AlertRecord webhookAlert(const QString &fingerprint, const QString &name,
                         const QString &source = QStringLiteral("http://am.example:9093"))
{
    AlertRecord alert;
    alert.fingerprint = fingerprint;
    alert.labels
        = {{QStringLiteral("alertname"), name}, {QStringLiteral("service"), QStringLiteral("checkout")}};
    alert.annotations = {{QStringLiteral("summary"), name + QStringLiteral(" fires")}};
    alert.startsAt = kNow - 60'000;
    alert.source = source;
    return alert;
}

QStringList fingerprints(const QList<AlertRecord> &alerts)
{
    QStringList out;
    for (const AlertRecord &alert : alerts)
        out.append(alert.fingerprint);
    return out;
}

QByteArray hello(const QString &replica, const QString &workspace = kWorkspace, int version = kVersion)
{
    Hello h;
    h.version = version;
    h.replica = replica;
    h.workspace = workspace;
    return encode(h);
}

} // namespace

class TestRelayHub : public QObject
{
    Q_OBJECT

    CountingStorage m_storage;
    std::unique_ptr<RelayHub> m_hub;
    RelayOptions m_options;

    FakePeer *connectPeer(std::vector<std::unique_ptr<FakePeer>> &peers, const QString &replica,
                          const QString &workspace = kWorkspace)
    {
        peers.push_back(std::make_unique<FakePeer>());
        FakePeer *peer = peers.back().get();
        m_hub->addPeer(peer);
        m_hub->receive(peer, hello(replica, workspace));
        return peer;
    }
    // Hello and a first pull, so the peer receives fan-out.
    FakePeer *livePeer(std::vector<std::unique_ptr<FakePeer>> &peers, const QString &replica,
                       const QString &workspace = kWorkspace)
    {
        FakePeer *peer = connectPeer(peers, replica, workspace);
        m_hub->receive(peer, encode(Pull {m_storage.head(workspace).value}));
        m_hub->flush(); // the presence update about this peer goes out
        for (auto &each : peers)
            each->take();
        return peer;
    }

private Q_SLOTS:
    void initTestCase() { QLoggingCategory::setFilterRules(QStringLiteral("muster.*.info=false")); }

    void init()
    {
        m_storage.~CountingStorage();
        new (&m_storage) CountingStorage;
        m_options = {};
        m_hub = std::make_unique<RelayHub>(m_storage, m_options, [] { return kNow; });
    }

    void webhookAlertsReachEveryClientOfTheWorkspaceAndNoOther()
    {
        std::vector<std::unique_ptr<FakePeer>> peers;
        FakePeer *alice = livePeer(peers, kReplicaA);
        FakePeer *elsewhere = livePeer(peers, kReplicaB, QStringLiteral("other"));
        const QString source = QStringLiteral("http://am.example:9093");
        const QString group = QStringLiteral("{}:{alertname=\"HighErrorRate\"}");
        QVERIFY(!m_hub->receiveAlerts(kWorkspace, source, group,
                                      {webhookAlert(QStringLiteral("f2"), QStringLiteral("HighErrorRate")),
                                       webhookAlert(QStringLiteral("f1"), QStringLiteral("HighErrorRate"))}));
        const auto told = alice->takeOf<Alerts>();
        QCOMPARE(told.size(), 1);
        QVERIFY(told.first().replace);
        QVERIFY(!told.first().more);
        QCOMPARE(fingerprints(told.first().alerts),
                 (QStringList {QStringLiteral("f1"), QStringLiteral("f2")}));
        QCOMPARE(told.first().alerts.first().labels.value(QStringLiteral("service")),
                 QStringLiteral("checkout"));
        QVERIFY(elsewhere->take().isEmpty());

        // Someone who connects later hears of them right after the welcome.
        FakePeer *late = connectPeer(peers, QStringLiteral("c000000000000003"));
        const QList<Message> greeting = late->take();
        QCOMPARE(greeting.size(), 3);
        QVERIFY(std::get<Welcome>(greeting.at(0)).alertsFollow);
        QVERIFY(std::holds_alternative<Peers>(greeting.at(1)));
        QCOMPARE(fingerprints(std::get<Alerts>(greeting.at(2)).alerts).size(), 2);
        // ...and a workspace where nothing fires says so in its welcome.
        FakePeer *quiet = connectPeer(peers, QStringLiteral("d000000000000004"), QStringLiteral("other"));
        QVERIFY(!std::get<Welcome>(quiet->take().first()).alertsFollow);

        // The group's next webhook replaces what it fired: f2 resolved.
        m_hub->flush();
        alice->take();
        QVERIFY(!m_hub->receiveAlerts(kWorkspace, source, group,
                                      {webhookAlert(QStringLiteral("f1"), QStringLiteral("HighErrorRate"))}));
        QCOMPARE(fingerprints(alice->takeOf<Alerts>().first().alerts), QStringList {QStringLiteral("f1")});
        // The same again (Alertmanager's repeat) changes nothing and tells nobody.
        QVERIFY(!m_hub->receiveAlerts(kWorkspace, source, group,
                                      {webhookAlert(QStringLiteral("f1"), QStringLiteral("HighErrorRate"))}));
        QVERIFY(alice->take().isEmpty());
        // The last one resolves: an empty list goes out, so clients clear the line.
        QVERIFY(!m_hub->receiveAlerts(kWorkspace, source, group, {}));
        const auto cleared = alice->takeOf<Alerts>();
        QCOMPARE(cleared.size(), 1);
        QVERIFY(cleared.first().alerts.isEmpty());
        QVERIFY(m_hub->firingAlerts(kWorkspace).value.isEmpty());
    }

    void anAlertInTwoGroupsIsListedOnceAndGroupsAreKeptApart()
    {
        const QString source = QStringLiteral("http://am.example:9093");
        const auto disk = webhookAlert(QStringLiteral("d1"), QStringLiteral("DiskFull"));
        const auto errors = webhookAlert(QStringLiteral("e1"), QStringLiteral("HighErrorRate"));
        QVERIFY(!m_hub->receiveAlerts(kWorkspace, source, QStringLiteral("team-db"), {disk}));
        QVERIFY(!m_hub->receiveAlerts(kWorkspace, source, QStringLiteral("everything"), {disk, errors}));
        // Another Alertmanager's alert with the same fingerprint is a different alert.
        const auto mirror = webhookAlert(QStringLiteral("d1"), QStringLiteral("DiskFull"),
                                         QStringLiteral("http://am-eu.example:9093"));
        QVERIFY(!m_hub->receiveAlerts(kWorkspace, mirror.source, QStringLiteral("team-db"), {mirror}));
        QCOMPARE(m_hub->firingAlerts(kWorkspace).value.size(), 3);
        // One group resolving its copy does not end the alert another group still fires.
        QVERIFY(!m_hub->receiveAlerts(kWorkspace, source, QStringLiteral("team-db"), {}));
        QCOMPARE(m_hub->firingAlerts(kWorkspace).value.size(), 3);
        QVERIFY(!m_hub->receiveAlerts(kWorkspace, source, QStringLiteral("everything"), {errors}));
        QCOMPARE(fingerprints(m_hub->firingAlerts(kWorkspace).value),
                 (QStringList {QStringLiteral("d1"), QStringLiteral("e1")})); // by source, then fingerprint
    }

    void alertsThatNeedSeveralMessagesArriveAsOneList()
    {
        m_options.maxMessageBytes = 4096;
        m_hub = std::make_unique<RelayHub>(m_storage, m_options, [] { return kNow; });
        std::vector<std::unique_ptr<FakePeer>> peers;
        FakePeer *alice = livePeer(peers, kReplicaA);
        QList<AlertRecord> many;
        for (int i = 0; i < 60; ++i)
            many.append(webhookAlert(QStringLiteral("f%1").arg(i, 3, 10, QLatin1Char('0')),
                                     QStringLiteral("PodCrash")));
        AlertRecord huge = webhookAlert(QStringLiteral("zz"), QStringLiteral("Huge"));
        huge.annotations.insert(QStringLiteral("description"), QString(5000, u'x')); // fits no message
        many.append(huge);
        QVERIFY(!m_hub->receiveAlerts(kWorkspace, QStringLiteral("http://am"), QStringLiteral("g"), many));
        QList<QByteArray> frames = std::exchange(alice->raw, {});
        QVERIFY(frames.size() > 1);
        QStringList all;
        for (qsizetype i = 0; i < frames.size(); ++i) {
            QVERIFY(frames.at(i).size() <= 4096);
            const auto part = std::get<Alerts>(decode(frames.at(i)).message);
            QCOMPARE(part.replace, i == 0);
            QCOMPARE(part.more, i + 1 < frames.size());
            all += fingerprints(part.alerts);
        }
        QCOMPARE(all.size(), 60); // the one too large for any message is left out, not the rest
    }

    void alertsThatCannotBeStoredChangeNothing()
    {
        std::vector<std::unique_ptr<FakePeer>> peers;
        FakePeer *alice = livePeer(peers, kReplicaA);
        QSignalSpy failed(m_hub.get(), &RelayHub::storageFailed);
        m_storage.failAppends = true;
        const StoreError error
            = m_hub->receiveAlerts(kWorkspace, QStringLiteral("http://am"), QStringLiteral("g"),
                                   {webhookAlert(QStringLiteral("f1"), QStringLiteral("X"))});
        QVERIFY(error.isError());
        QCOMPARE(failed.size(), 1);
        QVERIFY(alice->take().isEmpty());
        QVERIFY(m_hub->firingAlerts(kWorkspace).value.isEmpty());
    }

    void helloIsAnsweredWithWelcomeAndPeers()
    {
        std::vector<std::unique_ptr<FakePeer>> peers;
        FakePeer *peer = connectPeer(peers, kReplicaA);
        const QList<Message> got = peer->take();
        QCOMPARE(got.size(), 2);
        const auto welcome = std::get<Welcome>(got.at(0));
        QCOMPARE(welcome.head, 0);
        QCOMPARE(welcome.nextCounter, 1);
        QCOMPARE(welcome.maxMessageBytes, 64 * 1024);
        QCOMPARE(welcome.maxBatchOps, m_options.maxBatchOps);
        QCOMPARE(welcome.maxClockAheadMs, 60'000);
        QCOMPARE(HlcTimestamp::fromPacked(welcome.hlc).wallMs, kNow);
        const auto peersMessage = std::get<Peers>(got.at(1));
        QCOMPARE(peersMessage.peers.size(), 1);
        QCOMPARE(peersMessage.peers.first().replica, kReplicaA);
        QCOMPARE(peer->closeCode, 0);
    }

    void sessionsThatDoNotStartWithHelloAreClosed_data()
    {
        QTest::addColumn<QByteArray>("frame");
        QTest::addColumn<int>("code");
        QTest::addRow("garbage") << QByteArray("\xff\x00garbage", 9) << close::ProtocolError;
        QTest::addRow("pull first") << encode(Pull {0}) << close::ProtocolError;
        QTest::addRow("hello v2") << hello(kReplicaA, kWorkspace, 2) << close::UnsupportedVersion;
        QTest::addRow("bad replica") << hello(QStringLiteral("xyz"), kWorkspace) << close::ProtocolError;
        QTest::addRow("bad workspace")
            << hello(kReplicaA, QStringLiteral("no spaces allowed")) << close::Forbidden;
        QTest::addRow("hello missing replica")
            << QCborMap {{QStringLiteral("type"), QStringLiteral("hello")}, {QStringLiteral("v"), 1}}
                   .toCborValue()
                   .toCbor()
            << close::ProtocolError;
    }
    void sessionsThatDoNotStartWithHelloAreClosed()
    {
        QFETCH(QByteArray, frame);
        QFETCH(int, code);
        FakePeer peer;
        m_hub->addPeer(&peer);
        m_hub->receive(&peer, frame);
        QCOMPARE(peer.closeCode, code);
        QVERIFY(!peer.closeReason.isEmpty());
        QVERIFY(peer.take().isEmpty());
        m_hub->removePeer(&peer);
    }

    void pushIsAcknowledgedOnlyAfterTheCommitAndFannedOutToTheWorkspace()
    {
        std::vector<std::unique_ptr<FakePeer>> peers;
        FakePeer *alice = livePeer(peers, kReplicaA);
        FakePeer *bob = livePeer(peers, kReplicaB);
        FakePeer *elsewhere
            = livePeer(peers, QStringLiteral("c000000000000003"), QStringLiteral("other-team"));
        alice->take();
        bob->take();

        QSignalSpy flushRequested(m_hub.get(), &RelayHub::flushRequested);
        m_hub->receive(alice,
                       encode(Push {7,
                                    {titleOp(kReplicaA, 1, QStringLiteral("one")),
                                     titleOp(kReplicaA, 2, QStringLiteral("two"))}}));
        QCOMPARE(flushRequested.size(), 1);
        QVERIFY(alice->take().isEmpty()); // nothing before the commit
        QCOMPARE(m_storage.head(kWorkspace).value, 0);

        m_hub->flush();
        QCOMPARE(m_storage.head(kWorkspace).value, 2);
        const QList<Message> toAlice = alice->take();
        QCOMPARE(toAlice.size(), 2);
        const auto ack = std::get<Ack>(toAlice.at(0));
        QCOMPARE(ack.id, 7);
        QCOMPARE(ack.seqs, (QList<qint64> {1, 2}));
        const auto ops = std::get<Ops>(toAlice.at(1)); // the pusher gets its own ops too
        QCOMPARE(ops.from, 1);
        QCOMPARE(ops.head, 2);
        QCOMPARE(ops.ops.size(), 2);
        QCOMPARE(ops.ops.at(1).value.toString(), QStringLiteral("two"));

        const auto toBob = bob->takeOf<Ops>();
        QCOMPARE(toBob.size(), 1);
        QCOMPARE(toBob.first().ops.first().id, (OpId {kReplicaA, 1}));
        QVERIFY(elsewhere->takeOf<Ops>().isEmpty()); // ops never cross workspaces
    }

    // The relay's own changes (a Jira issue's key on an action item): stored under its replica
    // in counter order, fanned out to the workspace only, announced like a push.
    void theRelaysOwnChangesAreStoredAndFannedOut()
    {
        std::vector<std::unique_ptr<FakePeer>> peers;
        FakePeer *alice = livePeer(peers, kReplicaA);
        FakePeer *elsewhere
            = livePeer(peers, QStringLiteral("c000000000000003"), QStringLiteral("other-team"));
        QSignalSpy stored(m_hub.get(), &RelayHub::stored);
        const QString field = QStringLiteral("task.01JTTTTTTTTTTTTTTTTTTTTTT1.tracker");
        const QCborMap issue {{QStringLiteral("key"), QStringLiteral("OPS-1")},
                              {QStringLiteral("url"), QStringLiteral("https://j.example/browse/OPS-1")}};
        QVERIFY(!m_hub->publish(
            kWorkspace,
            {{OpKind::Set, QStringLiteral("incident:01JCCCCCCCCCCCCCCCCCCCCCC1"), field, issue}}));
        QVERIFY(!m_hub->publish(
            kWorkspace,
            {{OpKind::Set, QStringLiteral("incident:01JCCCCCCCCCCCCCCCCCCCCCC1"), field, issue}}));
        QCOMPARE(stored.size(), 2);
        QCOMPARE(m_storage.head(kWorkspace).value, 2);
        QCOMPARE(m_storage.lastCounter(kWorkspace, RelayHub::relayReplicaId()).value, 2);
        const auto ops = alice->takeOf<Ops>();
        QCOMPARE(ops.size(), 2);
        const Operation first = ops.first().ops.first();
        QCOMPARE(first.id, (OpId {RelayHub::relayReplicaId(), 1}));
        QCOMPARE(first.field, field);
        QCOMPARE(first.value.toMap(), issue);
        QCOMPARE(first.hlc.wallMs, kNow);
        QVERIFY(elsewhere->takeOf<Ops>().isEmpty());

        // What it replaces was written by a clock ahead of the relay's (or before the relay's
        // clock went back): the new write is stamped after it, so it wins.
        const HlcTimestamp ahead {kNow + 3'600'000, 7};
        QVERIFY(!m_hub->publish(
            kWorkspace, {{OpKind::Set, QStringLiteral("incident:01JCCCCCCCCCCCCCCCCCCCCCC1"), field, issue}},
            ahead));
        const Operation later = alice->takeOf<Ops>().constFirst().ops.constFirst();
        QVERIFY(later.hlc > ahead);
    }

    void noDesktopMayUseTheRelaysReplica()
    {
        std::vector<std::unique_ptr<FakePeer>> peers;
        FakePeer *peer = connectPeer(peers, RelayHub::relayReplicaId());
        QCOMPARE(peer->closeCode, 4403);
    }

    void pushesThatArriveTogetherCommitTogether()
    {
        std::vector<std::unique_ptr<FakePeer>> peers;
        FakePeer *alice = livePeer(peers, kReplicaA);
        FakePeer *bob = livePeer(peers, kReplicaB);
        m_hub->receive(alice, encode(Push {1, {titleOp(kReplicaA, 1, QStringLiteral("a"))}}));
        m_hub->receive(bob, encode(Push {1, {titleOp(kReplicaB, 1, QStringLiteral("b"))}}));
        m_hub->flush();
        QCOMPARE(m_storage.appends, 1);
        QCOMPARE(alice->takeOf<Ack>().first().seqs, QList<qint64> {1});
        QCOMPARE(bob->takeOf<Ack>().first().seqs, QList<qint64> {2});
    }

    void duplicateKeepsItsSequenceAndIsNotFannedOutAgain()
    {
        std::vector<std::unique_ptr<FakePeer>> peers;
        FakePeer *alice = livePeer(peers, kReplicaA);
        FakePeer *bob = livePeer(peers, kReplicaB);
        m_hub->receive(alice, encode(Push {1, {titleOp(kReplicaA, 1, QStringLiteral("a"))}}));
        m_hub->flush();
        bob->take();
        alice->take();
        // The ack was lost; the client pushes 1 again together with 2.
        m_hub->receive(alice,
                       encode(Push {2,
                                    {titleOp(kReplicaA, 1, QStringLiteral("a")),
                                     titleOp(kReplicaA, 2, QStringLiteral("b"))}}));
        m_hub->flush();
        QCOMPARE(alice->takeOf<Ack>().first().seqs, (QList<qint64> {1, 2}));
        const auto ops = bob->takeOf<Ops>();
        QCOMPARE(ops.size(), 1);
        QCOMPARE(ops.first().from, 2);
        QCOMPARE(ops.first().ops.size(), 1);
        QCOMPARE(m_storage.head(kWorkspace).value, 2);
    }

    // The relay chains each incident's log entries in sequence order and sends every entry's
    // link with its ack, its fan-out and every catch-up page; other ops carry none.
    void logEntriesAreChainedPerIncidentAndTheLinksTravelWithTheOps()
    {
        std::vector<std::unique_ptr<FakePeer>> peers;
        FakePeer *alice = livePeer(peers, kReplicaA);
        FakePeer *bob = livePeer(peers, kReplicaB);
        const QList<Operation> first {logOp(kReplicaA, 1, kIncidentOne, QStringLiteral("paged the DBA")),
                                      titleOp(kReplicaA, 2, QStringLiteral("a title is not chained")),
                                      logOp(kReplicaA, 3, kIncidentTwo, QStringLiteral("other incident")),
                                      logOp(kReplicaA, 4, kIncidentOne, QStringLiteral("failover started"))};
        m_hub->receive(alice, encode(Push {1, first}));
        m_hub->flush();
        m_hub->receive(
            bob, encode(Push {1, {logOp(kReplicaB, 1, kIncidentOne, QStringLiteral("replica lag 0"))}}));
        m_hub->flush();

        // What any client computes from the entries in sequence order.
        const ChainLink one1 = logchain::next({}, *ChainedEntry::fromOperation(first.at(0)));
        const ChainLink two1 = logchain::next({}, *ChainedEntry::fromOperation(first.at(2)));
        const ChainLink one2 = logchain::next(one1, *ChainedEntry::fromOperation(first.at(3)));
        const ChainLink one3 = logchain::next(
            one2,
            *ChainedEntry::fromOperation(logOp(kReplicaB, 1, kIncidentOne, QStringLiteral("replica lag 0"))));
        QCOMPARE(one2.position, 2);
        QCOMPARE(two1.position, 1);

        const QList<Message> toAlice = alice->take();
        const auto ack = std::get<Ack>(toAlice.at(0));
        QCOMPARE(ack.chain, (QList<IndexedLink> {{0, one1}, {2, two1}, {3, one2}}));
        const auto fanned = std::get<Ops>(toAlice.at(1));
        QCOMPARE(fanned.chain, ack.chain);
        QCOMPARE(bob->takeOf<Ack>().first().chain, (QList<IndexedLink> {{0, one3}}));

        // A newcomer's catch-up carries the same links; a re-pushed entry keeps its link.
        FakePeer *carol = connectPeer(peers, QStringLiteral("c000000000000003"));
        m_hub->receive(carol, encode(Pull {0}));
        const auto page = carol->takeOf<Ops>();
        QCOMPARE(page.size(), 1);
        QCOMPARE(page.first().chain, (QList<IndexedLink> {{0, one1}, {2, two1}, {3, one2}, {4, one3}}));
        m_hub->receive(alice, encode(Push {2, {first.at(3)}}));
        m_hub->flush();
        QCOMPARE(alice->takeOf<Ack>().first().chain, (QList<IndexedLink> {{0, one2}}));
        QCOMPARE(m_storage.chainHead(kWorkspace, kIncidentOne).value, one3);
    }

    void welcomeTellsWhereThisReplicaResumes()
    {
        std::vector<std::unique_ptr<FakePeer>> peers;
        FakePeer *alice = livePeer(peers, kReplicaA);
        m_hub->receive(alice,
                       encode(Push {1,
                                    {titleOp(kReplicaA, 1, QStringLiteral("a")),
                                     titleOp(kReplicaA, 2, QStringLiteral("b"))}}));
        m_hub->flush();
        FakePeer *again = connectPeer(peers, kReplicaA);
        const auto welcome = again->takeOf<Welcome>();
        QCOMPARE(welcome.first().nextCounter, 3);
        QCOMPARE(welcome.first().head, 2);
    }

    void refusedPushesGetAnExplicitErrorAndStoreNothing_data()
    {
        QTest::addColumn<QList<Operation>>("ops");
        QTest::addColumn<QString>("code");
        QTest::addColumn<qint64>("expected");
        const QString t = QStringLiteral("x");
        QTest::addRow("counter gap") << QList<Operation> {titleOp(kReplicaA, 3, t)} << errc::CounterGap
                                     << 1LL;
        QTest::addRow("clock ahead") << QList<Operation> {titleOp(kReplicaA, 1, t, kNow + 61'000)}
                                     << errc::ClockAhead << 0LL;
        QTest::addRow("other workspace")
            << QList<Operation> {titleOp(kReplicaA, 1, t, kNow, QStringLiteral("other-team"))}
            << errc::WrongWorkspace << 0LL;
        QTest::addRow("other replica")
            << QList<Operation> {titleOp(kReplicaB, 1, t)} << errc::WrongReplica << 0LL;
        QTest::addRow("counters skip")
            << QList<Operation> {titleOp(kReplicaA, 1, t), titleOp(kReplicaA, 3, t)} << errc::Malformed
            << 0LL;
        Operation bad = titleOp(kReplicaA, 1, t);
        bad.field = QStringLiteral("no-such-field");
        QTest::addRow("invalid op") << QList<Operation> {bad} << errc::BadOp << 0LL;
        QList<Operation> many;
        for (int i = 1; i <= m_options.maxBatchOps + 1; ++i)
            many.append(titleOp(kReplicaA, i, t));
        QTest::addRow("batch too large") << many << errc::BatchTooLarge << 0LL;
    }
    void refusedPushesGetAnExplicitErrorAndStoreNothing()
    {
        QFETCH(QList<Operation>, ops);
        QFETCH(QString, code);
        QFETCH(qint64, expected);
        std::vector<std::unique_ptr<FakePeer>> peers;
        FakePeer *alice = livePeer(peers, kReplicaA);
        m_hub->receive(alice, encode(Push {9, ops}));
        m_hub->flush();
        const auto errors = alice->takeOf<Error>();
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors.first().code, code);
        QCOMPARE(errors.first().id, 9);
        QCOMPARE(errors.first().expected, expected);
        QVERIFY(!errors.first().message.isEmpty());
        QCOMPARE(m_storage.head(kWorkspace).value, 0);
        QCOMPARE(alice->closeCode, 0); // the connection stays open
    }

    void clockLimitIsConfigurable()
    {
        m_options.maxClockAheadMs = 5000;
        m_hub = std::make_unique<RelayHub>(m_storage, m_options, [] { return kNow; });
        std::vector<std::unique_ptr<FakePeer>> peers;
        FakePeer *alice = livePeer(peers, kReplicaA);
        m_hub->receive(alice, encode(Push {1, {titleOp(kReplicaA, 1, QStringLiteral("x"), kNow + 6000)}}));
        QCOMPARE(alice->takeOf<Error>().first().code, errc::ClockAhead);
        m_hub->receive(alice, encode(Push {2, {titleOp(kReplicaA, 1, QStringLiteral("x"), kNow + 4000)}}));
        m_hub->flush();
        QCOMPARE(alice->takeOf<Ack>().size(), 1);
    }

    void otherMistakesAfterHelloAreErrorsNotDisconnects_data()
    {
        QTest::addColumn<QByteArray>("frame");
        QTest::addColumn<QString>("code");
        QTest::addRow("second hello") << hello(kReplicaA) << errc::AlreadyHello;
        QTest::addRow("unknown type")
            << QCborMap {{QStringLiteral("type"), QStringLiteral("subscribe")}}.toCborValue().toCbor()
            << errc::UnknownType;
        QTest::addRow("relay's own message") << encode(Ack {1, {1}}) << errc::UnknownType;
        QTest::addRow("wrong field type") << QCborMap {{QStringLiteral("type"), QStringLiteral("pull")},
                                                       {QStringLiteral("since"), QStringLiteral("0")}}
                                                 .toCborValue()
                                                 .toCbor()
                                          << errc::Malformed;
        QTest::addRow("not cbor") << QByteArray("\x1f\x1f\x1f") << errc::Malformed;
    }
    void otherMistakesAfterHelloAreErrorsNotDisconnects()
    {
        QFETCH(QByteArray, frame);
        QFETCH(QString, code);
        std::vector<std::unique_ptr<FakePeer>> peers;
        FakePeer *alice = livePeer(peers, kReplicaA);
        m_hub->receive(alice, frame);
        const auto errors = alice->takeOf<Error>();
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors.first().code, code);
        QCOMPARE(alice->closeCode, 0);
    }

    void catchUpIsPagedUntilTheHeadThenLive()
    {
        m_options.pageOps = 40;
        m_hub = std::make_unique<RelayHub>(m_storage, m_options, [] { return kNow; });
        std::vector<std::unique_ptr<FakePeer>> peers;
        FakePeer *alice = livePeer(peers, kReplicaA);
        QList<Operation> ops;
        for (int i = 1; i <= 100; ++i)
            ops.append(titleOp(kReplicaA, i, QStringLiteral("t%1").arg(i)));
        m_hub->receive(alice, encode(Push {1, ops}));
        m_hub->flush();

        FakePeer *late = connectPeer(peers, kReplicaB);
        late->take();
        qint64 cursor = 0;
        int pages = 0;
        for (bool more = true; more; ++pages) {
            m_hub->receive(late, encode(Pull {cursor}));
            const auto page = late->takeOf<Ops>();
            QCOMPARE(page.size(), 1);
            QCOMPARE(page.first().from, cursor + 1);
            QCOMPARE(page.first().head, 100);
            cursor += page.first().ops.size();
            more = page.first().more;
        }
        QCOMPARE(cursor, 100);
        QCOMPARE(pages, 3);
        // Live now: the next commit arrives without asking.
        m_hub->receive(alice, encode(Push {2, {titleOp(kReplicaA, 101, QStringLiteral("new"))}}));
        m_hub->flush();
        const auto live = late->takeOf<Ops>();
        QCOMPARE(live.size(), 1);
        QCOMPARE(live.first().from, 101);
    }

    void pagesAndFanOutStayUnderTheMessageLimit()
    {
        std::vector<std::unique_ptr<FakePeer>> peers;
        FakePeer *alice = livePeer(peers, kReplicaA);
        FakePeer *bob = livePeer(peers, kReplicaB);
        QList<Operation> ops;
        for (int i = 1; i <= 20; ++i)
            ops.append(titleOp(kReplicaA, i, QString(190, QChar(u'ü'))));
        m_hub->receive(alice, encode(Push {1, ops}));
        m_hub->flush();
        for (const QByteArray &frame : bob->raw)
            QVERIFY(frame.size() <= m_options.maxMessageBytes);
        qsizetype delivered = 0;
        for (const Ops &message : bob->takeOf<Ops>())
            delivered += message.ops.size();
        QCOMPARE(delivered, 20);
    }

    void aSlowReaderIsSwitchedToPaging()
    {
        m_options.slowReaderBytes = 1000;
        m_hub = std::make_unique<RelayHub>(m_storage, m_options, [] { return kNow; });
        std::vector<std::unique_ptr<FakePeer>> peers;
        FakePeer *alice = livePeer(peers, kReplicaA);
        FakePeer *slow = livePeer(peers, kReplicaB);
        slow->pending = 5000; // its socket has not drained
        m_hub->receive(alice, encode(Push {1, {titleOp(kReplicaA, 1, QStringLiteral("x"))}}));
        m_hub->flush();
        const auto messages = slow->take();
        QCOMPARE(messages.size(), 1);
        QCOMPARE(std::get<Behind>(messages.first()).head, 1);
        // No more live fan-out until it pulls.
        m_hub->receive(alice, encode(Push {2, {titleOp(kReplicaA, 2, QStringLiteral("y"))}}));
        m_hub->flush();
        QVERIFY(slow->take().isEmpty());
        slow->pending = 0;
        m_hub->receive(slow, encode(Pull {0}));
        const auto page = slow->takeOf<Ops>();
        QCOMPARE(page.first().ops.size(), 2);
        QVERIFY(!page.first().more);
    }

    void presenceIsSharedWithTheWorkspaceOnly()
    {
        std::vector<std::unique_ptr<FakePeer>> peers;
        FakePeer *alice = livePeer(peers, kReplicaA);
        FakePeer *bob = livePeer(peers, kReplicaB);
        FakePeer *elsewhere
            = livePeer(peers, QStringLiteral("c000000000000003"), QStringLiteral("other-team"));
        m_hub->receive(alice,
                       encode(Presence {QStringLiteral("01JPAAAAAAAAAAAAAAAAAAAAA1"), QStringLiteral("Alice"),
                                        QStringLiteral("01JAAAAAAAAAAAAAAAAAAAAAA1")}));
        QVERIFY(bob->take().isEmpty()); // sent with the next flush, once per turn of the loop
        m_hub->flush();
        // Only what changed: Alice's new presence, not the whole list.
        const auto seen = bob->takeOf<Peers>();
        QCOMPARE(seen.size(), 1);
        QCOMPARE(seen.first().peers.size(), 1);
        QCOMPARE(seen.first().peers.at(0).replica, kReplicaA);
        QCOMPARE(seen.first().peers.at(0).name, QStringLiteral("Alice"));
        QCOMPARE(seen.first().peers.at(0).viewing, QStringLiteral("01JAAAAAAAAAAAAAAAAAAAAAA1"));
        QCOMPARE(alice->takeOf<Peers>().size(), 1);
        QVERIFY(elsewhere->take().isEmpty());
        m_hub->removePeer(alice);
        m_hub->flush();
        const QList<Message> after = bob->take();
        QCOMPARE(after.size(), 1);
        QCOMPARE(std::get<Left>(after.first()).replicas, QStringList {kReplicaA});
        QVERIFY(elsewhere->take().isEmpty());
    }

    void aNewcomerGetsEveryoneAndTheOthersGetOnlyTheNewcomer()
    {
        std::vector<std::unique_ptr<FakePeer>> peers;
        FakePeer *alice = livePeer(peers, kReplicaA);
        m_hub->receive(
            alice,
            encode(Presence {QStringLiteral("01JPAAAAAAAAAAAAAAAAAAAAA1"), QStringLiteral("Alice"), {}}));
        m_hub->flush();
        alice->take();
        FakePeer *bob = connectPeer(peers, kReplicaB);
        const QList<Message> greeting = bob->take();
        QCOMPARE(greeting.size(), 2);
        QVERIFY(std::holds_alternative<Welcome>(greeting.at(0)));
        const auto snapshot = std::get<Peers>(greeting.at(1)).peers;
        QCOMPARE(snapshot.size(), 2);
        QCOMPARE(snapshot.at(0).replica, kReplicaA);
        QCOMPARE(snapshot.at(0).name, QStringLiteral("Alice"));
        QCOMPARE(snapshot.at(1).replica, kReplicaB);
        m_hub->flush();
        const auto update = alice->takeOf<Peers>();
        QCOMPARE(update.size(), 1);
        QCOMPARE(update.first().peers.size(), 1);
        QCOMPARE(update.first().peers.first().replica, kReplicaB);
    }

    void presenceChangesInOneTurnAreCoalesced()
    {
        std::vector<std::unique_ptr<FakePeer>> peers;
        FakePeer *alice = livePeer(peers, kReplicaA);
        // Forty colleagues reconnect at once; one of them drops again before the turn ends.
        for (int i = 0; i < 40; ++i)
            connectPeer(peers, QStringLiteral("d%1").arg(i, 15, 10, QLatin1Char('0')));
        m_hub->removePeer(peers.back().get());
        m_hub->flush();
        const QList<Message> got = alice->take();
        QCOMPARE(got.size(), 2);
        QCOMPARE(std::get<Peers>(got.at(0)).peers.size(), 39);
        QCOMPARE(std::get<Left>(got.at(1)).replicas, QStringList {QStringLiteral("d000000000000039")});
    }

    void aLargeSnapshotIsSplitWithinTheMessageLimit()
    {
        m_options.maxMessageBytes = 4096;
        m_hub = std::make_unique<RelayHub>(m_storage, m_options, [] { return kNow; });
        std::vector<std::unique_ptr<FakePeer>> peers;
        const QString longName(200, u'ü');
        for (int i = 0; i < 30; ++i) {
            FakePeer *peer = connectPeer(peers, QStringLiteral("e%1").arg(i, 15, 10, QLatin1Char('0')));
            m_hub->receive(peer,
                           encode(Presence {QStringLiteral("01JPAAAAAAAAAAAAAAAAAAAAA1"), longName, {}}));
        }
        m_hub->flush();
        FakePeer *late = connectPeer(peers, kReplicaA);
        int seen = 0;
        for (const QByteArray &bytes : std::as_const(late->raw)) {
            QVERIFY2(bytes.size() <= m_options.maxMessageBytes, qPrintable(QString::number(bytes.size())));
            const Decoded decoded = decode(bytes);
            if (const auto *snapshot = std::get_if<Peers>(&decoded.message))
                seen += int(snapshot->peers.size());
        }
        QCOMPARE(seen, 31);
    }

    void aFailedCommitIsReportedAndNothingIsAcknowledged()
    {
        std::vector<std::unique_ptr<FakePeer>> peers;
        FakePeer *alice = livePeer(peers, kReplicaA);
        QSignalSpy failed(m_hub.get(), &RelayHub::storageFailed);
        m_storage.failAppends = true;
        m_hub->receive(alice, encode(Push {4, {titleOp(kReplicaA, 1, QStringLiteral("x"))}}));
        m_hub->flush();
        QCOMPARE(failed.size(), 1);
        const QList<Message> got = alice->take();
        QCOMPARE(got.size(), 1);
        QCOMPARE(std::get<Error>(got.first()).code, errc::Storage);
        QCOMPARE(std::get<Error>(got.first()).id, 4);
        // Once storage works again the same push succeeds: the counters were not advanced.
        m_storage.failAppends = false;
        m_hub->receive(alice, encode(Push {5, {titleOp(kReplicaA, 1, QStringLiteral("x"))}}));
        m_hub->flush();
        QCOMPARE(alice->takeOf<Ack>().first().seqs, QList<qint64> {1});
    }

    void aPeerReplacedBeforeTheCommitGetsNothingOfItsPredecessor()
    {
        std::vector<std::unique_ptr<FakePeer>> peers;
        FakePeer *alice = livePeer(peers, kReplicaA);
        m_hub->receive(alice, encode(Push {9, {titleOp(kReplicaA, 1, QStringLiteral("x"))}}));
        // The connection drops and a new one arrives at the same address in the same turn.
        m_hub->removePeer(alice);
        alice->take();
        m_hub->addPeer(alice);
        m_hub->receive(alice, hello(kReplicaB));
        alice->take();
        m_hub->flush();
        QCOMPARE(m_storage.head(kWorkspace).value, 1); // stored all the same
        QVERIFY(alice->takeOf<Ack>().isEmpty()); // the ack was for the connection that left
    }

    void aPeerThatLeavesBeforeTheCommitStillHasItsOpsStored()
    {
        std::vector<std::unique_ptr<FakePeer>> peers;
        FakePeer *alice = livePeer(peers, kReplicaA);
        m_hub->receive(alice, encode(Push {1, {titleOp(kReplicaA, 1, QStringLiteral("x"))}}));
        m_hub->removePeer(alice);
        m_hub->flush();
        QCOMPARE(m_storage.head(kWorkspace).value, 1);
        QCOMPARE(m_hub->peerCount(), 0);
    }

    void aViewerMayReadAndWatchButItsPushesAreRefused()
    {
        std::vector<std::unique_ptr<FakePeer>> peers;
        FakePeer *member = livePeer(peers, kReplicaA);
        peers.push_back(std::make_unique<FakePeer>());
        FakePeer *wall = peers.back().get();
        m_hub->addPeer(
            wall,
            Grant {QStringLiteral("0123456789ab"), kWorkspace, QStringLiteral("wall"), TokenRole::Viewer});
        m_hub->receive(wall, hello(kReplicaB));
        QCOMPARE(wall->takeOf<Welcome>().size(), 1);
        m_hub->receive(wall, encode(Pull {0}));
        m_hub->flush();
        member->take();
        wall->take();

        m_hub->receive(wall, encode(Push {7, {titleOp(kReplicaB, 1, QStringLiteral("Defaced"))}}));
        m_hub->flush();
        const QList<Error> errors = wall->takeOf<Error>();
        QCOMPARE(errors.size(), 1);
        QCOMPARE(errors.first().code, errc::ReadOnly);
        QCOMPARE(errors.first().id, 7);
        QCOMPARE(m_storage.head(kWorkspace).value, 0);
        QVERIFY(member->takeOf<Ops>().isEmpty());
        QCOMPARE(wall->closeCode, 0); // it stays connected

        // What members write still reaches it.
        m_hub->receive(member, encode(Push {1, {titleOp(kReplicaA, 1, QStringLiteral("Checkout 500s"))}}));
        m_hub->flush();
        QCOMPARE(wall->takeOf<Ops>().size(), 1);
    }

    void aConnectionThatFloodsIsClosedAndTheOthersCarryOn()
    {
        m_options.maxMessagesPerSecond = 10;
        m_options.messageBurst = 20;
        m_hub = std::make_unique<RelayHub>(m_storage, m_options, [] { return kNow; });
        std::vector<std::unique_ptr<FakePeer>> peers;
        FakePeer *flooder = livePeer(peers, kReplicaA);
        FakePeer *canary = livePeer(peers, kReplicaB);
        for (int i = 0; i < 50 && flooder->closeCode == 0; ++i)
            m_hub->receive(flooder, encode(Pull {0}));
        QCOMPARE(flooder->closeCode, close::TooMany);
        QVERIFY(flooder->closeReason.contains(QStringLiteral("10 messages a second")));
        QCOMPARE(m_hub->peerCount(), 1);
        // The other connection is untouched and still served.
        m_hub->receive(canary, encode(Push {1, {titleOp(kReplicaB, 1, QStringLiteral("Checkout 500s"))}}));
        m_hub->flush();
        QCOMPARE(canary->takeOf<Ack>().size(), 1);
        QCOMPARE(canary->closeCode, 0);
    }

    void oneTokenHoldsAtMostItsShareOfConnections()
    {
        m_options.maxConnectionsPerToken = 2;
        m_hub = std::make_unique<RelayHub>(m_storage, m_options, [] { return kNow; });
        const Grant grant {QStringLiteral("0123456789ab"), kWorkspace, QStringLiteral("a"),
                           TokenRole::Member};
        std::vector<std::unique_ptr<FakePeer>> peers;
        for (int i = 0; i < 3; ++i) {
            peers.push_back(std::make_unique<FakePeer>());
            m_hub->addPeer(peers.back().get(), grant);
        }
        QCOMPARE(peers.at(0)->closeCode, 0);
        QCOMPARE(peers.at(1)->closeCode, 0);
        QCOMPARE(peers.at(2)->closeCode, close::TooMany);
        QCOMPARE(m_hub->peerCount(), 2);
        // Another token, or a connection closing, makes room.
        peers.push_back(std::make_unique<FakePeer>());
        m_hub->addPeer(
            peers.back().get(),
            Grant {QStringLiteral("ba9876543210"), kWorkspace, QStringLiteral("b"), TokenRole::Member});
        QCOMPARE(peers.back()->closeCode, 0);
        m_hub->removePeer(peers.at(0).get());
        peers.push_back(std::make_unique<FakePeer>());
        m_hub->addPeer(peers.back().get(), grant);
        QCOMPARE(peers.back()->closeCode, 0);
    }

    void probesFromAnotherWorkspaceGetNothingOfThisOne()
    {
        // Workspace "default" holds a secret title; a peer of "other" probes with fuzzed pulls,
        // pushes of ops naming "default", presence naming its incidents, and hellos again.
        std::vector<std::unique_ptr<FakePeer>> peers;
        FakePeer *owner = livePeer(peers, kReplicaA);
        const QString secret = QStringLiteral("Payroll export leaks salaries");
        m_hub->receive(owner, encode(Push {1, {titleOp(kReplicaA, 1, secret)}}));
        m_hub->flush();
        QCOMPARE(owner->takeOf<Ack>().size(), 1);

        FakePeer *prober = livePeer(peers, kReplicaB, QStringLiteral("other"));
        QRandomGenerator random(7);
        for (int i = 0; i < 500; ++i) {
            switch (i % 5) {
            case 0:
                m_hub->receive(prober, encode(Pull {qint64(random.bounded(-5, 1000))}));
                break;
            case 1:
                m_hub->receive(
                    prober,
                    encode(Push {i, {titleOp(kReplicaB, 1 + i, QStringLiteral("x"), kNow, kWorkspace)}}));
                break;
            case 2:
                m_hub->receive(
                    prober,
                    encode(Push {i, {titleOp(kReplicaA, 2, QStringLiteral("forged"), kNow, kWorkspace)}}));
                break;
            case 3:
                m_hub->receive(
                    prober,
                    encode(Presence {QStringLiteral("01JPAAAAAAAAAAAAAAAAAAAAA1"), QStringLiteral("spy"),
                                     QStringLiteral("01JAAAAAAAAAAAAAAAAAAAAAA1")}));
                break;
            default:
                m_hub->receive(prober, hello(kReplicaB, kWorkspace));
                break;
            }
            m_hub->flush();
        }
        QVERIFY(!prober->raw.isEmpty()); // it was answered: errors, acks of nothing, its own peers
        for (const QByteArray &frame : std::as_const(prober->raw)) {
            QVERIFY(!frame.contains(secret.toUtf8()));
            QVERIFY(!frame.contains(kReplicaA.toUtf8())); // not even who is online there
        }
        // And nothing of the probes reached the workspace.
        QCOMPARE(m_storage.head(kWorkspace).value, 1);
        for (const Message &message : owner->take())
            QVERIFY(!std::holds_alternative<Ops>(message));
    }

    void aTokenOpensOnlyItsOwnWorkspace()
    {
        std::vector<std::unique_ptr<FakePeer>> peers;
        peers.push_back(std::make_unique<FakePeer>());
        FakePeer *peer = peers.back().get();
        m_hub->addPeer(peer,
                       Grant {QStringLiteral("0123456789ab"), QStringLiteral("payments"), QStringLiteral("a"),
                              TokenRole::Member});
        m_hub->receive(peer, hello(kReplicaA, kWorkspace));
        QCOMPARE(peer->closeCode, close::Forbidden);
        // Nothing of the workspace was sent: no welcome, no peers, no alerts.
        QVERIFY(peer->raw.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestRelayHub)
#include "tst_relayhub.moc"
