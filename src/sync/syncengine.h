// SPDX-License-Identifier: GPL-3.0-or-later
// The client side of sync, on the thread that owns the Store: pushes the outbox in batches,
// marks what the relay acknowledged, applies the relay's ops in sequence order (persist first,
// then notify), pulls on a gap, and reconnects with full-jitter exponential backoff for as long
// as it runs. Works the same for the desktop app (on the store thread) and musterctl.
#pragma once

#include "store/store.h"
#include "sync/protocol.h"
#include "sync/synctransport.h"

#include <QMap>
#include <QObject>
#include <QRandomGenerator>
#include <QSet>
#include <QTimer>
#include <QUrl>

namespace muster {

struct SyncOptions
{
    QUrl relay;
    QString accessToken; // sent as "Authorization: Bearer …" when not empty
    QString clientName = QStringLiteral("muster");
    int backoffBaseMs = 1000; // the first retry waits this long
    int backoffCapMs = 60'000; // no retry waits longer
    int retryPushMs = 5000; // after a push the relay refused for now (clock ahead, storage)
    // Catch-up pages are gathered up to this many ops per local transaction: one transaction
    // per 64 KiB page spends more on committing (WAL pages, full-text segments) than on the
    // ops. 10,000 halved the time of a 100,000-op catch-up (docs/performance.md).
    int applyBatchOps = 10'000;
    quint32 seed = 0; // 0: a random seed; tests fix it for repeatable delays
    HybridLogicalClock::WallClock wallClock; // empty: the system clock; tests pin it
};

class SyncEngine : public QObject
{
    Q_OBJECT

public:
    enum class State
    {
        Offline, // not connected; a retry is scheduled (see retryAt())
        Connecting, // dialling, or waiting for the relay's welcome
        CatchingUp, // connected, pulling what happened meanwhile
        Live, // connected and caught up: remote changes arrive as they happen
        Stopped,
    };
    Q_ENUM(State)

    // The engine takes the transport (it becomes the parent). The store must stay open.
    SyncEngine(Store &store, SyncTransport *transport, SyncOptions options, QObject *parent = nullptr);
    ~SyncEngine() override;

    void start();
    void stop();
    // Dials at once instead of waiting for the scheduled retry.
    void connectNow();
    // New local commits are waiting in the outbox.
    void pushPending();
    void setPresence(const protocol::Presence &presence);

    State state() const { return m_state; }
    // When the next connection attempt starts (ms since epoch), while Offline.
    qint64 retryAt() const { return m_retryAt; }
    QString lastError() const { return m_lastError; }
    qint64 cursor() const { return m_cursor; }
    // What fires according to the relay's Alertmanager webhooks, as last told; kept while the
    // connection is down (the UI says how old it is).
    const QList<protocol::AlertRecord> &relayAlerts() const { return m_relayAlerts; }
    // The workspace's integrations as the relay last told (kept while the connection is down),
    // and whether this connection may manage them.
    const QList<protocol::IntegrationInfo> &integrations() const { return m_integrations; }
    bool mayManageIntegrations() const { return m_manageIntegrations; }
    // Asks the relay to add, remove or retry an integration; returns the request's id (the one
    // given, or a new one for 0), answered by integrationAnswered(). 0 when not connected:
    // nothing was sent.
    qint64 manageIntegration(protocol::ManageIntegration request);
    // Live, nothing in flight and nothing left to push.
    bool isSynced() const { return m_synced; }

