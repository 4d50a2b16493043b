// SPDX-License-Identifier: GPL-3.0-or-later
#include "protocol.h"

#include "core/cborbytes.h"
#include "core/ids.h"
#include "protocolreader.h"

#include <QCborArray>
#include <QCborMap>
#include <QCoreApplication>
#include <limits>

namespace muster::protocol {

namespace {

using detail::Reader;
using detail::toCbor;

QString tr(const char *text)
{
    return QCoreApplication::translate("muster", text);
}

template<class... Ts> struct Overloaded : Ts...
{
    using Ts::operator()...;
};
// clang 14 does not deduce aggregate template arguments by itself (C++20's P1816).
template<class... Ts> Overloaded(Ts...) -> Overloaded<Ts...>;

// Keys, once: a message is encoded and decoded for every frame.
const QString kType = QStringLiteral("type");
const QString kVersionKey = QStringLiteral("v");
const QString kReplica = QStringLiteral("replica");
const QString kWorkspace = QStringLiteral("workspace");
const QString kSince = QStringLiteral("since");
const QString kClient = QStringLiteral("client");
const QString kHead = QStringLiteral("head");
const QString kNext = QStringLiteral("next");
const QString kHlc = QStringLiteral("hlc");
const QString kMaxMessage = QStringLiteral("maxMessage");
const QString kMaxBatch = QStringLiteral("maxBatch");
const QString kMaxAhead = QStringLiteral("maxAhead");
const QString kId = QStringLiteral("id");
const QString kOps = QStringLiteral("ops");
const QString kSeqs = QStringLiteral("seqs");
const QString kFrom = QStringLiteral("from");
const QString kMore = QStringLiteral("more");
const QString kPerson = QStringLiteral("person");
const QString kName = QStringLiteral("name");
const QString kViewing = QStringLiteral("viewing");
const QString kPeers = QStringLiteral("peers");
const QString kReplicas = QStringLiteral("replicas");
const QString kCode = QStringLiteral("code");
const QString kMessage = QStringLiteral("message");
const QString kExpected = QStringLiteral("expected");
const QString kChain = QStringLiteral("chain");

QCborArray chainArray(const QList<IndexedLink> &chain)
{
    QCborArray out;
    for (const IndexedLink &l : chain)
        out.append(QCborArray {l.index, l.link.position, l.link.hash});
    return out;
}

using cbor::appendHead;
using cbor::appendText;

void appendLink(QByteArray &out, const IndexedLink &l)
{
    appendHead(out, 4, 3);
    appendHead(out, 0, quint64(l.index));
    appendHead(out, 0, quint64(l.link.position));
    appendHead(out, 2, quint64(l.link.hash.size()));
    out.append(l.link.hash);
}

QCborMap toCbor(const Hello &m)
{
    return {{kType, QStringLiteral("hello")}, {kVersionKey, m.version}, {kReplica, m.replica},
            {kWorkspace, m.workspace},        {kSince, m.since},        {kClient, m.client}};
}

QCborMap toCbor(const Welcome &m)
{
    return {{kType, QStringLiteral("welcome")},
            {kVersionKey, m.version},
            {kHead, m.head},
            {kNext, m.nextCounter},
            {kHlc, qint64(m.hlc)},
            {kMaxMessage, m.maxMessageBytes},
            {kMaxBatch, m.maxBatchOps},
            {kMaxAhead, m.maxClockAheadMs},
            {QStringLiteral("alertsFollow"), m.alertsFollow}};
}

QCborArray opsArray(const QList<Operation> &ops)
{
    QCborArray array;
    for (const Operation &op : ops)
        array.append(op.toCbor());
    return array;
}

QCborMap toCbor(const Ops &m)
{
    QCborMap map {{kType, QStringLiteral("ops")},
                  {kFrom, m.from},
                  {kHead, m.head},
                  {kMore, m.more},
                  {kOps, opsArray(m.ops)}};
    if (!m.chain.isEmpty())
        map.insert(kChain, chainArray(m.chain));
    return map;
}

QCborMap toCbor(const Pull &m)
{
    return {{kType, QStringLiteral("pull")}, {kSince, m.since}};
}

QCborMap toCbor(const Behind &m)
{
    return {{kType, QStringLiteral("behind")}, {kHead, m.head}};
}

QCborMap toCbor(const Presence &m)
{
    return {{kType, QStringLiteral("presence")}, {kPerson, m.person}, {kName, m.name}, {kViewing, m.viewing}};
}

QCborMap toCbor(const Peers &m)
{
    QCborArray peers;
    for (const Peer &peer : m.peers) {
        peers.append(QCborMap {
            {kReplica, peer.replica}, {kPerson, peer.person}, {kName, peer.name}, {kViewing, peer.viewing}});
    }
    return {{kType, QStringLiteral("peers")}, {kPeers, peers}};
}

QCborMap toCbor(const Left &m)
{
    return {{kType, QStringLiteral("left")}, {kReplicas, QCborArray::fromStringList(m.replicas)}};
}

QCborMap toCbor(const AlertRecord &a)
{
    QCborMap labels, annotations;
    for (auto it = a.labels.cbegin(); it != a.labels.cend(); ++it)
        labels.insert(it.key(), it.value());
    for (auto it = a.annotations.cbegin(); it != a.annotations.cend(); ++it)
        annotations.insert(it.key(), it.value());
    return {{QStringLiteral("fingerprint"), a.fingerprint},   {QStringLiteral("labels"), labels},
            {QStringLiteral("annotations"), annotations},     {QStringLiteral("startsAt"), a.startsAt},
            {QStringLiteral("generatorURL"), a.generatorUrl}, {QStringLiteral("source"), a.source}};
}

QCborMap toCbor(const Alerts &m)
{
    QCborArray alerts;
    for (const AlertRecord &a : m.alerts)
        alerts.append(toCbor(a));
    return {{kType, QStringLiteral("alerts")},
            {QStringLiteral("alerts"), alerts},
            {QStringLiteral("replace"), m.replace},
            {QStringLiteral("more"), m.more}};
}

QCborMap toCbor(const Error &m)
{
    QCborMap map {{kType, QStringLiteral("error")}, {kCode, m.code}, {kMessage, m.message}};
    if (m.id)
        map.insert(kId, m.id);
    if (m.expected)
        map.insert(kExpected, m.expected);
    return map;
}

Message decodeBody(const QString &type, Reader &r, bool *known)
{
    *known = true;
    if (type == u"hello") {
        Hello m;
        // Clamped, not truncated: 2^32 + 1 must not pass for version 1.
        m.version = int(std::min<qint64>(r.count(kVersionKey), std::numeric_limits<int>::max()));
        m.replica = r.text(kReplica, true, 64);
        m.workspace = r.text(kWorkspace, true, 128);
        m.since = r.sequence(kSince);
        m.client = r.text(kClient, false, 200);
        return m;
    }
    if (type == u"welcome") {
        Welcome m;
        m.version = int(std::min<qint64>(r.count(kVersionKey), std::numeric_limits<int>::max()));
        m.head = r.count(kHead);
        m.nextCounter = r.count(kNext);
        m.hlc = quint64(r.count(kHlc));
        m.maxMessageBytes = r.count(kMaxMessage);
        m.maxBatchOps = int(std::min<qint64>(r.count(kMaxBatch), std::numeric_limits<int>::max()));
        m.maxClockAheadMs = r.count(kMaxAhead);
        m.alertsFollow = r.flag(QStringLiteral("alertsFollow"));
        return m;
    }
    if (type == u"push") {
        Push m;
        m.id = r.count(kId);
        m.ops = r.ops(kOps);
        return m;
    }
    if (type == u"ack") {
        Ack m;
        m.id = r.count(kId);
        for (const QCborValue &seq : r.array(kSeqs)) {
            if (!seq.isInteger() || seq.toInteger() < 1) {
                r.fail(kSeqs, tr("an array of positive integers"));
                break;
            }
            m.seqs.append(seq.toInteger());
        }
        m.chain = r.chain(m.seqs.size());
        return m;
    }
    if (type == u"ops") {
        Ops m;
        m.from = r.count(kFrom);
        m.head = r.count(kHead);
        m.more = r.flag(kMore);
        m.ops = r.ops(kOps);
        m.chain = r.chain(m.ops.size());
        return m;
    }
    if (type == u"pull")
        return Pull {r.sequence(kSince)};
    if (type == u"behind")
        return Behind {r.count(kHead)};
    if (type == u"presence") {
        Presence m;
        m.person = r.text(kPerson, false, 64);
        m.name = r.text(kName, false, 200);
        m.viewing = r.text(kViewing, false, 64);
        return m;
    }
    if (type == u"peers") {
        Peers m;
        for (const QCborValue &item : r.array(kPeers)) {
            Reader peer(item.toMap());
            m.peers.append({peer.text(kReplica, true, 64), peer.text(kPerson, false, 64),
                            peer.text(kName, false, 200), peer.text(kViewing, false, 64)});
            if (!item.isMap() || !peer.error().isEmpty()) {
                r.fail(kPeers, tr("an array of peer maps"));
                break;
            }
        }
        return m;
    }
    if (type == u"left") {
        Left m;
        for (const QCborValue &item : r.array(kReplicas)) {
            if (!item.isString() || item.toString().isEmpty() || item.toString().size() > 64) {
                r.fail(kReplicas, tr("an array of replica ids"));
                break;
            }
            m.replicas.append(item.toString());
        }
        return m;
    }
    if (type == u"alerts") {
        Alerts m;
        m.replace = r.flag(QStringLiteral("replace"));
        m.more = r.flag(QStringLiteral("more"));
        for (const QCborValue &item : r.array(QStringLiteral("alerts"))) {
            Reader alert(item.toMap());
            AlertRecord a;
            a.fingerprint = alert.text(QStringLiteral("fingerprint"), true, 64);
            a.startsAt = alert.count(QStringLiteral("startsAt"));
            a.generatorUrl = alert.text(QStringLiteral("generatorURL"), false, 4096);
            a.source = alert.text(QStringLiteral("source"), false, 4096);
            bool pairsOk = item.isMap();
            for (const auto &[key, target] : {std::pair {QStringLiteral("labels"), &a.labels},
                                              std::pair {QStringLiteral("annotations"), &a.annotations}}) {
                const QCborValue map = item.toMap().value(key);
                pairsOk = pairsOk && map.isMap();
                for (const auto &[name, value] : map.toMap()) {
                    pairsOk
                        = pairsOk && name.isString() && value.isString() && value.toString().size() <= 4096;
                    target->insert(name.toString(), value.toString());
                }
            }
            if (!pairsOk || !alert.error().isEmpty() || a.fingerprint.isEmpty()) {
                r.fail(QStringLiteral("alerts"), tr("an array of alert maps"));
                break;
            }
            m.alerts.append(a);
        }
        return m;
    }
    if (type == u"integrations")
        return detail::decodeIntegrations(r);
    if (type == u"manage-integration")
        return detail::decodeManageIntegration(r);
    if (type == u"error") {
        Error m;
        m.code = r.text(kCode, true, 64);
        m.message = r.text(kMessage, true, 4096);
        m.id = r.count(kId, false);
        m.expected = r.count(kExpected, false);
        return m;
    }
    *known = false;
    return {};
}

// An ack goes out for every push, thousands a second on a busy relay: written by hand like the
// ops message, not built as a QCborMap and serialized through QCborStreamWriter (5% of the
// relay's time at 20,000 single-op pushes a second). Same values, so decode() reads it alike.
QByteArray encodeAck(const Ack &m)
{
    QByteArray out;
    out.reserve(32 + m.seqs.size() * 9 + m.chain.size() * kChainLinkBytes);
    appendHead(out, 5, m.chain.isEmpty() ? 3 : 4);
    appendText(out, kType);
    appendText(out, QStringLiteral("ack"));
    appendText(out, kId);
    cbor::appendInteger(out, m.id);
    appendText(out, kSeqs);
    appendHead(out, 4, quint64(m.seqs.size()));
    for (qint64 seq : m.seqs)
        cbor::appendInteger(out, seq);
    if (!m.chain.isEmpty()) {
        appendText(out, kChain);
        appendHead(out, 4, quint64(m.chain.size()));
        for (const IndexedLink &link : m.chain)
            appendLink(out, link);
    }
    return out;
}

// A desktop sends a push for every change it makes, and the load generator tens of thousands a
// second: written by hand as well (the QCborMap path was 17% of the generator's time at 30,000
// pushes a second). Byte for byte what a QCborMap of the same fields gives (tst_protocol).
QByteArray encodePush(const Push &m)
{
    QByteArray out;
    out.reserve(24 + m.ops.size() * 160);
    appendHead(out, 5, 3);
    appendText(out, kType);
    appendText(out, QStringLiteral("push"));
    appendText(out, kId);
    cbor::appendInteger(out, m.id);
    appendText(out, kOps);
    appendHead(out, 4, quint64(m.ops.size()));
    for (const Operation &op : m.ops)
        out.append(op.toCborBytes());
    return out;
}
} // namespace

QByteArray encode(const Message &message)
{
    return std::visit(
        [](const auto &m) {
            using Type = std::decay_t<decltype(m)>;
            if constexpr (std::is_same_v<Type, Ack>)
                return encodeAck(m);
            else if constexpr (std::is_same_v<Type, Push>)
                return encodePush(m);
            else
                return toCbor(m).toCborValue().toCbor();
        },
        message);
}

QByteArray encodeOp(const Operation &op)
{
    return op.toCborBytes();
}

QByteArray encodeOps(qint64 from, qint64 head, bool more, const QList<QByteArray> &encodedOps,
                     const QList<IndexedLink> &chain)
{
    qsizetype size = kOpsEnvelopeBytes + chain.size() * kChainLinkBytes;
    for (const QByteArray &op : encodedOps)
        size += op.size();
    QByteArray out;
    out.reserve(size);
    appendHead(out, 5, chain.isEmpty() ? 5 : 6); // a map of five pairs, six with links
    appendText(out, kType);
    appendText(out, QStringLiteral("ops"));
    appendText(out, kFrom);
    appendHead(out, 0, quint64(from));
    appendText(out, kHead);
    appendHead(out, 0, quint64(head));
    appendText(out, kMore);
    out.append(char(more ? 0xf5 : 0xf4));
    appendText(out, kOps);
    appendHead(out, 4, quint64(encodedOps.size()));
    for (const QByteArray &op : encodedOps)
        out.append(op);
    if (!chain.isEmpty()) {
        appendText(out, kChain);
        appendHead(out, 4, quint64(chain.size()));
        for (const IndexedLink &link : chain)
            appendLink(out, link);
    }
    return out;
}

Decoded decode(const QByteArray &frame)
{
    Decoded out;
    if (auto push = detail::decodePushInPlace(frame)) {
        out.message = std::move(*push);
        return out;
    }
    QCborParserError parseError;
    const QCborValue value = QCborValue::fromCbor(frame, &parseError);
    if (parseError.error != QCborError::NoError) {
        out.errorCode = errc::Malformed;
        out.error = tr("not CBOR: %1").arg(parseError.errorString());
        return out;
    }
    if (!value.isMap()) {
        out.errorCode = errc::Malformed;
        out.error = tr("a message must be a CBOR map");
        return out;
    }
    const QCborMap map = value.toMap();
    if (!map.value(kType).isString()) {
        out.errorCode = errc::Malformed;
        out.error = tr("field 'type' must be text");
        return out;
    }
    const QString type = map.value(kType).toString();
    Reader reader(map);
    bool known = false;
    out.message = decodeBody(type, reader, &known);
    if (!known) {
        out.errorCode = errc::UnknownType;
        out.error = tr("unknown message type '%1'").arg(type.left(40));
    } else if (!reader.error().isEmpty()) {
        out.errorCode = errc::Malformed;
        out.error = tr("%1: %2").arg(type, reader.error());
    }
    return out;
}

QString typeName(const Message &message)
{
    return std::visit(
        Overloaded {[](const Hello &) { return QStringLiteral("hello"); },
                    [](const Welcome &) { return QStringLiteral("welcome"); },
                    [](const Push &) { return QStringLiteral("push"); },
                    [](const Ack &) { return QStringLiteral("ack"); },
                    [](const Ops &) { return QStringLiteral("ops"); },
                    [](const Pull &) { return QStringLiteral("pull"); },
                    [](const Behind &) { return QStringLiteral("behind"); },
                    [](const Presence &) { return QStringLiteral("presence"); },
                    [](const Peers &) { return QStringLiteral("peers"); },
                    [](const Left &) { return QStringLiteral("left"); },
                    [](const Alerts &) { return QStringLiteral("alerts"); },
                    [](const Integrations &) { return QStringLiteral("integrations"); },
                    [](const ManageIntegration &) { return QStringLiteral("manage-integration"); },
                    [](const Error &) { return QStringLiteral("error"); }},
        message);
}

qint64 encodedPeerBytes(const Peer &peer)
{
    // Four keys of at most 8 bytes, four text heads of at most 3, the map head, and the text:
    // UTF-8 takes at most three bytes per UTF-16 unit.
    return 1 + 4 * (8 + 3)
        + 3 * (peer.replica.size() + peer.person.size() + peer.name.size() + peer.viewing.size());
}

QList<QByteArray> encodeAlerts(const QList<AlertRecord> &alerts, qint64 maxBytes)
{
    constexpr qint64 kEnvelope = 64;
    QList<Alerts> parts {Alerts {}};
    qint64 bytes = kEnvelope;
    for (const AlertRecord &alert : alerts) {
        const qint64 size = toCbor(alert).toCborValue().toCbor().size();
        if (size + kEnvelope > maxBytes)
            continue; // larger than any message may be: it cannot be sent at all
        if (!parts.constLast().alerts.isEmpty() && bytes + size > maxBytes) {
            parts.append(Alerts {{}, false, false});
            bytes = kEnvelope;
        }
        parts.last().alerts.append(alert);
        bytes += size;
    }
    QList<QByteArray> out;
    for (qsizetype i = 0; i < parts.size(); ++i) {
        parts[i].more = i + 1 < parts.size();
        out.append(encode(parts.at(i)));
    }
    return out;
}

} // namespace muster::protocol
