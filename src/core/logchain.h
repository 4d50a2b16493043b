// SPDX-License-Identifier: GPL-3.0-or-later
// The communication log's hash chain: tamper evidence for the retrospective.
//
// Each incident's log entries form one chain in the order the relay sequenced them: entry n's
// link is SHA-256(link n-1 ‖ canonical content of entry n), link 0 being 32 zero bytes. The
// relay computes the chain as it commits and sends each entry's link with `ack` and `ops`;
// every client computes it again from what it applies and records where the two differ.
// The relay's order is the chain's order because it is the one order every replica shares:
// an entry that arrives late from an offline laptop is appended, never inserted, so a head
// once published stays a prefix of every later head. docs/protocol.md defines the bytes.
#pragma once

#include "operation.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <optional>

namespace muster {

// One entry's place in its incident's chain.
struct ChainLink
{
    qint64 position = 0; // 1, 2, 3… within the incident; 0: not in a chain
    QByteArray hash; // 32 bytes of SHA-256

    bool isNull() const { return position == 0; }
    friend bool operator==(const ChainLink &, const ChainLink &) = default;
};

// What of a log entry the chain covers, as stored: kind and corrects are the wire texts.
struct ChainedEntry
{
    QString incidentId;
    OpId id;
    quint64 hlc = 0; // packed
    QString author;
    QString kind;
    QString text;
    QString corrects; // "r:c" or empty

    // The entry of a log `append` op; nothing for any other op (or an append that is not a
    // well-formed log entry, which validation refuses before it gets here).
    static std::optional<ChainedEntry> fromOperation(const Operation &op);
};

namespace logchain {

constexpr qsizetype kHashBytes = 32;

// The canonical bytes: the CBOR array [r, c, t, a, incident, kind, text, corrects] in
// RFC 8949 deterministic encoding (shortest integers, definite lengths, UTF-8 text).
QByteArray canonicalBytes(const ChainedEntry &entry);

// 32 zero bytes: what the first entry of every incident is chained to.
QByteArray genesis();

// The link after `previous` (null for the first entry) for `entry`.
ChainLink next(const ChainLink &previous, const ChainedEntry &entry);

// Lowercase hex of a hash, for people and exports; "" for an empty one.
QString toHex(const QByteArray &hash);

// Where an incident's recorded chain stops holding, checked from its first entry.
struct Verdict
{
    qint64 checked = 0; // entries whose links were recomputed and matched
    qint64 firstBad = 0; // 0 when every link matched; else the position that did not
    QString problem; // why, for people; empty when the chain holds
    ChainLink head; // the last link that matched
};

// Recomputes the chain over entries sorted by their recorded position and compares every
// recorded link. Positions must run 1, 2, 3… without gaps or repeats.
Verdict verify(const QList<std::pair<ChainedEntry, ChainLink>> &recorded);

} // namespace logchain
} // namespace muster
