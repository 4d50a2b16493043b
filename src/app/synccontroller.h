// SPDX-License-Identifier: GPL-3.0-or-later
// The desktop's sync: runs a SyncEngine beside the Store on the store thread and tells the UI,
// in words a responder reads at a glance, whether changes are shared: local only, offline
// (retrying), connecting, catching up, synced, or how many are still pending.
#pragma once

#include "sync/syncengine.h"

#include <QObject>
#include <QTimer>
#include <QtQmlIntegration>

namespace muster {

class StoreClient;

class SyncController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Part of MusterApp")
    Q_PROPERTY(State state READ state NOTIFY stateChanged)
    Q_PROPERTY(QString relayUrl READ relayUrl NOTIFY relayUrlChanged)
    Q_PROPERTY(QString lastError READ lastError NOTIFY stateChanged)
    Q_PROPERTY(int retryInSeconds READ retryInSeconds NOTIFY retryInSecondsChanged)

public:
    enum class State
    {
        LocalOnly, // no relay configured
        Offline, // a relay is configured but unreachable; retrying
        Connecting,
        CatchingUp,
        Synced, // connected and caught up (pending changes may still be on their way)
        Refused, // the relay refused the access token or the workspace; retrying in case it changes
    };
    Q_ENUM(State)

    SyncController(StoreClient *store, QObject *parent = nullptr);
    ~SyncController() override;

    // Starts syncing with the relay (after the store is open); an empty URL means local only.
    // The token goes in the upgrade's Authorization header.
    void start(const QUrl &relay, const QString &clientName, const QString &accessToken = {});
    // wss:// trusts only these when not empty (--relay-ca); applies from the next start().
    void setTrustedCertificates(const QList<QSslCertificate> &certificates) { m_trusted = certificates; }
    Q_INVOKABLE void retryNow();
    // New local commits: push them.
    void pushPending();
    void setPresence(const protocol::Presence &presence);
    // Sends an integration request to the relay; its answer comes as integrationAnswered() with
    // the id returned (also a refusal when not connected).
    qint64 manageIntegration(protocol::ManageIntegration request);

    State state() const { return m_state; }
    QString relayUrl() const { return m_relay.toString(); }
    QString lastError() const { return m_lastError; }
    int retryInSeconds() const;
    QString replicaId() const { return m_replicaId; }

Q_SIGNALS:
    void stateChanged();
    void relayUrlChanged();
    void retryInSecondsChanged();
    void remoteApplied(const QList<muster::Operation> &ops);
    void acknowledged(qint64 upToCounter);
    void peersChanged(const QList<muster::protocol::Peer> &peers);
    void relayAlertsChanged(const QList<muster::protocol::AlertRecord> &alerts);
    void integrationsChanged(const QList<muster::protocol::IntegrationInfo> &integrations, bool manage);
    void integrationAnswered(qint64 id, const QString &refusal);

private:
    void stopEngine();
    void onEngineState(SyncEngine::State state, qint64 retryAt, const QString &error);

    StoreClient *m_store;
    SyncEngine *m_engine = nullptr; // lives on the store thread
    quint64 m_starts = 0; // an engine made for an earlier start() is thrown away
    QUrl m_relay;
    QList<QSslCertificate> m_trusted;
    QString m_replicaId;
    State m_state = State::LocalOnly;
    bool m_refused = false; // since the last refusal, no welcome
    QString m_lastError;
    qint64 m_retryAt = 0;
    QTimer m_countdown;
    std::optional<protocol::Presence> m_presence;
    qint64 m_integrationRequests = 0;
};

} // namespace muster
