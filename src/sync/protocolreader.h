// SPDX-License-Identifier: GPL-3.0-or-later
// Inside the protocol codec (protocol.cpp, protocolintegrations.cpp): reading a message's
// fields, remembering the first problem, so a decoder reads like the message it parses.
#pragma once

#include "protocol.h"

#include <QCborArray>
#include <QCborMap>

namespace muster::protocol::detail {

class Reader
{
public:
    explicit Reader(QCborMap map)
        : m_map(std::move(map))
    { }

    QString text(const QString &key, bool required = true, qsizetype maxLength = 4096);
    qint64 count(const QString &key, bool required = true);
    // A sequence number a client names: below kMaxSequence.
    qint64 sequence(const QString &key);
    bool flag(const QString &key);
    // An array of at most maxItems texts of at most maxLength characters each.
    QStringList texts(const QString &key, qsizetype maxItems, qsizetype maxLength);
    QCborArray array(const QString &key);
    QList<Operation> ops(const QString &key);
    // Optional; indexes below `count`, ascending, positions ≥ 1, 32-byte hashes.
    QList<IndexedLink> chain(qsizetype count);
    void fail(const QString &key, const QString &expectation);
    const QString &error() const { return m_error; }

private:
    QCborMap m_map;
    QString m_error;
};

// pushdecoder.cpp: a push as Muster writes it, read without QCborValue; nothing for any other
// frame, which decode() then reads the general way.
std::optional<Push> decodePushInPlace(const QByteArray &frame);

// protocolintegrations.cpp: the integration messages.
QCborMap toCbor(const Integrations &m);
QCborMap toCbor(const ManageIntegration &m);
Integrations decodeIntegrations(Reader &r);
ManageIntegration decodeManageIntegration(Reader &r);

} // namespace muster::protocol::detail
