// SPDX-License-Identifier: GPL-3.0-or-later
// A deterministic network for sync tests: each link is a pair of FIFO queues between one
// SyncEngine (through SimTransport) and the RelayHub (through SimPeer). Nothing moves until the
// test delivers a frame, so a seeded test decides every interleaving, loss and duplicate.
#pragma once

#include "relay/relayhub.h"
#include "relay/relaystorage.h"
#include "sync/synctransport.h"

#include <QHash>
#include <QQueue>

namespace muster::testing {

// Ops in memory: the second implementation of RelayStorage, and fast enough for 50,000 ops.
class MemoryRelayStorage final : public RelayStorage
{
public:
    StoreResult<QList<qint64>> append(const QList<RelayOp> &ops) override
    {
        QList<qint64> seqs;
        for (const RelayOp &op : ops) {
            auto &log = m_logs[op.workspace];
            log.append({qint64(log.size() + 1), op.body, op.chain});
            if (!op.chain.isNull())
                m_chainHeads.insert(op.workspace + u'/' + op.chainIncident, op.chain);
            m_index.insert(op.workspace + u'/' + op.replica + u'/' + QString::number(op.counter), log.size());
            qint64 &last = m_last[op.workspace + u'/' + op.replica];
            last = std::max(last, op.counter);
            seqs.append(log.size());
        }
        return {seqs, {}};
    }
    StoreResult<QList<SequencedOp>> readSince(const QString &workspace, qint64 after, int maxOps,
                                              qint64 maxBytes) override
    {
        QList<SequencedOp> out;
        const auto &log = m_logs[workspace];
        qint64 bytes = 0;
        for (qint64 i = after; i < log.size() && out.size() < maxOps; ++i) {
            if (!out.isEmpty() && bytes + log.at(i).body.size() > maxBytes)
                break;
            bytes += log.at(i).body.size();
            out.append(log.at(i));
        }
        return {out, {}};
    }
    StoreResult<qint64> head(const QString &workspace) override { return {m_logs[workspace].size(), {}}; }
    StoreResult<qint64> lastCounter(const QString &workspace, const QString &replica) override
    {
        return {m_last.value(workspace + u'/' + replica), {}};
    }
    StoreResult<SequencedOp> sequenceOf(const QString &workspace, const QString &replica,
                                        qint64 counter) override
    {
        const qint64 seq = m_index.value(workspace + u'/' + replica + u'/' + QString::number(counter));
        return {{seq, {}, seq > 0 ? m_logs[workspace].at(seq - 1).chain : ChainLink {}}, {}};
    }
    StoreResult<ChainLink> chainHead(const QString &workspace, const QString &incident) override
    {
        return {m_chainHeads.value(workspace + u'/' + incident), {}};
    }
    // What a relay with an edited database would serve: another text for the op at `seq`,
    // with the link it was stored with.
    void tamper(const QString &workspace, qint64 seq, const QByteArray &body)
    {
        m_logs[workspace][seq - 1].body = body;
    }
    StoreError saveAlertGroup(const QString &workspace, const RelayAlertGroup &group) override
    {
        QList<RelayAlertGroup> &groups = m_alertGroups[workspace];
        groups.removeIf([&](const RelayAlertGroup &g) {
            return g.source == group.source && g.groupKey == group.groupKey;
        });
        if (!group.firing.isEmpty())
            groups.append(group);
        return {};
    }
    StoreResult<QList<RelayAlertGroup>> alertGroups(const QString &workspace) override
    {
        return {m_alertGroups.value(workspace), {}};
    }

private:
    QHash<QString, QList<RelayAlertGroup>> m_alertGroups;
    QHash<QString, QList<SequencedOp>> m_logs;
    QHash<QString, qint64> m_index;
    QHash<QString, qint64> m_last;
    QHash<QString, ChainLink> m_chainHeads;
};

class SimLink;

class SimTransport final : public SyncTransport
{
public:
    explicit SimTransport(SimLink *link)
        : m_link(link)
    { }
    void open(const QUrl &, const QString &) override;
    void send(const QByteArray &frame) override;
    void close() override;
    void emitOpened() { emit opened(); }
    void emitClosed(const QString &reason, int closeCode = 0) { emit closed(reason, closeCode); }
    void emitReceived(const QByteArray &frame) { emit received(frame); }

private:
    SimLink *m_link;
};

class SimLink final : public RelayPeer
{
public:
    explicit SimLink(RelayHub &hub)
        : m_hub(hub)
    { }
    ~SimLink() override { down(QStringLiteral("gone")); }

    void sendBinary(const QByteArray &bytes) override
    {
        toClient.enqueue(bytes);
        pendingBytes += bytes.size();
    }
    qint64 bytesPending() const override { return pendingBytes; }
    void closeWith(int code, const QString &reason) override
    {
        lastCloseCode = code;
        down(reason);
    }
    QString describe() const override { return QStringLiteral("sim"); }

    void up()
    {
        if (isUp)
            return;
        isUp = true;
        m_hub.addPeer(this);
        transport->emitOpened();
    }
    // The connection breaks: whatever was in flight either way is lost.
    void down(const QString &reason)
    {
        if (!isUp)
            return;
        isUp = false;
        toClient.clear();
        toRelay.clear();
        pendingBytes = 0;
        m_hub.removePeer(this);
        if (transport)
            transport->emitClosed(reason);
    }
    void deliverToRelay()
    {
        const QByteArray frame = toRelay.dequeue();
        m_hub.receive(this, frame);
    }
    void deliverToClient()
    {
        const QByteArray frame = toClient.dequeue();
        pendingBytes -= frame.size();
        transport->emitReceived(frame);
    }

    SimTransport *transport = nullptr;
    QQueue<QByteArray> toRelay;
    QQueue<QByteArray> toClient;
    qint64 pendingBytes = 0;
    bool isUp = false;
    bool wantsUp = false; // the engine asked to connect
    int lastCloseCode = 0;

private:
    RelayHub &m_hub;
};

inline void SimTransport::open(const QUrl &, const QString &)
{
    m_link->wantsUp = true;
}
inline void SimTransport::send(const QByteArray &frame)
{
    if (m_link->isUp)
        m_link->toRelay.enqueue(frame);
}
inline void SimTransport::close()
{
    m_link->wantsUp = false;
    m_link->down(QStringLiteral("closed by client"));
}

} // namespace muster::testing
