// SPDX-License-Identifier: GPL-3.0-or-later
// A corpus of bad frames and messages for the relay, generated from a seed so every run sends
// the same ones: malformed CBOR, wrong types, unknown kinds, oversized, deeply nested, odd
// Unicode, SQL metacharacters, replayed and out-of-order ops. Each frame says whether it is
// sent as a connection's first frame (before hello) or after a hello.
#pragma once

#include "core/fields.h"
#include "core/ids.h"
#include "sync/protocol.h"

#include <QCborArray>
#include <QCborMap>
#include <QRandomGenerator>

namespace muster::testing {

struct BadFrame
{
    QString label;
    QByteArray frame;
    bool beforeHello = false;
};

class BadFrameCorpus
{
public:
    BadFrameCorpus(QString workspace, QString replica, qint64 nowMs, quint32 seed)
        : m_workspace(std::move(workspace))
        , m_replica(std::move(replica))
        , m_now(nowMs)
        , m_random(seed)
    { }

    QList<BadFrame> build()
    {
        truncations();
        bitFlips();
        randomBytes();
        wrongTypes();
        unknownTypes();
        oversized();
        deeplyNested();
        oddUnicode();
        sqlMetacharacters();
        replayedAndOutOfOrder();
        return m_out;
    }

    // A valid log op of the attacker's replica (what the corpus bends).
    Operation logOp(qint64 counter, const QString &text) const
    {
        return {{m_replica, counter},
                {m_now, 0},
                QStringLiteral("01JPAAAAAAAAAAAAAAAAAAAAA1"),
                m_workspace,
                OpKind::Append,
                incidentEntity(QStringLiteral("01JAAAAAAAAAAAAAAAAAAAAAA1")),
                QStringLiteral("log"),
                QCborMap {{QStringLiteral("kind"), QStringLiteral("note")}, {QStringLiteral("text"), text}}};
    }

private:
    void add(const QString &label, const QByteArray &frame, bool beforeHello = false)
    {
        m_out.append({label, frame, beforeHello});
    }
    static QByteArray bytesOf(const QCborMap &map) { return map.toCborValue().toCbor(); }
    static QByteArray text(const char *ascii) { return QCborValue(QString::fromLatin1(ascii)).toCbor(); }

    QByteArray hello() const
    {
        protocol::Hello h;
        h.replica = m_replica;
        h.workspace = m_workspace;
        return protocol::encode(h);
    }
    QCborMap pushMap(const QList<Operation> &ops, qint64 id = 900) const
    {
        QCborArray array;
        for (const Operation &op : ops)
            array.append(op.toCbor());
        return {{QStringLiteral("type"), QStringLiteral("push")},
                {QStringLiteral("id"), id},
                {QStringLiteral("ops"), array}};
    }
    QList<QCborMap> templates() const
    {
        return {QCborValue::fromCbor(hello()).toMap(),
                pushMap({logOp(1, QStringLiteral("template"))}),
                {{QStringLiteral("type"), QStringLiteral("pull")}, {QStringLiteral("since"), 0}},
                {{QStringLiteral("type"), QStringLiteral("presence")},
                 {QStringLiteral("person"), QStringLiteral("01JPAAAAAAAAAAAAAAAAAAAAA1")},
                 {QStringLiteral("name"), QStringLiteral("Dana")},
                 {QStringLiteral("viewing"), QString()}}};
    }

    // Every prefix of a push, as a connection's first frame and after a hello.
    void truncations()
    {
        const QByteArray push = bytesOf(pushMap({logOp(1, QStringLiteral("truncated somewhere"))}));
        for (qsizetype n = 0; n < push.size(); ++n)
            add(QStringLiteral("push cut at %1").arg(n), push.left(n), n % 3 == 0);
        const QByteArray h = hello();
        for (qsizetype n = 0; n < h.size(); ++n)
            add(QStringLiteral("hello cut at %1").arg(n), h.left(n), true);
    }

    void bitFlips()
    {
        const QList<QCborMap> maps = templates();
        for (int i = 0; i < 200; ++i) {
            QByteArray frame = bytesOf(maps.at(i % maps.size()));
            const int at = int(m_random.bounded(quint32(frame.size())));
            frame[at] = char(frame.at(at) ^ char(1 << m_random.bounded(8)));
            add(QStringLiteral("bit flip %1").arg(i), frame, i % 4 == 0);
        }
    }

