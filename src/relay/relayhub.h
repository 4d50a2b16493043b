// SPDX-License-Identifier: GPL-3.0-or-later
// The relay's protocol logic, without sockets: sessions, the hello handshake, validation,
// group commit, acknowledgements, fan-out, catch-up paging and presence. RelayServer feeds it
// WebSocket frames; the tests feed it directly. See docs/protocol.md.
#pragma once

#include "accesstoken.h"
#include "core/hlc.h"
#include "core/operation.h"
#include "relaystorage.h"
#include "sync/protocol.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QSet>
#include <unordered_map>

namespace muster {

class IntegrationDesk;

struct RelayOptions
{
    qint64 maxMessageBytes = protocol::kDefaultMaxMessageBytes;
    int maxBatchOps = protocol::kDefaultMaxBatchOps;
    qint64 maxClockAheadMs = protocol::kDefaultMaxClockAheadMs;
    int pageOps = 2000; // at most this many ops per catch-up page (and at most one message)
    // A live peer with more than this many bytes not yet written to its socket reads too
    // slowly: it is switched to paged catch-up instead of buffering without bound.
    qint64 slowReaderBytes = 1024 * 1024;
    // Messages a connection may send: a steady rate, and a burst on top (a token bucket). A
    // client over it is closed with 4429: a flood from one connection must not starve the rest.
    // A client's own traffic is one push or one pull in flight at a time, so even a catch-up of a
    // million ops (500 pages) or a push of 100,000 (200 batches) stays inside the burst.
    int maxMessagesPerSecond = 500;
    int messageBurst = 1000;
    // Open connections one token may hold (a person's desktop, musterctl runs, a wall display).
    int maxConnectionsPerToken = 20;
};

// One connected client as the hub sees it. The hub loops over its peers while it sends, so a
// transport must never call removePeer() from inside sendBinary() or closeWith(): a connection
// that dies during a send is reported on a later turn of the event loop.
class RelayPeer
{
public:
    virtual ~RelayPeer() = default;
    virtual void sendBinary(const QByteArray &bytes) = 0;
    virtual qint64 bytesPending() const = 0;
    virtual void closeWith(int code, const QString &reason) = 0;
    virtual QString describe() const = 0; // for the log: address and port
};

class RelayHub : public QObject
{
    Q_OBJECT

public:
    RelayHub(RelayStorage &storage, RelayOptions options, HybridLogicalClock::WallClock wallClock = {},
             QObject *parent = nullptr);
    ~RelayHub() override;

    const RelayOptions &options() const { return m_options; }

    // The grant says which workspace the peer may say hello to and whether it may push; the
    // server decides it from the peer's token before the first frame (the default grant is an
    // anonymous member of every workspace).
    void addPeer(RelayPeer *peer, const Grant &grant = {});
    // Whether the peer has said hello (the server closes connections that never do).
    bool greeted(RelayPeer *peer) const;
    // What the peer was let in with; null for a peer the hub does not hold (refused or gone).
    const Grant *grantOf(RelayPeer *peer) const;
    // Forgets the peer (its queued pushes still commit: the client will see them as duplicates).
    void removePeer(RelayPeer *peer);
    void receive(RelayPeer *peer, const QByteArray &frame);

    // Sends the presence changes gathered since the last call; then commits every queued push
    // in one transaction, acknowledges and fans out. The server calls it once the event loop
    // has handed over what arrived together: group commit.
    void flush();
    bool hasQueued() const { return !m_queue.isEmpty() || !m_presenceChanged.isEmpty(); }
    bool hasQueuedPushes() const { return !m_queue.isEmpty(); }

    // From an Alertmanager webhook (WebhookEndpoint): what one notification group of `source`
    // fires now in a workspace, which replaces what that group fired before. Stored first; then,
    // when the workspace's alerts changed, every client in it gets them all. On an error nothing
    // changed, and Alertmanager sends again.
    StoreError receiveAlerts(const QString &workspace, const QString &source, const QString &groupKey,
                             const QList<protocol::AlertRecord> &firing);
    // What fires in a workspace according to webhooks: one record per source and fingerprint,
    // sorted by both.
    StoreResult<QList<protocol::AlertRecord>> firingAlerts(const QString &workspace);
    int peerCount() const { return int(m_sessions.size()); }

