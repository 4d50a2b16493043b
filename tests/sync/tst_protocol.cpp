// SPDX-License-Identifier: GPL-3.0-or-later
// The relay protocol codec, which the relay, the desktop app and musterctl all speak. A user relies
// on it to carry every message unchanged: whatever one side encodes, the other decodes with every
// field equal, including the ops frames the relay splices together from stored bytes, whatever the
// size of their sequence numbers. And a frame from a buggy or hostile client (not CBOR, the wrong
// shape, a field of the wrong type or too long) is refused as malformed with the field named, or
// as an unknown type, rather than crashing the relay or being half understood.
#include "core/operation.h"
#include "sync/protocol.h"
#include "sync/protocolreader.h"

#include <QCborArray>
#include <QCborMap>
#include <QTest>

using namespace muster;

namespace {

QList<Operation> twoOps()
{
    Operation title;
    title.id = {QStringLiteral("a000000000000001"), 1};
    title.hlc = HlcTimestamp {1'700'000'000'000, 3};
    title.actor = QStringLiteral("01JAAAAAAAAAAAAAAAAAAAAAA2");
    title.workspace = QStringLiteral("default");
    title.kind = OpKind::Set;
    title.entity = QStringLiteral("incident:01JAAAAAAAAAAAAAAAAAAAAAA1");
    title.field = QStringLiteral("title");
    title.value = QStringLiteral("Checkout 500s");

    Operation log = title;
    log.id.counter = 2;
    log.hlc = HlcTimestamp {1'700'000'000'000, 4};
    log.kind = OpKind::Append;
    log.field = QStringLiteral("log");
    log.value = QCborMap {{QStringLiteral("kind"), QStringLiteral("decision")},
                          {QStringLiteral("text"), QStringLiteral("Roll back 4.2.1 — Zahlung fällt aus")}};
    return {title, log};
}

QList<QByteArray> encodedOps(const QList<Operation> &ops)
{
    QList<QByteArray> out;
    for (const Operation &op : ops)
        out.append(protocol::encodeOp(op));
    return out;
}

protocol::Hello hello()
{
    protocol::Hello m;
    m.replica = QStringLiteral("a000000000000001");
    m.workspace = QStringLiteral("payments");
    m.since = 42;
    m.client = QStringLiteral("musterctl 0.1.0");
    return m;
}

protocol::Push push()
{
    return {7, twoOps()};
}

QCborMap mapOf(const protocol::Message &message)
{
    return QCborValue::fromCbor(protocol::encode(message)).toMap();
}

QByteArray frameOf(const QCborMap &map)
{
    return map.toCborValue().toCbor();
}

// A valid message with one field replaced (or added).
QByteArray with(const protocol::Message &message, const QString &key, const QCborValue &value)
{
    QCborMap map = mapOf(message);
    map.insert(key, value);
    return frameOf(map);
}

QByteArray without(const protocol::Message &message, const QString &key)
{
    QCborMap map = mapOf(message);
    map.remove(key);
    return frameOf(map);
}

QCborMap firstOpWith(const QString &key, const QCborValue &value)
{
    QCborMap op = twoOps().constFirst().toCbor();
    op.insert(key, value);
    return op;
}

} // namespace

class TestProtocol : public QObject
{
    Q_OBJECT

    static void compareOps(const QList<Operation> &actual, const QList<Operation> &expected)
    {
        QCOMPARE(actual.size(), expected.size());
        for (qsizetype i = 0; i < actual.size(); ++i) {
            const Operation &a = actual.at(i);
            const Operation &e = expected.at(i);
            QCOMPARE(a.id, e.id);
            QCOMPARE(a.hlc, e.hlc);
            QCOMPARE(a.actor, e.actor);
            QCOMPARE(a.workspace, e.workspace);
            QCOMPARE(a.kind, e.kind);
            QCOMPARE(a.entity, e.entity);
            QCOMPARE(a.field, e.field);
            QCOMPARE(a.value, e.value);
        }
    }

private Q_SLOTS:
    void helloRoundTrips()
    {
        const protocol::Hello sent = hello();
        const protocol::Decoded decoded = protocol::decode(protocol::encode(sent));
        QVERIFY2(decoded.ok(), qPrintable(decoded.error));
        const auto *got = std::get_if<protocol::Hello>(&decoded.message);
        QVERIFY(got);
        QCOMPARE(got->version, protocol::kVersion);
        QCOMPARE(got->replica, sent.replica);
        QCOMPARE(got->workspace, sent.workspace);
        QCOMPARE(got->since, sent.since);
        QCOMPARE(got->client, sent.client);
    }

    void welcomeRoundTrips()
    {
        protocol::Welcome sent;
        sent.head = 1234;
        sent.nextCounter = 17;
        sent.hlc = HlcTimestamp {1'700'000'000'000, 3}.packed();
        sent.maxMessageBytes = 1024 * 1024;
        sent.maxBatchOps = 250;
        sent.maxClockAheadMs = 5000;
        const protocol::Decoded decoded = protocol::decode(protocol::encode(sent));
        QVERIFY2(decoded.ok(), qPrintable(decoded.error));
        const auto *got = std::get_if<protocol::Welcome>(&decoded.message);
        QVERIFY(got);
        QCOMPARE(got->version, protocol::kVersion);
        QCOMPARE(got->head, sent.head);
        QCOMPARE(got->nextCounter, sent.nextCounter);
        QCOMPARE(got->hlc, sent.hlc);
        QCOMPARE(HlcTimestamp::fromPacked(got->hlc), (HlcTimestamp {1'700'000'000'000, 3}));
        QCOMPARE(got->maxMessageBytes, sent.maxMessageBytes);
        QCOMPARE(got->maxBatchOps, sent.maxBatchOps);
        QCOMPARE(got->maxClockAheadMs, sent.maxClockAheadMs);
        QVERIFY(!got->alertsFollow);
        sent.alertsFollow = true;
        QVERIFY(std::get<protocol::Welcome>(protocol::decode(protocol::encode(sent)).message).alertsFollow);
    }

