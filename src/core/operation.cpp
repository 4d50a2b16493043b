// SPDX-License-Identifier: GPL-3.0-or-later
#include "operation.h"

#include "cborbytes.h"
#include "ids.h"

#include <QCoreApplication>

namespace muster {

namespace {
// Short keys: an op is sent and stored millions of times.
const QString kReplica = QStringLiteral("r");
const QString kCounter = QStringLiteral("c");
const QString kHlc = QStringLiteral("t");
const QString kActor = QStringLiteral("a");
const QString kWorkspace = QStringLiteral("w");
const QString kKind = QStringLiteral("k");
const QString kEntity = QStringLiteral("e");
const QString kField = QStringLiteral("f");
const QString kValue = QStringLiteral("v");

QString tr(const char *text)
{
    return QCoreApplication::translate("muster", text);
}
} // namespace

std::optional<OpId> OpId::fromString(QStringView text)
{
    const qsizetype colon = text.lastIndexOf(u':');
    if (colon <= 0)
        return std::nullopt;
    bool ok = false;
    const qint64 counter = text.mid(colon + 1).toLongLong(&ok);
    if (!ok || counter < 1 || !isValidReplicaId(text.left(colon)))
        return std::nullopt;
    return OpId {text.left(colon).toString(), counter};
}

QCborMap Operation::toCbor() const
{
    QCborMap map;
    map.insert(kReplica, id.replica);
    map.insert(kCounter, id.counter);
    map.insert(kHlc, qint64(hlc.packed()));
    map.insert(kActor, actor);
    map.insert(kWorkspace, workspace);
    map.insert(kKind, kind == OpKind::Set ? QStringLiteral("set") : QStringLiteral("append"));
    map.insert(kEntity, entity);
    map.insert(kField, field);
    map.insert(kValue, value);
    return map;
}

QByteArray Operation::toCborBytes() const
{
    // The pairs in toCbor()'s order, which is the order a QCborMap keeps.
    QByteArray out;
    out.reserve(128 + 3 * (id.replica.size() + actor.size() + workspace.size())
                + 3 * (entity.size() + field.size()));
    cbor::appendHead(out, 5, 9); // a map of nine pairs
    cbor::appendText(out, kReplica);
    cbor::appendText(out, id.replica);
    cbor::appendText(out, kCounter);
    cbor::appendInteger(out, id.counter);
    cbor::appendText(out, kHlc);
    cbor::appendInteger(out, qint64(hlc.packed()));
    cbor::appendText(out, kActor);
    cbor::appendText(out, actor);
    cbor::appendText(out, kWorkspace);
    cbor::appendText(out, workspace);
    cbor::appendText(out, kKind);
    cbor::appendText(out, kind == OpKind::Set ? QStringLiteral("set") : QStringLiteral("append"));
    cbor::appendText(out, kEntity);
    cbor::appendText(out, entity);
    cbor::appendText(out, kField);
    cbor::appendText(out, field);
    cbor::appendText(out, kValue);
    cbor::appendValue(out, value);
    return out;
}

std::optional<Operation> Operation::fromCbor(const QCborValue &cbor, QString *error)
{
    auto fail = [error](const QString &message) -> std::optional<Operation> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    if (!cbor.isMap())
        return fail(tr("operation is not a map"));
    const QCborMap map = cbor.toMap();
    for (const QString &key : {kReplica, kActor, kWorkspace, kKind, kEntity, kField}) {
        if (!map.value(key).isString())
            return fail(tr("operation field '%1' missing or not text").arg(key));
    }
    if (!map.value(kCounter).isInteger() || !map.value(kHlc).isInteger())
        return fail(tr("operation counter or clock missing or not an integer"));

    Operation op;
    op.id = {map.value(kReplica).toString(), map.value(kCounter).toInteger()};
    if (!isValidReplicaId(op.id.replica) || op.id.counter < 1)
        return fail(tr("operation id is malformed"));
    op.hlc = HlcTimestamp::fromPacked(quint64(map.value(kHlc).toInteger()));
    op.actor = map.value(kActor).toString();
    op.workspace = map.value(kWorkspace).toString();
    const QString kind = map.value(kKind).toString();
    if (kind == u"set")
        op.kind = OpKind::Set;
    else if (kind == u"append")
        op.kind = OpKind::Append;
    else
        return fail(tr("unknown operation kind '%1'").arg(kind));
    op.entity = map.value(kEntity).toString();
    op.field = map.value(kField).toString();
    op.value = map.value(kValue);
    return op;
}

} // namespace muster