    // relayhubintegrations.cpp. Without a desk, clients are told of no integrations and may
    // manage none.
    void setIntegrationDesk(IntegrationDesk *desk);
    // The workspace's integrations changed: every client in it gets the list; `asker`, whose
    // request it answers, gets it with `answers` set.
    void integrationsChanged(const QString &workspace, qint64 answers = 0, RelayPeer *asker = nullptr);
    // The relay's own changes to a workspace (an action item's Jira issue): set ops, authored by
    // relayReplicaId() and stamped by the relay's clock, stored, fanned out and announced like a
    // push. On an error nothing was stored.
    // `notBefore`: the clock of the writes they replace; they are stamped after it even if the
    // relay's wall clock went back, so they win.
    StoreError publish(const QString &workspace, const QList<Change> &changes, HlcTimestamp notBefore = {});
    // The replica id the relay writes its own ops under, the same in every workspace.
    static QString relayReplicaId();

Q_SIGNALS:
    // A push or a presence change is queued; call flush() soon (the server does so from a
    // zero-delay timer).
    void flushRequested();
    void storageFailed(const QString &message);
    // New ops of a workspace are stored, acknowledged and fanned out (integrations read them).
    void stored(const QString &workspace);

private:
    struct Session
    {
        quint64 serial = 0; // tells a new peer from a gone one at the same address
        bool greeted = false;
        bool live = false; // receives fan-out; false while catching up page by page
        QString workspace;
        QString replica;
        protocol::Presence presence;
        Grant grant;
        double allowance = 0; // messages it may still send now (token bucket)
        qint64 refilledAtMs = 0;
    };

    struct QueuedPush
    {
        RelayPeer *peer = nullptr;
        quint64 session = 0; // Session::serial
        qint64 id = 0;
        QString workspace;
        QString replica;
        QList<qint64> counters;
        QList<QByteArray> bodies;
        QList<std::optional<ChainedEntry>> entries; // per op: its log entry, if it is one
    };

    bool stillConnected(const QueuedPush &push) const;
    void onHello(RelayPeer *peer, Session &session, const protocol::Hello &hello);
    void onPush(RelayPeer *peer, Session &session, const protocol::Push &push);
    void onPull(RelayPeer *peer, Session &session, const protocol::Pull &pull);
    void onPresence(Session &session, const protocol::Presence &presence);
    void onManageIntegration(RelayPeer *peer, Session &session, const protocol::ManageIntegration &request);
    void sendIntegrations(RelayPeer *peer, const Session &session,
                          const QList<protocol::IntegrationInfo> &list, qint64 answers);
    void sendError(RelayPeer *peer, const QString &code, const QString &message, qint64 id = 0,
                   qint64 expected = 0);
    void presenceChanged(const QString &workspace, const QString &replica);
    void sendPeerSnapshot(RelayPeer *peer, const QString &workspace);
    void flushPresence();
    void fanOut(const QString &workspace, qint64 from, const QList<QByteArray> &bodies,
                const QList<ChainLink> &chain);
    // Links the new log entries among `appends` into their incidents' chains, in order.
    StoreError chainEntries(QList<RelayOp> &appends, const QList<const ChainedEntry *> &entries);

    RelayStorage &m_storage;
    RelayOptions m_options;
    HybridLogicalClock m_clock;
    QElapsedTimer m_uptime; // monotonic: the message allowance must not follow wall-clock jumps
    quint64 m_sessionSerial = 0;
    std::unordered_map<RelayPeer *, Session> m_sessions;
    QList<QueuedPush> m_queue;
    QHash<QString, QSet<QString>> m_presenceChanged; // workspace → replicas to tell everyone about
    QHash<QString, QList<RelayAlertGroup>> m_alertGroups; // workspace → its groups, once read
    IntegrationDesk *m_integrationDesk = nullptr;
};

} // namespace muster
