// SPDX-License-Identifier: GPL-3.0-or-later
#include "logchain.h"

#include "cborbytes.h"
#include "fields.h"

#include <QCborMap>
#include <QCoreApplication>
#include <QCryptographicHash>

namespace muster {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("muster", text);
}
} // namespace

std::optional<ChainedEntry> ChainedEntry::fromOperation(const Operation &op)
{
    if (op.kind != OpKind::Append || op.field != u"log" || !op.value.isMap())
        return std::nullopt;
    const auto entity = EntityRef::parse(op.entity);
    if (!entity || entity->type != EntityType::Incident)
        return std::nullopt;
    const QCborMap value = op.value.toMap();
    const QCborValue corrects = value.value(QStringLiteral("corrects"));
    return ChainedEntry {entity->id,
                         op.id,
                         op.hlc.packed(),
                         op.actor,
                         value.value(QStringLiteral("kind")).toString(),
                         value.value(QStringLiteral("text")).toString(),
                         corrects.isString() ? corrects.toString() : QString()};
}

namespace logchain {

QByteArray canonicalBytes(const ChainedEntry &entry)
{
    QByteArray out;
    out.reserve(96 + entry.text.size());
    cbor::appendHead(out, 4, 8); // an array of eight
    cbor::appendText(out, entry.id.replica);
    cbor::appendHead(out, 0, quint64(entry.id.counter));
    cbor::appendHead(out, 0, entry.hlc);
    cbor::appendText(out, entry.author);
    cbor::appendText(out, entry.incidentId);
    cbor::appendText(out, entry.kind);
    cbor::appendText(out, entry.text);
    cbor::appendText(out, entry.corrects);
    return out;
}

QByteArray genesis()
{
    return QByteArray(kHashBytes, '\0');
}

ChainLink next(const ChainLink &previous, const ChainedEntry &entry)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(previous.isNull() ? genesis() : previous.hash);
    hash.addData(canonicalBytes(entry));
    return {previous.position + 1, hash.result()};
}

QString toHex(const QByteArray &hash)
{
    return QString::fromLatin1(hash.toHex());
}

Verdict verify(const QList<std::pair<ChainedEntry, ChainLink>> &recorded)
{
    Verdict verdict;
    ChainLink computed;
    for (const auto &[entry, link] : recorded) {
        const qint64 expected = computed.position + 1;
        if (link.position != expected) {
            verdict.firstBad = expected;
            verdict.problem = link.position < expected
                ? tr("entry %1 appears twice in the chain").arg(link.position)
                : tr("entry %1 of the chain is missing").arg(expected);
            return verdict;
        }
        computed = next(computed, entry);
        if (computed.hash != link.hash) {
            verdict.firstBad = link.position;
            verdict.problem = tr("entry %1 (%2) does not match its recorded hash: it was changed after it "
                                 "was chained, or an entry before it was")
                                  .arg(link.position)
                                  .arg(entry.id.toString());
            return verdict;
        }
        verdict.checked = link.position;
        verdict.head = computed;
    }
    return verdict;
}

} // namespace logchain
} // namespace muster