    // Full jitter: a uniformly random delay between the base and min(cap, base × 2^attempt).
    static int backoffDelayMs(int attempt, int baseMs, int capMs, QRandomGenerator &random);

Q_SIGNALS:
    void stateChanged(muster::SyncEngine::State state);
    // Ops newly applied from the relay, after they are committed locally.
    void remoteApplied(const QList<muster::Operation> &ops);
    // The relay holds every op of this replica up to the counter durably.
    void acknowledged(qint64 upToCounter);
    // Everyone connected to the workspace (this client included), sorted by replica; empty
    // while not connected.
    void peersChanged(const QList<muster::protocol::Peer> &peers);
    // Something the user should know: the relay refused a push, the clock is off, a store error.
    void problem(const QString &message);
    // The relay will not take this client as it is: its token is missing, wrong or revoked
    // (close 4401), not for this workspace (4403), read-only for a push, or the protocol version
    // is not spoken (4426). Reconnecting goes on with back-off, but a script should give up.
    void refused(const QString &message);
    // Became synced: pulled up to the relay's head and everything pushed and acknowledged.
    void synced();
    // The relay's list of alerts from Alertmanager webhooks changed (see relayAlerts()).
    void relayAlertsChanged(const QList<muster::protocol::AlertRecord> &alerts);
    // The log's hash chain here differs from the relay's (the first place per incident); the
    // store has recorded it. Someone changed the log on this machine, on the relay or between.
    void chainDiverged(const QList<muster::ChainDivergence> &divergences);
    // The relay's list of the workspace's integrations changed (see integrations()).
    void integrationsChanged(const QList<muster::protocol::IntegrationInfo> &integrations, bool manage);
    // A manageIntegration() request is done (refusal empty) or refused, in a sentence.
    void integrationAnswered(qint64 id, const QString &refusal);

private:
    void onOpened();
    void onClosed(const QString &reason, int closeCode);
    void onFrame(const QByteArray &frame);
    void onWelcome(const protocol::Welcome &welcome);
    void onAck(const protocol::Ack &ack);
    void onOps(const protocol::Ops &ops);
    void onError(const protocol::Error &error);
    void onAlerts(const protocol::Alerts &alerts);
    void onIntegrations(const protocol::Integrations &integrations);
    void pull();
    // Applies the ops received but not yet applied, with the cursor, in one transaction.
    bool applyUnapplied();
    // The last sequence number received in order: applied, or waiting to be.
    qint64 receivedUpTo() const { return m_unapplied.isEmpty() ? m_cursor : m_unappliedLast; }
    void setState(State state);
    void scheduleReconnect();
    void report(const QString &message);
    void updateSynced();
    void send(const protocol::Message &message);
    qint64 wallNow() const;

    Store &m_store;
    SyncTransport *m_transport;
    SyncOptions m_options;
    QRandomGenerator m_random;
    QTimer m_reconnect;
    QTimer m_retryPush;
    State m_state = State::Stopped;
    bool m_welcomed = false;
    protocol::Welcome m_limits;
    qint64 m_cursor = 0; // the last sequence number applied and stored
    QList<Operation> m_unapplied; // catch-up ops received after the cursor, in order
    QList<ChainLink> m_unappliedLinks; // the relay's chain link of each (null: not a log entry)
    qint64 m_unappliedLast = 0;
    QHash<qint64, ChainLink> m_ackedLinks; // by sequence number: links acks brought before the ops
    qint64 m_nextPush = 1;
    qint64 m_pushId = 0;
    qint64 m_inFlightId = 0; // 0: no push waiting for its ack
    qint64 m_inFlightLast = 0; // the last counter of that push
    bool m_pulling = false;
    bool m_outboxEmpty = false;
    bool m_synced = false;
    int m_attempt = 0;
    qint64 m_retryAt = 0;
    QString m_lastError;
    std::optional<protocol::Presence> m_presence;
    QMap<QString, protocol::Peer> m_peers; // replica → peer, while connected
    QList<protocol::AlertRecord> m_relayAlerts;
    QList<protocol::AlertRecord> m_alertParts; // a list arriving in several messages
    QList<protocol::IntegrationInfo> m_integrations;
    bool m_manageIntegrations = false;
    qint64 m_manageId = 0;
    QSet<qint64> m_manageAsked; // requests not yet answered
};

} // namespace muster

Q_DECLARE_METATYPE(muster::protocol::Peer)
Q_DECLARE_METATYPE(muster::protocol::AlertRecord)
Q_DECLARE_METATYPE(muster::protocol::IntegrationInfo)