    void randomBytes()
    {
        for (int i = 0; i < 100; ++i) {
            QByteArray frame(int(m_random.bounded(1, 600)), Qt::Uninitialized);
            for (char &c : frame)
                c = char(m_random.bounded(256));
            add(QStringLiteral("random bytes %1").arg(i), frame, i % 2 == 0);
        }
        // Headers that promise more than they bring.
        add(QStringLiteral("map of 2^64-1 pairs"), QByteArray::fromHex("bbffffffffffffffff"));
        add(QStringLiteral("text of 2^32 bytes"), QByteArray::fromHex("a1647479706b7affffffff"));
        add(QStringLiteral("indefinite map never closed"), QByteArray::fromHex("bf64747970656470756c6c"));
        add(QStringLiteral("break with nothing open"), QByteArray::fromHex("ff"));
        add(QStringLiteral("reserved simple value"), QByteArray::fromHex("a164747970651c"));
        add(QStringLiteral("two maps in one frame"), hello() + hello());
    }

    void wrongTypes()
    {
        const QList<QCborValue> wrong {QCborValue(-1),
                                       QCborValue(std::numeric_limits<qint64>::max()),
                                       QCborValue(QStringLiteral("7")),
                                       QCborValue(QByteArray("\x00\x01", 2)),
                                       QCborValue(QCborArray {1, 2}),
                                       QCborValue(QCborMap {{1, 2}}),
                                       QCborValue(nullptr),
                                       QCborValue(true),
                                       QCborValue(1.5),
                                       QCborValue(QCborKnownTags::DateTimeString, QStringLiteral("now"))};
        for (const QCborMap &map : templates()) {
            for (auto it = map.cbegin(); it != map.cend(); ++it) {
                for (const QCborValue &value : wrong) {
                    QCborMap bad = map;
                    bad.insert(it.key(), value);
                    add(QStringLiteral("%1.%2 as %3")
                            .arg(map.value(QStringLiteral("type")).toString(), it.key().toString())
                            .arg(int(value.type())),
                        bytesOf(bad));
                }
                QCborMap missing = map;
                missing.remove(it.key());
                add(QStringLiteral("%1 without %2")
                        .arg(map.value(QStringLiteral("type")).toString(), it.key().toString()),
                    bytesOf(missing));
            }
        }
        // Inside an op: each of the nine keys bent.
        const QCborMap op = logOp(1, QStringLiteral("x")).toCbor();
        for (auto it = op.cbegin(); it != op.cend(); ++it) {
            for (const QCborValue &value : wrong) {
                QCborMap bad = op;
                bad.insert(it.key(), value);
                add(QStringLiteral("op.%1 as %2").arg(it.key().toString()).arg(int(value.type())),
                    bytesOf({{QStringLiteral("type"), QStringLiteral("push")},
                             {QStringLiteral("id"), 901},
                             {QStringLiteral("ops"), QCborArray {bad}}}));
            }
        }
    }

    void unknownTypes()
    {
        const QStringList types {QStringLiteral("subscribe"),
                                 QStringLiteral("HELLO"),
                                 QString(),
                                 QStringLiteral("welcome"),
                                 QStringLiteral("ack"),
                                 QStringLiteral("ops"),
                                 QStringLiteral("peers"),
                                 QStringLiteral("left"),
                                 QStringLiteral("alerts"),
                                 QStringLiteral("behind"),
                                 QStringLiteral("error"),
                                 QStringLiteral("push "),
                                 QStringLiteral("pull\u0000"),
                                 QStringLiteral("☃"),
                                 QString(4000, u'x'),
                                 QStringLiteral("'; DROP TABLE relay_ops; --")};
        for (const QString &type : types) {
            add(QStringLiteral("type '%1'").arg(type.left(20)), bytesOf({{QStringLiteral("type"), type}}));
            add(QStringLiteral("first frame type '%1'").arg(type.left(20)),
                bytesOf({{QStringLiteral("type"), type}}), true);
        }
        QCborMap deleteOp = logOp(1, QStringLiteral("x")).toCbor();
        deleteOp.insert(QStringLiteral("k"), QStringLiteral("delete"));
        add(QStringLiteral("op kind delete"),
            bytesOf({{QStringLiteral("type"), QStringLiteral("push")},
                     {QStringLiteral("id"), 902},
                     {QStringLiteral("ops"), QCborArray {deleteOp}}}));
        add(QStringLiteral("log kind 'secret'"), [this] {
            Operation op = logOp(1, QStringLiteral("x"));
            op.value = QCborMap {{QStringLiteral("kind"), QStringLiteral("secret")},
                                 {QStringLiteral("text"), QStringLiteral("x")}};
            return bytesOf(pushMap({op}));
        }());
        add(QStringLiteral("unknown field"), [this] {
            Operation op = logOp(1, QStringLiteral("x"));
            op.kind = OpKind::Set;
            op.field = QStringLiteral("owner");
            op.value = QStringLiteral("me");
            return bytesOf(pushMap({op}));
        }());
    }

