// SPDX-License-Identifier: GPL-3.0-or-later
// What the hub tells a whole workspace besides its ops: who is connected and where they look
// (presence, gathered per turn of the event loop), and what Alertmanager says fires.
#include "relayhub.h"

#include <QLoggingCategory>
#include <algorithm>

Q_DECLARE_LOGGING_CATEGORY(lcRelay)

namespace muster {

using namespace protocol;

void RelayHub::onPresence(Session &session, const Presence &presence)
{
    session.presence = presence;
    presenceChanged(session.workspace, session.replica);
}

void RelayHub::presenceChanged(const QString &workspace, const QString &replica)
{
    m_presenceChanged[workspace].insert(replica);
    emit flushRequested();
}

namespace {

// Peers messages of at most maxBytes each, so that no snapshot or update exceeds the limit.
QList<QByteArray> encodePeers(QList<Peer> peers, qint64 maxBytes)
{
    std::sort(peers.begin(), peers.end(), [](const Peer &a, const Peer &b) { return a.replica < b.replica; });
    QList<QByteArray> messages;
    Peers chunk;
    qint64 bytes = 32;
    for (const Peer &peer : peers) {
        const qint64 size = encodedPeerBytes(peer);
        if (!chunk.peers.isEmpty() && bytes + size > maxBytes) {
            messages.append(encode(chunk));
            chunk.peers.clear();
            bytes = 32;
        }
        chunk.peers.append(peer);
        bytes += size;
    }
    if (!chunk.peers.isEmpty())
        messages.append(encode(chunk));
    return messages;
}

Peer peerOf(const QString &replica, const Presence &presence)
{
    return {replica, presence.person, presence.name, presence.viewing};
}

} // namespace

void RelayHub::sendPeerSnapshot(RelayPeer *peer, const QString &workspace)
{
    QList<Peer> everyone;
    for (const auto &[other, session] : m_sessions) {
        if (session.greeted && session.workspace == workspace)
            everyone.append(peerOf(session.replica, session.presence));
    }
    for (const QByteArray &message : encodePeers(everyone, m_options.maxMessageBytes))
        peer->sendBinary(message);
}

StoreResult<QList<AlertRecord>> RelayHub::firingAlerts(const QString &workspace)
{
    if (!m_alertGroups.contains(workspace)) {
        auto stored = m_storage.alertGroups(workspace);
        if (!stored.ok())
            return {{}, stored.error};
        m_alertGroups.insert(workspace, stored.value);
    }
    // An alert can reach several groups (routes with `continue`); the team sees it once.
    QMap<std::pair<QString, QString>, AlertRecord> unique;
    for (const RelayAlertGroup &group : m_alertGroups.value(workspace)) {
        for (const AlertRecord &alert : group.firing)
            unique.insert({alert.source, alert.fingerprint}, alert);
    }
    return {unique.values(), {}};
}

StoreError RelayHub::receiveAlerts(const QString &workspace, const QString &source, const QString &groupKey,
                                   const QList<AlertRecord> &firing)
{
    const auto before = firingAlerts(workspace);
    if (!before.ok())
        return before.error;
    const RelayAlertGroup group {source, groupKey, firing, m_clock.wallNow()};
    if (auto error = m_storage.saveAlertGroup(workspace, group)) {
        emit storageFailed(error.message);
        return error;
    }
    QList<RelayAlertGroup> &groups = m_alertGroups[workspace];
    groups.removeIf([&](const RelayAlertGroup &g) { return g.source == source && g.groupKey == groupKey; });
    if (!firing.isEmpty())
        groups.append(group);
    const QList<AlertRecord> after = firingAlerts(workspace).value;
    if (after == before.value)
        return {};
    // An empty list must reach the clients too: it says the last alert resolved.
    const QList<QByteArray> messages = encodeAlerts(after, m_options.maxMessageBytes);
    int told = 0;
    for (const auto &[peer, session] : m_sessions) {
        if (!session.greeted || session.workspace != workspace)
            continue;
        ++told;
        for (const QByteArray &message : messages)
            peer->sendBinary(message);
    }
    qCInfo(lcRelay) << "webhook" << workspace << source << groupKey << firing.size() << "firing; told" << told
                    << "clients";
    return {};
}

void RelayHub::flushPresence()
{
    // Only what changed goes out, once per turn of the event loop: a hundred clients that
    // reconnect together cost a hundred small updates each, not a hundred full lists.
    const auto changed = std::exchange(m_presenceChanged, {});
    for (auto it = changed.cbegin(); it != changed.cend(); ++it) {
        const QString &workspace = it.key();
        QHash<QString, Peer> present;
        QList<RelayPeer *> recipients;
        for (const auto &[peer, session] : m_sessions) {
            if (!session.greeted || session.workspace != workspace)
                continue;
            recipients.append(peer);
            if (it.value().contains(session.replica))
                present.insert(session.replica, peerOf(session.replica, session.presence));
        }
        Left left;
        for (const QString &replica : it.value()) {
            if (!present.contains(replica))
                left.replicas.append(replica);
        }
        std::sort(left.replicas.begin(), left.replicas.end());
        QList<QByteArray> messages = encodePeers(present.values(), m_options.maxMessageBytes);
        // A replica id takes 17 bytes: a thousand fit in any message limit the relay accepts.
        for (qsizetype i = 0; i < left.replicas.size(); i += 1000)
            messages.append(encode(Left {left.replicas.mid(i, 1000)}));
        for (RelayPeer *peer : std::as_const(recipients)) {
            for (const QByteArray &message : std::as_const(messages))
                peer->sendBinary(message);
        }
    }
}

} // namespace muster