    void alertsRoundTrip()
    {
        protocol::AlertRecord alert;
        alert.fingerprint = QStringLiteral("48c0674ebf9ac78b");
        alert.labels = {{QStringLiteral("alertname"), QStringLiteral("DiskFull")},
                        {QStringLiteral("instance"), QStringLiteral("db1 — primär \U0001F4BE")}};
        alert.annotations = {{QStringLiteral("summary"), QStringLiteral("disk 95%")}};
        alert.startsAt = 1'700'000'000'123;
        alert.generatorUrl = QStringLiteral("http://prometheus:9090/graph?g0.expr=x");
        alert.source = QStringLiteral("http://am:9093");
        const protocol::Alerts sent {{alert, alert}, false, true};
        const protocol::Decoded decoded = protocol::decode(protocol::encode(sent));
        QVERIFY2(decoded.ok(), qPrintable(decoded.error));
        const auto &got = std::get<protocol::Alerts>(decoded.message);
        QCOMPARE(got.alerts, sent.alerts);
        QVERIFY(!got.replace);
        QVERIFY(got.more);
    }

    void integrationsRoundTrip()
    {
        protocol::IntegrationInfo slack {
            QStringLiteral("int-abc"),
            QStringLiteral("slack"),
            QStringLiteral("#incidents — Zürich"),
            QStringLiteral("https://hooks.slack.com"),
            {QStringLiteral("declared"), QStringLiteral("resolved")},
            true,
            QString(),
            QStringLiteral("HTTP 500 from https://hooks.slack.com; trying again in 2 s"),
            1'700'000'000'123,
            1'700'000'000'000,
            3};
        protocol::IntegrationInfo teams = slack;
        teams.id = QStringLiteral("int-def");
        teams.kind = QStringLiteral("teams");
        teams.paused = QStringLiteral("HTTP 404 (is the webhook still there?)");
        protocol::IntegrationInfo jira = slack;
        jira.id = QStringLiteral("int-jir");
        jira.kind = QStringLiteral("jira");
        jira.events = {QStringLiteral("action-item")};
        jira.project = QStringLiteral("OPS");
        jira.issueType = QStringLiteral("Task");
        jira.account = QStringLiteral("sre-bot@example.com");
        const protocol::Integrations sent {{slack, teams, jira}, true, 7};
        const protocol::Decoded decoded = protocol::decode(protocol::encode(sent));
        QVERIFY2(decoded.ok(), qPrintable(decoded.error));
        const auto &got = std::get<protocol::Integrations>(decoded.message);
        QCOMPARE(got.integrations, sent.integrations);
        QVERIFY(got.manage);
        QCOMPARE(got.answers, 7);
        // No URL travels to clients: there is no field for one.
        QVERIFY(!mapOf(sent)
                     .value(QStringLiteral("integrations"))
                     .toArray()
                     .at(0)
                     .toMap()
                     .contains(QStringLiteral("url")));
    }

    void manageIntegrationRoundTrips()
    {
        protocol::ManageIntegration add;
        add.id = 4;
        add.action = QStringLiteral("add");
        add.kind = QStringLiteral("mattermost");
        add.name = QStringLiteral("~ops");
        add.url = QStringLiteral("https://chat.example.com/hooks/xyz");
        add.events = {QStringLiteral("declared")};
        add.updateText = true;
        add.key = QStringLiteral("whsec-1234");
        const auto got
            = std::get<protocol::ManageIntegration>(protocol::decode(protocol::encode(add)).message);
        QCOMPARE(got.id, 4);
        QCOMPARE(got.key, add.key);
        QCOMPARE(got.action, add.action);
        QCOMPARE(got.kind, add.kind);
        QCOMPARE(got.name, add.name);
        QCOMPARE(got.url, add.url);
        QCOMPARE(got.events, add.events);
        QVERIFY(got.updateText);
        const protocol::ManageIntegration retry {5, QStringLiteral("retry"), QStringLiteral("int-abc")};
        const auto again
            = std::get<protocol::ManageIntegration>(protocol::decode(protocol::encode(retry)).message);
        QCOMPARE(again.integration, QStringLiteral("int-abc"));
        QVERIFY(!mapOf(retry).contains(QStringLiteral("url")));

        protocol::ManageIntegration jira;
        jira.id = 6;
        jira.action = QStringLiteral("add");
        jira.kind = QStringLiteral("jira");
        jira.name = QStringLiteral("Follow-ups");
        jira.url = QStringLiteral("https://acme.atlassian.net");
        jira.key = QString(900, u'k'); // Atlassian API tokens run to a few hundred characters
        jira.project = QStringLiteral("OPS");
        jira.issueType = QStringLiteral("Task");
        jira.user = QStringLiteral("sre-bot@example.com");
        const protocol::Decoded decoded = protocol::decode(protocol::encode(jira));
        QVERIFY2(decoded.ok(), qPrintable(decoded.error));
        const auto filed = std::get<protocol::ManageIntegration>(decoded.message);
        QCOMPARE(filed.key, jira.key);
        QCOMPARE(filed.project, jira.project);
        QCOMPARE(filed.issueType, jira.issueType);
        QCOMPARE(filed.user, jira.user);
    }