    void oversized()
    {
        add(QStringLiteral("text of 20,001 characters"), bytesOf(pushMap({logOp(1, QString(20'001, u'a'))})));
        add(QStringLiteral("frame of 64 KiB + 1"), bytesOf(pushMap({logOp(1, QString(65'537, u'b'))})));
        add(QStringLiteral("first frame of 1 MiB"), QByteArray(1 << 20, '\xa1'), true);
        QList<Operation> many;
        for (int i = 1; i <= 600; ++i)
            many.append(logOp(i, QStringLiteral("n")));
        add(QStringLiteral("600 ops in one push"), bytesOf(pushMap(many)));
        protocol::Hello longName;
        longName.replica = m_replica;
        longName.workspace = QString(129, u'w');
        add(QStringLiteral("workspace of 129 characters"), protocol::encode(longName), true);
    }

    void deeplyNested()
    {
        for (int depth : {16, 100, 1000, 10'000}) {
            QByteArray arrays(depth, '\x81');
            arrays.append('\x00');
            // {"type": "push", "id": 900, "ops": [op]}, the op written by hand below.
            QByteArray frame = QByteArray::fromHex("a3") + text("type") + text("push") + text("id")
                + QByteArray::fromHex("190384") + text("ops") + QByteArray::fromHex("81");
            // An op whose value is `depth` nested arrays.
            QCborMap op = logOp(1, QStringLiteral("x")).toCbor();
            op.remove(QStringLiteral("v"));
            QByteArray opBytes = op.toCborValue().toCbor();
            opBytes[0] = char(0xa0 | 9); // nine pairs: v follows
            opBytes.append(QByteArray::fromHex("6176")).append(arrays);
            frame.append(opBytes);
            add(QStringLiteral("op value nested %1 deep").arg(depth), frame);
            QByteArray maps;
            for (int i = 0; i < depth; ++i)
                maps.append(QByteArray::fromHex("a16161"));
            maps.append('\x00');
            add(QStringLiteral("message nested %1 deep").arg(depth),
                QByteArray::fromHex("a2") + text("type") + text("push") + text("data") + maps, depth == 1000);
        }
    }

    void oddUnicode()
    {
        const QList<QByteArray> badUtf8 {QByteArray::fromHex("eda080"),   QByteArray::fromHex("c0af"),
                                         QByteArray::fromHex("f4908080"), QByteArray::fromHex("ff"),
                                         QByteArray::fromHex("e282"),     QByteArray::fromHex("00")};
        for (const QByteArray &bytes : badUtf8) {
            // The op's text as raw CBOR text bytes, which QString could not hold.
            const QByteArray marker = "MARKERMARKER";
            QByteArray frame = bytesOf(pushMap({logOp(1, QString::fromLatin1(marker))}));
            QByteArray bent = marker;
            bent.replace(0, bytes.size(), bytes);
            frame.replace(marker, bent);
            add(QStringLiteral("text with bytes %1").arg(QString::fromLatin1(bytes.toHex())), frame);
            QByteArray helloFrame = hello();
            helloFrame.replace(m_workspace.toUtf8(), bytes + m_workspace.toUtf8().mid(bytes.size()));
            add(QStringLiteral("workspace with bytes %1").arg(QString::fromLatin1(bytes.toHex())), helloFrame,
                true);
        }
        const QStringList odd {QStringLiteral("\u202Eevil\u202C"),
                               QStringLiteral("\uFEFFbom"),
                               QString(5000, QChar(0x0301)),
                               QStringLiteral("🚒🔥🧯").repeated(1000),
                               QStringLiteral("tab\tnew\nline"),
                               QStringLiteral("bell\u0007"),
                               QStringLiteral("\U0001F600 surrogate pair"),
                               QStringLiteral("zero\u200Bwidth")};
        for (const QString &text : odd) {
            add(QStringLiteral("log text '%1'").arg(text.left(8)), bytesOf(pushMap({logOp(1, text)})));
            Operation title = logOp(1, text);
            title.kind = OpKind::Set;
            title.field = QStringLiteral("title");
            title.value = text;
            add(QStringLiteral("title '%1'").arg(text.left(8)), bytesOf(pushMap({title})));
            QCborMap presence {{QStringLiteral("type"), QStringLiteral("presence")},
                               {QStringLiteral("name"), text}};
            add(QStringLiteral("presence name '%1'").arg(text.left(8)), bytesOf(presence));
            protocol::Hello h;
            h.replica = m_replica;
            h.workspace = text;
            add(QStringLiteral("hello to workspace '%1'").arg(text.left(8)), protocol::encode(h), true);
        }
    }

    void sqlMetacharacters()
    {
        const QStringList sql {QStringLiteral("'; DROP TABLE relay_ops; --"),
                               QStringLiteral("\" OR 1=1 --"),
                               QStringLiteral("%_%"),
                               QStringLiteral("x'); DELETE FROM relay_tokens; --"),
                               QStringLiteral("\\'\\\"\\\\"),
                               QStringLiteral("NULL"),
                               QStringLiteral("?1 ?2 :name @p $x"),
                               QStringLiteral("/* */ UNION SELECT digest FROM relay_tokens")};
        for (const QString &text : sql) {
            add(QStringLiteral("sql in log text"), bytesOf(pushMap({logOp(1, text)})));
            Operation op = logOp(1, QStringLiteral("x"));
            op.entity = incidentEntity(text);
            add(QStringLiteral("sql in entity"), bytesOf(pushMap({op})));
            op = logOp(1, QStringLiteral("x"));
            op.workspace = text;
            add(QStringLiteral("sql in op workspace"), bytesOf(pushMap({op})));
            op = logOp(1, QStringLiteral("x"));
            op.id.replica = text;
            add(QStringLiteral("sql in replica"), bytesOf(pushMap({op})));
            protocol::Hello h;
            h.replica = text;
            h.workspace = m_workspace;
            add(QStringLiteral("sql in hello replica"), protocol::encode(h), true);
            h.replica = m_replica;
            h.workspace = text;
            add(QStringLiteral("sql in hello workspace"), protocol::encode(h), true);
            add(QStringLiteral("sql in presence"),
                bytesOf({{QStringLiteral("type"), QStringLiteral("presence")},
                         {QStringLiteral("viewing"), text}}));
        }
    }

    // Valid ops sent again, ahead of their turn, backwards, twice in one push, as another
    // replica, for another workspace, or from a clock an hour ahead.
    void replayedAndOutOfOrder()
    {
        for (int round = 0; round < 20; ++round) {
            add(QStringLiteral("replay counter 1"),
                bytesOf(pushMap({logOp(1, QStringLiteral("first"))}, 1000 + round)));
            add(QStringLiteral("skip ahead"), bytesOf(pushMap({logOp(50 + round, QStringLiteral("ahead"))})));
            add(QStringLiteral("backwards"),
                bytesOf(pushMap({logOp(3, QStringLiteral("b")), logOp(2, QStringLiteral("a"))})));
            add(QStringLiteral("twice in one push"),
                bytesOf(pushMap({logOp(2, QStringLiteral("a")), logOp(2, QStringLiteral("a"))})));
            Operation other = logOp(1, QStringLiteral("not mine"));
            other.id.replica = QStringLiteral("c000000000000099");
            add(QStringLiteral("another replica's op"), bytesOf(pushMap({other})));
            Operation elsewhere = logOp(2, QStringLiteral("elsewhere"));
            elsewhere.workspace = QStringLiteral("other-team");
            add(QStringLiteral("another workspace's op"), bytesOf(pushMap({elsewhere})));
            Operation future = logOp(2, QStringLiteral("from the future"));
            future.hlc = HlcTimestamp {m_now + 3'600'000, 0};
            add(QStringLiteral("an hour ahead"), bytesOf(pushMap({future})));
            add(QStringLiteral("second hello"), hello());
            add(QStringLiteral("pull from the far future"),
                bytesOf({{QStringLiteral("type"), QStringLiteral("pull")},
                         {QStringLiteral("since"), std::numeric_limits<qint64>::max()}}));
        }
    }

    QString m_workspace;
    QString m_replica;
    qint64 m_now;
    QRandomGenerator m_random;
    QList<BadFrame> m_out;
};

} // namespace muster::testing
