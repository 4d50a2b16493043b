// SPDX-License-Identifier: GPL-3.0-or-later
// Pushes read in place. A relay reads every op of every push before it stores it; through
// QCborValue that was 14% of its time at 30,000 single-op pushes a second (docs/performance.md).
// This reads the common case, a push as Muster writes it, straight from the bytes. Anything
// else, however slightly different, returns nothing and decode() takes the general way, which
// accepts the same pushes and explains what is wrong with the others.
#include "core/cborcursor.h"
#include "core/ids.h"
#include "protocolreader.h"

#include <limits>

namespace muster::protocol::detail {

namespace {

constexpr quint64 kMaxInteger = quint64(std::numeric_limits<qint64>::max());

// Text that is ASCII; other text is left to the general way, which checks its UTF-8.
bool asciiText(cbor::Cursor &in, QString &out)
{
    QByteArrayView bytes;
    if (!in.text(bytes))
        return false;
    for (const char c : bytes) {
        if (quint8(c) >= 0x80)
            return false;
    }
    out = QString::fromLatin1(bytes);
    return true;
}

bool nonNegativeInteger(cbor::Cursor &in, qint64 &out)
{
    quint8 major = 0;
    quint64 value = 0;
    if (!in.head(major, value) || major != 0 || value > kMaxInteger)
        return false;
    out = qint64(value);
    return true;
}

// One op, with what Operation::fromCbor() checks.
std::optional<Operation> readOp(cbor::Cursor &in, const QByteArray &frame)
{
    quint8 major = 0;
    quint64 pairs = 0;
    if (!in.head(major, pairs) || major != 5 || pairs > 9)
        return std::nullopt;
    enum Key : unsigned
    {
        R = 1,
        C = 2,
        T = 4,
        A = 8,
        W = 16,
        K = 32,
        E = 64,
        F = 128,
        V = 256
    };
    unsigned seen = 0;
    Operation op;
    QString kind;
    qint64 packedClock = 0;
    for (quint64 i = 0; i < pairs; ++i) {
        QByteArrayView key;
        if (!in.text(key) || key.size() != 1)
            return std::nullopt;
        unsigned bit = 0;
        bool ok = true;
        switch (key.front()) {
        case 'r':
            bit = R, ok = asciiText(in, op.id.replica);
            break;
        case 'c':
            bit = C, ok = nonNegativeInteger(in, op.id.counter);
            break;
        case 't':
            bit = T, ok = nonNegativeInteger(in, packedClock);
            break;
        case 'a':
            bit = A, ok = asciiText(in, op.actor);
            break;
        case 'w':
            bit = W, ok = asciiText(in, op.workspace);
            break;
        case 'k':
            bit = K, ok = asciiText(in, kind);
            break;
        case 'e':
            bit = E, ok = asciiText(in, op.entity);
            break;
        case 'f':
            bit = F, ok = asciiText(in, op.field);
            break;
        case 'v': {
            bit = V;
            const qsizetype start = in.offset();
            ok = in.skip();
            if (ok) {
                QCborParserError error;
                op.value = QCborValue::fromCbor(
                    QByteArray::fromRawData(frame.constData() + start, in.offset() - start), &error);
                ok = error.error == QCborError::NoError;
            }
            break;
        }
        default:
            return std::nullopt;
        }
        if (!ok || (seen & bit))
            return std::nullopt;
        seen |= bit;
    }
    if ((seen | V) != (R | C | T | A | W | K | E | F | V))
        return std::nullopt;
    if (!isValidReplicaId(op.id.replica) || op.id.counter < 1)
        return std::nullopt;
    if (kind == u"set")
        op.kind = OpKind::Set;
    else if (kind == u"append")
        op.kind = OpKind::Append;
    else
        return std::nullopt;
    op.hlc = HlcTimestamp::fromPacked(quint64(packedClock));
    return op;
}

} // namespace

std::optional<Push> decodePushInPlace(const QByteArray &frame)
{
    cbor::Cursor in(frame);
    quint8 major = 0;
    quint64 pairs = 0;
    if (!in.head(major, pairs) || major != 5 || pairs != 3)
        return std::nullopt;
    QByteArrayView key;
    QByteArrayView type;
    if (!in.text(key) || key != "type" || !in.text(type) || type != "push")
        return std::nullopt;
    Push push;
    if (!in.text(key) || key != "id" || !nonNegativeInteger(in, push.id))
        return std::nullopt;
    quint64 count = 0;
    if (!in.text(key) || key != "ops" || !in.head(major, count) || major != 4
        || count > quint64(in.remaining()))
        return std::nullopt;
    push.ops.reserve(qsizetype(count));
    for (quint64 i = 0; i < count; ++i) {
        auto op = readOp(in, frame);
        if (!op)
            return std::nullopt;
        push.ops.append(std::move(*op));
    }
    if (!in.atEnd())
        return std::nullopt;
    return push;
}

} // namespace muster::protocol::detail