    void anEmptyAlertListIsOneMessage()
    {
        const QList<QByteArray> messages = protocol::encodeAlerts({}, 4096);
        QCOMPARE(messages.size(), 1);
        const protocol::Decoded decoded = protocol::decode(messages.first());
        const auto &got = std::get<protocol::Alerts>(decoded.message);
        QVERIFY(got.alerts.isEmpty());
        QVERIFY(got.replace);
        QVERIFY(!got.more);
    }

    void pushRoundTripsWithItsOps()
    {
        const protocol::Push sent = push();
        const protocol::Decoded decoded = protocol::decode(protocol::encode(sent));
        QVERIFY2(decoded.ok(), qPrintable(decoded.error));
        const auto *got = std::get_if<protocol::Push>(&decoded.message);
        QVERIFY(got);
        QCOMPARE(got->id, qint64(7));
        compareOps(got->ops, sent.ops);
    }

    void ackRoundTrips()
    {
        const protocol::Ack sent {7, {101, 102, 5'000'000'000}};
        const protocol::Decoded decoded = protocol::decode(protocol::encode(sent));
        QVERIFY2(decoded.ok(), qPrintable(decoded.error));
        const auto *got = std::get_if<protocol::Ack>(&decoded.message);
        QVERIFY(got);
        QCOMPARE(got->id, sent.id);
        QCOMPARE(got->seqs, sent.seqs);
    }

    // Acks are written by hand for speed; they must be the very bytes QCborMap writes for the
    // same fields, so every client, older ones included, reads them as before.
    void acksAreTheBytesACborMapWouldBe()
    {
        const ChainLink link {42, QByteArray(32, '\xab')};
        const protocol::Ack plain {7, {101, 102, 5'000'000'000}};
        const protocol::Ack chained {123456, {1, 24, 300}, {{0, {1, QByteArray(32, '\x01')}}, {2, link}}};
        for (const protocol::Ack &ack : {protocol::Ack {}, plain, chained}) {
            QCborArray seqs;
            for (qint64 seq : ack.seqs)
                seqs.append(seq);
            QCborMap map {{QStringLiteral("type"), QStringLiteral("ack")},
                          {QStringLiteral("id"), ack.id},
                          {QStringLiteral("seqs"), seqs}};
            if (!ack.chain.isEmpty()) {
                QCborArray links;
                for (const protocol::IndexedLink &l : ack.chain)
                    links.append(QCborArray {l.index, l.link.position, l.link.hash});
                map.insert(QStringLiteral("chain"), links);
            }
            QCOMPARE(protocol::encode(ack), map.toCborValue().toCbor());
        }
    }

    // Pushes are written by hand too; a relay of any version must read the same bytes.
    void pushesAreTheBytesACborMapWouldBe()
    {
        const protocol::Push large {5'000'000'000, QList<Operation>(30, twoOps().constLast())};
        for (const protocol::Push &sent : {protocol::Push {}, push(), large}) {
            QCborArray ops;
            for (const Operation &op : sent.ops)
                ops.append(op.toCbor());
            const QCborMap map {{QStringLiteral("type"), QStringLiteral("push")},
                                {QStringLiteral("id"), sent.id},
                                {QStringLiteral("ops"), ops}};
            QCOMPARE(protocol::encode(sent), map.toCborValue().toCbor());
        }
    }

    // The relay reads pushes as Muster writes them in place (pushdecoder.cpp); whatever differs
    // goes the general way. Both must give the same push.
    void pushesAreReadInPlaceAsTheGeneralWayReadsThem()
    {
        const protocol::Push sent = push();
        const QByteArray bytes = protocol::encode(sent);
        const auto inPlace = protocol::detail::decodePushInPlace(bytes);
        QVERIFY(inPlace.has_value());
        QCOMPARE(inPlace->id, sent.id);
        QCOMPARE(inPlace->ops.size(), sent.ops.size());
        for (qsizetype i = 0; i < sent.ops.size(); ++i) {
            const Operation &a = inPlace->ops.at(i);
            const Operation &b = sent.ops.at(i);
            QCOMPARE(a.id, b.id);
            QCOMPARE(a.hlc, b.hlc);
            QCOMPARE(a.actor, b.actor);
            QCOMPARE(a.workspace, b.workspace);
            QCOMPARE(a.kind, b.kind);
            QCOMPARE(a.entity, b.entity);
            QCOMPARE(a.field, b.field);
            QCOMPARE(a.value, b.value);
            QCOMPARE(protocol::encodeOp(a), protocol::encodeOp(b));
        }
        // The same push with its keys in another order is read the general way, alike.
        QCborArray ops;
        for (const Operation &op : sent.ops)
            ops.append(op.toCbor());
        const QByteArray reordered = QCborMap {{QStringLiteral("ops"), ops},
                                               {QStringLiteral("id"), sent.id},
                                               {QStringLiteral("type"), QStringLiteral("push")}}
                                         .toCborValue()
                                         .toCbor();
        QVERIFY(!protocol::detail::decodePushInPlace(reordered));
        const protocol::Decoded general = protocol::decode(reordered);
        QVERIFY2(general.ok(), qPrintable(general.error));
        QCOMPARE(protocol::encode(general.message), bytes);
    }

    void unusualPushesAreReadAsBefore_data()
    {
        QTest::addColumn<QCborMap>("op"); // changes to the first op of push()
        QTest::addColumn<bool>("inPlace");
        QTest::addColumn<bool>("valid");
        QTest::addRow("no value") << QCborMap {{QStringLiteral("v"), QCborValue()}} << true << true;
        QTest::addRow("non-ASCII actor")
            << QCborMap {{QStringLiteral("a"), QStringLiteral("Zoë")}} << false << true;
        QTest::addRow("an unknown key") << QCborMap {{QStringLiteral("x"), 1}} << false << true;
        QTest::addRow("a clock before 1970") << QCborMap {{QStringLiteral("t"), -5}} << false << true;
        QTest::addRow("counter 0") << QCborMap {{QStringLiteral("c"), 0}} << false << false;
        QTest::addRow("counter as text")
            << QCborMap {{QStringLiteral("c"), QStringLiteral("1")}} << false << false;
        QTest::addRow("an unknown kind")
            << QCborMap {{QStringLiteral("k"), QStringLiteral("drop")}} << false << false;
        QTest::addRow("a bad replica")
            << QCborMap {{QStringLiteral("r"), QStringLiteral("xyz")}} << false << false;
    }
    void unusualPushesAreReadAsBefore()
    {
        QFETCH(QCborMap, op);
        QFETCH(bool, inPlace);
        QFETCH(bool, valid);
        QCborMap first = twoOps().constFirst().toCbor();
        for (auto it = op.cbegin(); it != op.cend(); ++it) {
            if (it.value().isUndefined())
                first.remove(it.key());
            else
                first.insert(it.key(), it.value());
        }
        const QByteArray bytes = QCborMap {{QStringLiteral("type"), QStringLiteral("push")},
                                           {QStringLiteral("id"), 3},
                                           {QStringLiteral("ops"), QCborArray {first}}}
                                     .toCborValue()
                                     .toCbor();
        QCOMPARE(protocol::detail::decodePushInPlace(bytes).has_value(), inPlace);
        const protocol::Decoded decoded = protocol::decode(bytes);
        QCOMPARE(decoded.ok(), valid);
        if (!valid)
            QCOMPARE(decoded.errorCode, protocol::errc::Malformed);
    }

    void truncatedOrPaddedPushesAreNotReadInPlace()
    {
        const QByteArray bytes = protocol::encode(push());
        for (qsizetype cut = 0; cut < bytes.size(); ++cut) {
            QVERIFY(!protocol::detail::decodePushInPlace(bytes.first(cut)));
            QVERIFY(!protocol::decode(bytes.first(cut)).ok());
        }
        QVERIFY(!protocol::detail::decodePushInPlace(bytes + QByteArray(1, '\0')));
    }

    void chainLinksRoundTripWithAcksAndOps()
    {
        const ChainLink link {42, QByteArray(32, '\xab')};
        const protocol::Ack ack {7, {101, 102}, {{1, link}}};
        const protocol::Decoded decodedAck = protocol::decode(protocol::encode(ack));
        QVERIFY2(decodedAck.ok(), qPrintable(decodedAck.error));
        QCOMPARE(std::get<protocol::Ack>(decodedAck.message).chain, ack.chain);
        // encodeOps writes the links as encode() does: the same bytes.
        const QList<protocol::IndexedLink> chain {{0, {1, QByteArray(32, '\x01')}}, {1, link}};
        const QByteArray frame = protocol::encodeOps(101, 150, false, encodedOps(twoOps()), chain);
        QCOMPARE(frame, protocol::encode(protocol::Ops {101, 150, false, twoOps(), chain}));
        const protocol::Decoded decodedOps = protocol::decode(frame);
        QVERIFY2(decodedOps.ok(), qPrintable(decodedOps.error));
        QCOMPARE(std::get<protocol::Ops>(decodedOps.message).chain, chain);
        QVERIFY(frame.size() <= protocol::kOpsEnvelopeBytes + 2 * protocol::kChainLinkBytes
                    + encodedOps(twoOps()).join().size());
    }

    void opsRoundTrips()
    {
        const protocol::Ops sent {101, 150, true, twoOps()};
        const protocol::Decoded decoded = protocol::decode(protocol::encode(sent));
        QVERIFY2(decoded.ok(), qPrintable(decoded.error));
        const auto *got = std::get_if<protocol::Ops>(&decoded.message);
        QVERIFY(got);
        QCOMPARE(got->from, sent.from);
        QCOMPARE(got->head, sent.head);
        QCOMPARE(got->more, true);
        compareOps(got->ops, sent.ops);
    }

    void pullAndBehindRoundTrip()
    {
        const protocol::Decoded pull = protocol::decode(protocol::encode(protocol::Pull {99}));
        QVERIFY2(pull.ok(), qPrintable(pull.error));
        QVERIFY(std::holds_alternative<protocol::Pull>(pull.message));
        QCOMPARE(std::get<protocol::Pull>(pull.message).since, qint64(99));

        const protocol::Decoded behind = protocol::decode(protocol::encode(protocol::Behind {500}));
        QVERIFY2(behind.ok(), qPrintable(behind.error));
        QVERIFY(std::holds_alternative<protocol::Behind>(behind.message));
        QCOMPARE(std::get<protocol::Behind>(behind.message).head, qint64(500));
    }

    void presenceRoundTrips()
    {
        const protocol::Presence sent {QStringLiteral("01JAAAAAAAAAAAAAAAAAAAAAA2"),
                                       QStringLiteral("Priya Raman 東京"),
                                       QStringLiteral("01JAAAAAAAAAAAAAAAAAAAAAA1")};
        const protocol::Decoded decoded = protocol::decode(protocol::encode(sent));
        QVERIFY2(decoded.ok(), qPrintable(decoded.error));
        const auto *got = std::get_if<protocol::Presence>(&decoded.message);
        QVERIFY(got);
        QCOMPARE(got->person, sent.person);
        QCOMPARE(got->name, sent.name);
        QCOMPARE(got->viewing, sent.viewing);
    }

    void leftRoundTrips()
    {
        const protocol::Left sent {{QStringLiteral("a000000000000001"), QStringLiteral("b000000000000002")}};
        const protocol::Decoded decoded = protocol::decode(protocol::encode(sent));
        QVERIFY2(decoded.ok(), qPrintable(decoded.error));
        QCOMPARE(std::get<protocol::Left>(decoded.message).replicas, sent.replicas);
    }

    void encodedPeerBytesIsAnUpperBound()
    {
        const protocol::Peer peer {QStringLiteral("a000000000000001"),
                                   QStringLiteral("01JAAAAAAAAAAAAAAAAAAAAAA2"), QString(200, QChar(0x6771)),
                                   QStringLiteral("01JAAAAAAAAAAAAAAAAAAAAAA1")};
        const qint64 one = protocol::encode(protocol::Peers {{peer}}).size();
        const qint64 two = protocol::encode(protocol::Peers {{peer, peer}}).size();
        QVERIFY(two - one <= protocol::encodedPeerBytes(peer));
    }

    void peersRoundTrip()
    {
        protocol::Peers sent;
        sent.peers = {{QStringLiteral("a000000000000001"), QStringLiteral("01JAAAAAAAAAAAAAAAAAAAAAA2"),
                       QStringLiteral("Priya Raman"), QStringLiteral("01JAAAAAAAAAAAAAAAAAAAAAA1")},
                      {QStringLiteral("b000000000000002"), QStringLiteral("01JAAAAAAAAAAAAAAAAAAAAAA4"),
                       QStringLiteral("Sam Okafor"), QString()}};
        const protocol::Decoded decoded = protocol::decode(protocol::encode(sent));
        QVERIFY2(decoded.ok(), qPrintable(decoded.error));
        const auto *got = std::get_if<protocol::Peers>(&decoded.message);
        QVERIFY(got);
        QCOMPARE(got->peers, sent.peers);
        QVERIFY(got->peers.at(1).viewing.isEmpty());
    }

    void errorRoundTrips_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<qint64>("id");
        QTest::addColumn<qint64>("expected");
        QTest::newRow("counter gap") << protocol::errc::CounterGap << qint64(7) << qint64(12);
        QTest::newRow("answers a push") << protocol::errc::Storage << qint64(9) << qint64(0);
        QTest::newRow("answers no push") << protocol::errc::UnknownType << qint64(0) << qint64(0);
    }
    void errorRoundTrips()
    {
        QFETCH(QString, code);
        QFETCH(qint64, id);
        QFETCH(qint64, expected);
        const protocol::Error sent {code, QStringLiteral("the relay expects counter 12 next"), id, expected};
        const protocol::Decoded decoded = protocol::decode(protocol::encode(sent));
        QVERIFY2(decoded.ok(), qPrintable(decoded.error));
        const auto *got = std::get_if<protocol::Error>(&decoded.message);
        QVERIFY(got);
        QCOMPARE(got->code, code);
        QCOMPARE(got->message, sent.message);
        QCOMPARE(got->id, id);
        QCOMPARE(got->expected, expected);
    }

    void typeNameMatchesTheWire()
    {
        const QList<protocol::Message> messages {protocol::Hello {},
                                                 protocol::Welcome {},
                                                 protocol::Push {},
                                                 protocol::Ack {},
                                                 protocol::Ops {},
                                                 protocol::Pull {},
                                                 protocol::Behind {},
                                                 protocol::Presence {},
                                                 protocol::Peers {},
                                                 protocol::Left {},
                                                 protocol::Alerts {},
                                                 protocol::Integrations {},
                                                 protocol::ManageIntegration {},
                                                 protocol::Error {}};
        const QStringList names {QStringLiteral("hello"),
                                 QStringLiteral("welcome"),
                                 QStringLiteral("push"),
                                 QStringLiteral("ack"),
                                 QStringLiteral("ops"),
                                 QStringLiteral("pull"),
                                 QStringLiteral("behind"),
                                 QStringLiteral("presence"),
                                 QStringLiteral("peers"),
                                 QStringLiteral("left"),
                                 QStringLiteral("alerts"),
                                 QStringLiteral("integrations"),
                                 QStringLiteral("manage-integration"),
                                 QStringLiteral("error")};
        QCOMPARE(messages.size(), names.size());
        for (qsizetype i = 0; i < messages.size(); ++i) {
            QCOMPARE(protocol::typeName(messages.at(i)), names.at(i));
            QCOMPARE(mapOf(messages.at(i)).value(QStringLiteral("type")).toString(), names.at(i));
        }
    }

    // The relay splices stored op bytes into an ops frame by hand; clients must read it exactly as
    // the codec's own ops message, whatever the size of the numbers in its CBOR heads.
    void encodeOpsDecodesAsOps_data()
    {
        QTest::addColumn<qint64>("from");
        QTest::addColumn<qint64>("head");
        QTest::addColumn<bool>("more");
        QTest::addColumn<int>("opCount");
        QTest::newRow("two ops") << qint64(101) << qint64(102) << false << 2;
        QTest::newRow("no ops") << qint64(0) << qint64(0) << false << 0;
        QTest::newRow("more to pull") << qint64(1) << qint64(4000) << true << 2;
        QTest::newRow("1-byte head (23)") << qint64(23) << qint64(23) << false << 1;
        QTest::newRow("2-byte head (24)") << qint64(24) << qint64(255) << false << 1;
        QTest::newRow("3-byte head (256)") << qint64(256) << qint64(65535) << false << 1;
        QTest::newRow("5-byte head (65536)") << qint64(65536) << qint64(4'294'967'295) << true << 2;
        QTest::newRow("9-byte head") << qint64(5'000'000'000) << qint64(5'000'000'001) << false << 2;
    }
    void encodeOpsDecodesAsOps()
    {
        QFETCH(qint64, from);
        QFETCH(qint64, head);
        QFETCH(bool, more);
        QFETCH(int, opCount);
        const QList<Operation> ops = twoOps().first(opCount);
        const QByteArray frame = protocol::encodeOps(from, head, more, encodedOps(ops));
        const protocol::Decoded decoded = protocol::decode(frame);
        QVERIFY2(decoded.ok(), qPrintable(decoded.error));
        const auto *got = std::get_if<protocol::Ops>(&decoded.message);
        QVERIFY(got);
        QCOMPARE(got->from, from);
        QCOMPARE(got->head, head);
        QCOMPARE(got->more, more);
        compareOps(got->ops, ops);
        if (QTest::currentTestFailed())
            return;
        // Byte for byte the message encode() writes: one wire format, not two that happen to parse.
        QCOMPARE(frame, protocol::encode(protocol::Ops {from, head, more, ops}));
        QVERIFY(frame.size() <= protocol::kOpsEnvelopeBytes + encodedOps(ops).join().size());
    }

    void unknownExtraKeysAreIgnored()
    {
        QCborMap map = mapOf(hello());
        map.insert(QStringLiteral("token"), QStringLiteral("from a newer client"));
        map.insert(QStringLiteral("features"), QCborArray {QStringLiteral("zstd"), 2});
        const protocol::Decoded decoded = protocol::decode(frameOf(map));
        QVERIFY2(decoded.ok(), qPrintable(decoded.error));
        const auto *got = std::get_if<protocol::Hello>(&decoded.message);
        QVERIFY(got);
        QCOMPARE(got->workspace, QStringLiteral("payments"));
        QCOMPARE(got->since, qint64(42));

        // So are extra keys inside an op.
        const protocol::Decoded pushed = protocol::decode(
            with(push(), QStringLiteral("ops"), QCborArray {firstOpWith(QStringLiteral("zz"), 1)}));
        QVERIFY2(pushed.ok(), qPrintable(pushed.error));
        QVERIFY(std::holds_alternative<protocol::Push>(pushed.message));
        compareOps(std::get<protocol::Push>(pushed.message).ops, twoOps().first(1));
    }

    void textAtItsLimitIsAccepted()
    {
        protocol::Hello m = hello();
        m.workspace = QString(128, u'w');
        m.client = QString(200, u'c');
        const protocol::Decoded decoded = protocol::decode(protocol::encode(m));
        QVERIFY2(decoded.ok(), qPrintable(decoded.error));
        QCOMPARE(std::get<protocol::Hello>(decoded.message).workspace, m.workspace);
    }

    void unknownTypeIsReported_data()
    {
        QTest::addColumn<QString>("type");
        QTest::newRow("subscribe") << QStringLiteral("subscribe");
        QTest::newRow("wrong case") << QStringLiteral("Hello");
        QTest::newRow("empty") << QStringLiteral("");
    }
    void unknownTypeIsReported()
    {
        QFETCH(QString, type);
        const QCborMap map {{QStringLiteral("type"), type},
                            {QStringLiteral("workspace"), QStringLiteral("payments")}};
        const protocol::Decoded decoded = protocol::decode(frameOf(map));
        QVERIFY(!decoded.ok());
        QCOMPARE(decoded.errorCode, protocol::errc::UnknownType);
        QVERIFY2(decoded.error.contains(QStringLiteral("'") + type + QStringLiteral("'")),
                 qPrintable(decoded.error));
    }

    void malformedFramesAreRefusedWithTheReason_data()
    {
        QTest::addColumn<QByteArray>("frame");
        QTest::addColumn<QString>("mention");
        const QString type = QStringLiteral("type");

        // Not a message at all.
        QTest::newRow("garbage") << QByteArray::fromHex("ff00ff13377b") << QStringLiteral("CBOR");
        QTest::newRow("truncated map") << QByteArray::fromHex("a2") << QStringLiteral("CBOR");
        QTest::newRow("empty frame") << QByteArray() << QStringLiteral("CBOR");
        QTest::newRow("http request") << QByteArray("GET / HTTP/1.1\r\n\r\n") << QStringLiteral("CBOR");
        QTest::newRow("cbor array") << QCborValue(QCborArray {QStringLiteral("hello"), 1}).toCbor()
                                    << QStringLiteral("CBOR map");
        QTest::newRow("no type") << frameOf(QCborMap {{QStringLiteral("v"), 1}}) << QStringLiteral("'type'");
        QTest::newRow("type 42") << frameOf(QCborMap {{type, 42}}) << QStringLiteral("'type'");
        QTest::newRow("type as bytes")
            << frameOf(QCborMap {{type, QByteArray("hello")}}) << QStringLiteral("'type'");

        // hello
        QTest::newRow("hello v as text")
            << with(hello(), QStringLiteral("v"), QStringLiteral("1")) << QStringLiteral("'v'");
        QTest::newRow("hello v negative") << with(hello(), QStringLiteral("v"), -1) << QStringLiteral("'v'");
        QTest::newRow("hello without replica")
            << without(hello(), QStringLiteral("replica")) << QStringLiteral("'replica'");
        QTest::newRow("hello workspace 200 chars")
            << with(hello(), QStringLiteral("workspace"), QString(200, u'w'))
            << QStringLiteral("'workspace'");
        QTest::newRow("hello workspace 129 chars")
            << with(hello(), QStringLiteral("workspace"), QString(129, u'w'))
            << QStringLiteral("'workspace'");
        QTest::newRow("hello workspace as bytes")
            << with(hello(), QStringLiteral("workspace"), QByteArray("payments"))
            << QStringLiteral("'workspace'");
        QTest::newRow("hello negative since")
            << with(hello(), QStringLiteral("since"), -1) << QStringLiteral("'since'");
        QTest::newRow("hello fractional since")
            << with(hello(), QStringLiteral("since"), 1.5) << QStringLiteral("'since'");
        QTest::newRow("hello client 201 chars")
            << with(hello(), QStringLiteral("client"), QString(201, u'c')) << QStringLiteral("'client'");

        // welcome
        QTest::newRow("welcome without head")
            << without(protocol::Welcome {}, QStringLiteral("head")) << QStringLiteral("'head'");

        // push
        QTest::newRow("push ops not an array")
            << with(push(), QStringLiteral("ops"), QCborMap {}) << QStringLiteral("'ops'");
        QTest::newRow("push op not a map")
            << with(push(), QStringLiteral("ops"), QCborArray {twoOps().constFirst().toCbor(), 5})
            << QStringLiteral("op 1");
        QTest::newRow("push op with bad replica id")
            << with(push(), QStringLiteral("ops"),
                    QCborArray {firstOpWith(QStringLiteral("r"), QStringLiteral("not-a-replica"))})
            << QStringLiteral("op 0");
        QTest::newRow("push op with counter 0")
            << with(push(), QStringLiteral("ops"), QCborArray {firstOpWith(QStringLiteral("c"), 0)})
            << QStringLiteral("op 0");
        QTest::newRow("push op with unknown kind")
            << with(push(), QStringLiteral("ops"),
                    QCborArray {firstOpWith(QStringLiteral("k"), QStringLiteral("delete"))})
            << QStringLiteral("op 0");
        QTest::newRow("push negative id") << with(push(), QStringLiteral("id"), -1) << QStringLiteral("'id'");

        // ack
        const protocol::Ack ack {7, {101, 102}};
        QTest::newRow("ack seqs with 0")
            << with(ack, QStringLiteral("seqs"), QCborArray {101, 0}) << QStringLiteral("'seqs'");
        QTest::newRow("ack seqs with text")
            << with(ack, QStringLiteral("seqs"), QCborArray {QStringLiteral("101")})
            << QStringLiteral("'seqs'");
        QTest::newRow("ack without seqs") << without(ack, QStringLiteral("seqs")) << QStringLiteral("'seqs'");
        const QByteArray hash(32, '\x07');
        QTest::newRow("ack chain not an array")
            << with(ack, QStringLiteral("chain"), 3) << QStringLiteral("'chain'");
        QTest::newRow("ack chain index past the seqs")
            << with(ack, QStringLiteral("chain"), QCborArray {QCborArray {2, 1, hash}})
            << QStringLiteral("'chain'");
        QTest::newRow("ack chain hash of 31 bytes")
            << with(ack, QStringLiteral("chain"), QCborArray {QCborArray {0, 1, hash.left(31)}})
            << QStringLiteral("'chain'");
        QTest::newRow("ack chain position 0")
            << with(ack, QStringLiteral("chain"), QCborArray {QCborArray {0, 0, hash}})
            << QStringLiteral("'chain'");
        QTest::newRow("ack chain indexes out of order") << with(
            ack, QStringLiteral("chain"), QCborArray {QCborArray {1, 2, hash}, QCborArray {0, 1, hash}})
                                                        << QStringLiteral("'chain'");
        QTest::newRow("ack chain link as a map")
            << with(ack, QStringLiteral("chain"), QCborArray {QCborMap {{0, 1}}})
            << QStringLiteral("'chain'");

        // ops, pull, behind
        const protocol::Ops ops {101, 102, false, twoOps()};
        QTest::newRow("ops more as integer")
            << with(ops, QStringLiteral("more"), 1) << QStringLiteral("'more'");
        QTest::newRow("ops negative from")
            << with(ops, QStringLiteral("from"), -3) << QStringLiteral("'from'");
        QTest::newRow("ops chain hash as text")
            << with(ops, QStringLiteral("chain"), QCborArray {QCborArray {0, 1, QString(32, u'x')}})
            << QStringLiteral("'chain'");
        QTest::newRow("pull negative since")
            << with(protocol::Pull {5}, QStringLiteral("since"), -1) << QStringLiteral("'since'");
        QTest::newRow("pull since 2^62") << with(protocol::Pull {5}, QStringLiteral("since"), qint64(1) << 62)
                                         << QStringLiteral("'since'");
        QTest::newRow("pull since 2^63 - 1")
            << with(protocol::Pull {5}, QStringLiteral("since"), std::numeric_limits<qint64>::max())
            << QStringLiteral("'since'");
        QTest::newRow("pull since as text")
            << with(protocol::Pull {5}, QStringLiteral("since"), QStringLiteral("5"))
            << QStringLiteral("'since'");
        QTest::newRow("behind without head")
            << without(protocol::Behind {9}, QStringLiteral("head")) << QStringLiteral("'head'");

        // presence, peers, error
        QTest::newRow("presence name 201 chars")
            << with(protocol::Presence {}, QStringLiteral("name"), QString(201, u'n'))
            << QStringLiteral("'name'");
        QTest::newRow("peers item not a map") << with(protocol::Peers {}, QStringLiteral("peers"),
                                                      QCborArray {QStringLiteral("a000000000000001")})
                                              << QStringLiteral("'peers'");
        QTest::newRow("peer without replica")
            << with(protocol::Peers {}, QStringLiteral("peers"),
                    QCborArray {QCborMap {{QStringLiteral("name"), QStringLiteral("Sam")}}})
            << QStringLiteral("'peers'");
        QTest::newRow("left replica not text")
            << with(protocol::Left {}, QStringLiteral("replicas"), QCborArray {7})
            << QStringLiteral("'replicas'");
        QTest::newRow("left without replicas")
            << without(protocol::Left {{QStringLiteral("a000000000000001")}}, QStringLiteral("replicas"))
            << QStringLiteral("'replicas'");
        QTest::newRow("alerts not an array")
            << with(protocol::Alerts {}, QStringLiteral("alerts"), QStringLiteral("none"))
            << QStringLiteral("'alerts'");
        QTest::newRow("alert without fingerprint")
            << with(protocol::Alerts {}, QStringLiteral("alerts"),
                    QCborArray {QCborMap {{QStringLiteral("labels"), QCborMap {}},
                                          {QStringLiteral("annotations"), QCborMap {}},
                                          {QStringLiteral("startsAt"), 1}}})
            << QStringLiteral("'alerts'");
        QTest::newRow("alert label not text")
            << with(protocol::Alerts {}, QStringLiteral("alerts"),
                    QCborArray {QCborMap {{QStringLiteral("fingerprint"), QStringLiteral("f")},
                                          {QStringLiteral("labels"), QCborMap {{QStringLiteral("a"), 1}}},
                                          {QStringLiteral("annotations"), QCborMap {}},
                                          {QStringLiteral("startsAt"), 1}}})
            << QStringLiteral("'alerts'");
        QTest::newRow("alert not a map")
            << with(protocol::Alerts {}, QStringLiteral("alerts"), QCborArray {7})
            << QStringLiteral("'alerts'");
        QTest::newRow("error without code")
            << without(protocol::Error {protocol::errc::Storage, QStringLiteral("disk full"), 0, 0},
                       QStringLiteral("code"))
            << QStringLiteral("'code'");
        QTest::newRow("manage action unknown")
            << frameOf(QCborMap {{type, QStringLiteral("manage-integration")},
                                 {QStringLiteral("id"), 1},
                                 {QStringLiteral("action"), QStringLiteral("rename")}})
            << QStringLiteral("'action'");
        QTest::newRow("retry without id")
            << frameOf(QCborMap {{type, QStringLiteral("manage-integration")},
                                 {QStringLiteral("id"), 1},
                                 {QStringLiteral("action"), QStringLiteral("retry")}})
            << QStringLiteral("'integration'");
        QTest::newRow("add without url")
            << frameOf(QCborMap {{type, QStringLiteral("manage-integration")},
                                 {QStringLiteral("id"), 1},
                                 {QStringLiteral("action"), QStringLiteral("add")},
                                 {QStringLiteral("kind"), QStringLiteral("slack")},
                                 {QStringLiteral("name"), QStringLiteral("x")},
                                 {QStringLiteral("events"), QCborArray {}}})
            << QStringLiteral("'url'");
        QTest::newRow("events not texts")
            << frameOf(QCborMap {{type, QStringLiteral("manage-integration")},
                                 {QStringLiteral("id"), 1},
                                 {QStringLiteral("action"), QStringLiteral("add")},
                                 {QStringLiteral("kind"), QStringLiteral("slack")},
                                 {QStringLiteral("name"), QStringLiteral("x")},
                                 {QStringLiteral("url"), QStringLiteral("https://h/x")},
                                 {QStringLiteral("events"), QCborArray {1, 2}}})
            << QStringLiteral("'events'");
        QTest::newRow("integration not a map") << frameOf(QCborMap {
            {type, QStringLiteral("integrations")}, {QStringLiteral("integrations"), QCborArray {7}}})
                                               << QStringLiteral("'integrations'");
        QTest::newRow("error expected as text")
            << with(protocol::Error {protocol::errc::CounterGap, QStringLiteral("gap"), 1, 2},
                    QStringLiteral("expected"), QStringLiteral("2"))
            << QStringLiteral("'expected'");
    }
    void malformedFramesAreRefusedWithTheReason()
    {
        QFETCH(QByteArray, frame);
        QFETCH(QString, mention);
        const protocol::Decoded decoded = protocol::decode(frame);
        QVERIFY(!decoded.ok());
        QCOMPARE(decoded.errorCode, protocol::errc::Malformed);
        QVERIFY2(decoded.error.contains(mention), qPrintable(decoded.error));
    }
};

QTEST_GUILESS_MAIN(TestProtocol)
#include "tst_protocol.moc"
