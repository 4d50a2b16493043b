// SPDX-License-Identifier: GPL-3.0-or-later
// Every change is an operation. `set` ops are last-writer-wins registers per (entity, field);
// `append` ops add immutable entries (log lines). See docs/architecture.md.
#pragma once

#include "hlc.h"

#include <QCborMap>
#include <QCborValue>
#include <QList>
#include <QMetaType>
#include <QString>
#include <optional>

namespace muster {

struct OpId
{
    QString replica;
    qint64 counter = 0; // 1, 2, 3… per replica, without gaps

    bool isNull() const { return replica.isEmpty(); }
    QString toString() const { return replica + u':' + QString::number(counter); }
    static std::optional<OpId> fromString(QStringView text);
    friend bool operator==(const OpId &, const OpId &) = default;
    friend auto operator<=>(const OpId &a, const OpId &b)
    {
        if (auto c = QString::compare(a.replica, b.replica); c != 0)
            return c < 0 ? std::strong_ordering::less : std::strong_ordering::greater;
        return a.counter <=> b.counter;
    }
};

enum class OpKind
{
    Set,
    Append
};

// A change that is not yet an op: the store gives it an id and a timestamp when it commits,
// in the same transaction, so a replica's counters never have gaps.
struct Change
{
    OpKind kind = OpKind::Set;
    QString entity;
    QString field;
    QCborValue value;
};

struct Operation
{
    OpId id;
    HlcTimestamp hlc;
    QString actor; // person id of whoever made the change
    QString workspace;
    OpKind kind = OpKind::Set;
    QString entity;
    QString field;
    QCborValue value;

    QCborMap toCbor() const;
    // toCbor()'s map as CBOR bytes, written directly: the same bytes, without building the map.
    QByteArray toCborBytes() const;
    static std::optional<Operation> fromCbor(const QCborValue &cbor, QString *error);
};

// Last-writer-wins: the larger timestamp wins; equal timestamps are broken by replica id so
// every replica picks the same winner whatever order ops arrive in.
inline bool writeWins(HlcTimestamp incoming, QStringView incomingReplica, HlcTimestamp current,
                      QStringView currentReplica)
{
    if (incoming != current)
        return incoming > current;
    return incomingReplica.compare(currentReplica) > 0;
}

} // namespace muster

Q_DECLARE_METATYPE(muster::Operation)
