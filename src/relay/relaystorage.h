// SPDX-License-Identifier: GPL-3.0-or-later
// Where the relay keeps every workspace's ops in sequence order. The protocol code (RelayHub)
// sees only this interface, so a PostgreSQL implementation for several relay nodes can be added
// beside the SQLite one without touching the protocol.
#pragma once

#include "core/logchain.h"
#include "store/storeerror.h"
#include "sync/protocol.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace muster {

struct RelayOp
{
    QString workspace;
    QString replica;
    qint64 counter = 0;
    QByteArray body; // the op's CBOR map, exactly as fanned out and paged
    // A log entry's link in its incident's hash chain, computed by the hub in the order of
    // append(); null for every other op.
    QString chainIncident;
    ChainLink chain;
};

struct SequencedOp
{
    qint64 seq = 0;
    QByteArray body;
    ChainLink chain; // null unless the op is a log entry
};

// What one Alertmanager notification group fires now in a workspace, as its last webhook said.
struct RelayAlertGroup
{
    QString source; // the Alertmanager's externalURL
    QString groupKey; // Alertmanager's key of the notification group
    QList<protocol::AlertRecord> firing;
    qint64 receivedAtMs = 0;
};

class RelayStorage
{
public:
    virtual ~RelayStorage() = default;

    // Appends ops durably in one transaction: when this returns without error, they survive a
    // crash. Each op gets the next sequence number of its workspace, in list order. The caller
    // has checked each replica's counter order and removed duplicates; a batch holding an op whose
    // counter is not above its replica's last stored one is refused whole all the same.
    virtual StoreResult<QList<qint64>> append(const QList<RelayOp> &ops) = 0;
    // Ops of a workspace with sequence numbers above `after`, in order: at most maxOps of them
    // and, beyond the first, at most maxBytes of op bodies (and protocol::kChainLinkBytes per
    // chain link) in all.
    virtual StoreResult<QList<SequencedOp>> readSince(const QString &workspace, qint64 after, int maxOps,
                                                      qint64 maxBytes)
        = 0;
    // The newest sequence number of a workspace; 0 when it has none.
    virtual StoreResult<qint64> head(const QString &workspace) = 0;
    // The largest counter stored for a replica in a workspace; 0 when none. The hub asks for it
    // for every push it plans, so an implementation keeps it at hand rather than query for it.
    virtual StoreResult<qint64> lastCounter(const QString &workspace, const QString &replica) = 0;
    // The sequence number (0 when it is not stored) and chain link an op already has; no body.
    virtual StoreResult<SequencedOp> sequenceOf(const QString &workspace, const QString &replica,
                                                qint64 counter)
        = 0;
    // The newest link of an incident's log chain in a workspace; null when it has no entry.
    // append() moves it with the ops it stores.
    virtual StoreResult<ChainLink> chainHead(const QString &workspace, const QString &incident) = 0;

    // Replaces what a notification group fires in a workspace; a group with nothing firing is
    // removed. Durable when it returns without error, as append().
    virtual StoreError saveAlertGroup(const QString &workspace, const RelayAlertGroup &group) = 0;
    // Every group of a workspace that fires something, in no particular order.
    virtual StoreResult<QList<RelayAlertGroup>> alertGroups(const QString &workspace) = 0;
};

} // namespace muster
