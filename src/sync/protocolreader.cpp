// SPDX-License-Identifier: GPL-3.0-or-later
#include "protocolreader.h"

#include <QCoreApplication>

namespace muster::protocol::detail {

namespace {

// The context lupdate gives the messages of Reader's members.
QString tr(const char *text)
{
    return QCoreApplication::translate("muster::protocol::detail::Reader", text);
}

const QString kChainKey = QStringLiteral("chain");

} // namespace

QString Reader::text(const QString &key, bool required, qsizetype maxLength)
{
    const QCborValue value = m_map.value(key);
    if (value.isUndefined() && !required)
        return {};
    if (!value.isString())
        return fail(key, tr("text")), QString();
    QString out = value.toString();
    if (out.size() > maxLength)
        return fail(key, tr("text of at most %1 characters").arg(maxLength)), QString();
    return out;
}

qint64 Reader::count(const QString &key, bool required)
{
    const QCborValue value = m_map.value(key);
    if (value.isUndefined() && !required)
        return 0;
    if (!value.isInteger() || value.toInteger() < 0)
        return fail(key, tr("a non-negative integer")), 0;
    return value.toInteger();
}

qint64 Reader::sequence(const QString &key)
{
    const qint64 value = count(key);
    if (value >= kMaxSequence)
        return fail(key, tr("a sequence number below 2^62")), 0;
    return value;
}

bool Reader::flag(const QString &key)
{
    const QCborValue value = m_map.value(key);
    if (value.isUndefined())
        return false;
    if (!value.isBool())
        return fail(key, tr("true or false")), false;
    return value.toBool();
}

QStringList Reader::texts(const QString &key, qsizetype maxItems, qsizetype maxLength)
{
    QStringList out;
    const QCborArray items = array(key);
    for (const QCborValue &item : items) {
        if (!item.isString() || item.toString().size() > maxLength || out.size() >= maxItems) {
            fail(key, tr("an array of at most %1 texts").arg(maxItems));
            return {};
        }
        out << item.toString();
    }
    return out;
}

QCborArray Reader::array(const QString &key)
{
    const QCborValue value = m_map.value(key);
    if (!value.isArray())
        return fail(key, tr("an array")), QCborArray();
    return value.toArray();
}

QList<Operation> Reader::ops(const QString &key)
{
    QList<Operation> out;
    const QCborArray items = array(key);
    out.reserve(items.size());
    for (qsizetype i = 0; i < items.size() && m_error.isEmpty(); ++i) {
        QString problem;
        auto op = Operation::fromCbor(items.at(i), &problem);
        if (!op)
            m_error = tr("op %1: %2").arg(i).arg(problem);
        else
            out.append(std::move(*op));
    }
    return out;
}

QList<IndexedLink> Reader::chain(qsizetype count)
{
    QList<IndexedLink> out;
    const QCborValue value = m_map.value(kChainKey);
    if (value.isUndefined())
        return out;
    const QString expectation = tr("an array of [index, position, 32-byte hash] in index order");
    if (!value.isArray())
        return fail(kChainKey, expectation), out;
    for (const QCborValue &item : value.toArray()) {
        const QCborArray link = item.toArray();
        const bool ok = item.isArray() && link.size() == 3 && link.at(0).isInteger() && link.at(1).isInteger()
            && link.at(2).isByteArray() && link.at(0).toInteger() >= 0 && link.at(0).toInteger() < count
            && link.at(1).toInteger() >= 1 && link.at(2).toByteArray().size() == logchain::kHashBytes
            && (out.isEmpty() || link.at(0).toInteger() > out.constLast().index);
        if (!ok) {
            fail(kChainKey, expectation);
            return {};
        }
        out.append({link.at(0).toInteger(), {link.at(1).toInteger(), link.at(2).toByteArray()}});
    }
    return out;
}

void Reader::fail(const QString &key, const QString &expectation)
{
    if (m_error.isEmpty())
        m_error = tr("field '%1' must be %2").arg(key, expectation);
}

} // namespace muster::protocol::detail
