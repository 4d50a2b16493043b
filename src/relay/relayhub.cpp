// SPDX-License-Identifier: GPL-3.0-or-later
#include "relayhub.h"

#include "core/fields.h"
#include "core/ids.h"
#include "integrationdesk.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <algorithm>

Q_LOGGING_CATEGORY(lcRelay, "muster.relay")

namespace muster {

using namespace protocol;

namespace {

QString counterKey(const QString &workspace, const QString &replica)
{
    return workspace + u'/' + replica;
}

} // namespace

RelayHub::RelayHub(RelayStorage &storage, RelayOptions options, HybridLogicalClock::WallClock wallClock,
                   QObject *parent)
    : QObject(parent)
    , m_storage(storage)
    , m_options(options)
    , m_clock(std::move(wallClock))
{
    m_uptime.start();
}

RelayHub::~RelayHub() = default;

bool RelayHub::greeted(RelayPeer *peer) const
{
    const auto it = m_sessions.find(peer);
    return it != m_sessions.end() && it->second.greeted;
}

const Grant *RelayHub::grantOf(RelayPeer *peer) const
{
    const auto it = m_sessions.find(peer);
    return it == m_sessions.end() ? nullptr : &it->second.grant;
}

void RelayHub::addPeer(RelayPeer *peer, const Grant &grant)
{
    if (!grant.anonymous()) {
        const auto held = std::count_if(m_sessions.begin(), m_sessions.end(), [&](const auto &entry) {
            return entry.second.grant.tokenId == grant.tokenId;
        });
        if (held >= m_options.maxConnectionsPerToken) {
            qCInfo(lcRelay) << peer->describe() << "token" << grant.tokenId << "already holds" << held
                            << "connections; refused";
            peer->closeWith(close::TooMany, tr("this token already holds %1 connections").arg(held));
            return;
        }
    }
    Session session;
    session.serial = ++m_sessionSerial;
    session.grant = grant;
    session.allowance = m_options.messageBurst;
    session.refilledAtMs = m_uptime.elapsed();
    m_sessions.emplace(peer, session);
}

bool RelayHub::stillConnected(const QueuedPush &push) const
{
    // A peer that left may have been replaced by a new one at the same address.
    const auto it = m_sessions.find(push.peer);
    return it != m_sessions.end() && it->second.serial == push.session;
}

void RelayHub::removePeer(RelayPeer *peer)
{
    const auto it = m_sessions.find(peer);
    if (it == m_sessions.end())
        return;
    const Session gone = it->second;
    m_sessions.erase(it);
    if (gone.greeted)
        presenceChanged(gone.workspace, gone.replica);
}

void RelayHub::receive(RelayPeer *peer, const QByteArray &frame)
{
    const auto it = m_sessions.find(peer);
    if (it == m_sessions.end())
        return;
    Session &session = it->second;
    const qint64 now = m_uptime.elapsed();
    session.allowance = std::min<double>(
        m_options.messageBurst,
        session.allowance + double(now - session.refilledAtMs) * m_options.maxMessagesPerSecond / 1000.0);
    session.refilledAtMs = now;
    if (session.allowance < 1) {
        qCInfo(lcRelay) << peer->describe() << "sent more than" << m_options.maxMessagesPerSecond
                        << "messages a second; closed";
        peer->closeWith(close::TooMany,
                        tr("more than %1 messages a second").arg(m_options.maxMessagesPerSecond));
        removePeer(peer); // nothing more from it is read; its queued pushes still commit
        return;
    }
    session.allowance -= 1;
    const Decoded decoded = decode(frame);
    if (!session.greeted) {
        // Nothing but a well-formed hello opens a session.
        if (!decoded.ok() || !std::holds_alternative<Hello>(decoded.message)) {
            const QString reason = decoded.ok() ? tr("the first message must be hello") : decoded.error;
            qCInfo(lcRelay) << peer->describe() << "refused:" << reason;
            peer->closeWith(close::ProtocolError, reason);
            return;
        }
        onHello(peer, session, std::get<Hello>(decoded.message));
        return;
    }
    if (!decoded.ok()) {
        sendError(peer, decoded.errorCode, decoded.error);
        return;
    }
    const Message &message = decoded.message;
    if (const auto *push = std::get_if<Push>(&message))
        onPush(peer, session, *push);
    else if (const auto *pull = std::get_if<Pull>(&message))
        onPull(peer, session, *pull);
    else if (const auto *presence = std::get_if<Presence>(&message))
        onPresence(session, *presence);
    else if (const auto *manage = std::get_if<ManageIntegration>(&message))
        onManageIntegration(peer, session, *manage);
    else if (std::holds_alternative<Hello>(message))
        sendError(peer, errc::AlreadyHello, tr("this connection has already said hello"));
    else
        sendError(peer, errc::UnknownType, tr("'%1' is sent by the relay, not to it").arg(typeName(message)));
}

void RelayHub::onHello(RelayPeer *peer, Session &session, const Hello &hello)
{
    if (hello.version != kVersion) {
        peer->closeWith(close::UnsupportedVersion,
                        tr("protocol version %1 is not supported; this relay speaks %2")
                            .arg(hello.version)
                            .arg(kVersion));
        return;
    }
    if (!isValidReplicaId(hello.replica)) {
        peer->closeWith(close::ProtocolError, tr("'%1' is not a replica id").arg(hello.replica.left(40)));
        return;
    }
    if (hello.replica == relayReplicaId()) {
        peer->closeWith(close::Forbidden, tr("replica %1 is the relay's own").arg(hello.replica));
        return;
    }
    if (!isValidWorkspaceName(hello.workspace)) {
        peer->closeWith(close::Forbidden,
                        tr("'%1' is not a valid workspace name").arg(hello.workspace.left(40)));
        return;
    }
    if (!session.grant.allowsWorkspace(hello.workspace)) {
        qCInfo(lcRelay) << peer->describe() << "token" << session.grant.tokenId << "of"
                        << session.grant.workspace << "asked for another workspace";
        peer->closeWith(close::Forbidden, tr("this token is not for that workspace"));
        return;
    }
    const auto head = m_storage.head(hello.workspace);
    const auto last = m_storage.lastCounter(hello.workspace, hello.replica);
    if (!head.ok() || !last.ok()) {
        const QString message = head.ok() ? last.error.message : head.error.message;
        emit storageFailed(message);
        peer->closeWith(close::InternalError, tr("the relay cannot read its storage"));
        return;
    }
    session.greeted = true;
    session.workspace = hello.workspace;
    session.replica = hello.replica;
    session.live = false; // until its first pull reaches the head
    qCInfo(lcRelay) << peer->describe() << "hello" << hello.workspace << hello.replica << hello.client
                    << "since" << hello.since;

    Welcome welcome;
    welcome.head = head.value;
    welcome.nextCounter = last.value + 1;
    welcome.hlc = m_clock.now().packed();
    welcome.maxMessageBytes = m_options.maxMessageBytes;
    welcome.maxBatchOps = m_options.maxBatchOps;
    welcome.maxClockAheadMs = m_options.maxClockAheadMs;
    const auto alerts = firingAlerts(session.workspace);
    if (!alerts.ok())
        emit storageFailed(alerts.error.message); // the ops still sync; alerts come with the next webhook
    welcome.alertsFollow = !alerts.value.isEmpty();
    peer->sendBinary(encode(welcome));
    sendPeerSnapshot(peer, session.workspace);
    if (welcome.alertsFollow) {
        for (const QByteArray &message : encodeAlerts(alerts.value, m_options.maxMessageBytes))
            peer->sendBinary(message);
    }
    if (m_integrationDesk) {
        const auto integrations = m_integrationDesk->integrationInfo(session.workspace);
        if (integrations.ok())
            sendIntegrations(peer, session, integrations.value, 0);
        else
            emit storageFailed(integrations.error.message); // told with the next change
    }
    presenceChanged(session.workspace, session.replica);
}

void RelayHub::onPush(RelayPeer *peer, Session &session, const Push &push)
{
    if (!session.grant.mayPush()) {
        sendError(peer, errc::ReadOnly,
                  tr("this connection's token may read the workspace but not change it"), push.id);
        return;
    }
    if (push.ops.size() > m_options.maxBatchOps) {
        sendError(
            peer, errc::BatchTooLarge,
            tr("a push carries at most %1 ops, this one %2").arg(m_options.maxBatchOps).arg(push.ops.size()),
            push.id);
        return;
    }
    QueuedPush queued {peer, session.serial, push.id, session.workspace, session.replica, {}, {}};
    const qint64 limit = m_clock.wallNow() + m_options.maxClockAheadMs;
    for (qsizetype i = 0; i < push.ops.size(); ++i) {
        const Operation &op = push.ops.at(i);
        if (op.workspace != session.workspace) {
            sendError(peer, errc::WrongWorkspace,
                      tr("op %1 belongs to workspace '%2', this connection to '%3'")
                          .arg(i)
                          .arg(op.workspace.left(64), session.workspace),
                      push.id);
            return;
        }
        if (op.id.replica != session.replica) {
            sendError(peer, errc::WrongReplica,
                      tr("op %1 is from replica %2; this connection pushes only %3's ops")
                          .arg(i)
                          .arg(op.id.replica, session.replica),
                      push.id);
            return;
        }
        if (i > 0 && op.id.counter != push.ops.at(i - 1).id.counter + 1) {
            sendError(peer, errc::Malformed, tr("the ops of a push must have consecutive counters"), push.id);
            return;
        }
        if (const QString problem = validateOperation(op); !problem.isEmpty()) {
            sendError(peer, errc::BadOp, tr("op %1 (%2): %3").arg(i).arg(op.id.toString(), problem), push.id);
            return;
        }
        if (op.hlc.wallMs > limit) {
            sendError(peer, errc::ClockAhead,
                      tr("op %1 is stamped %2 s ahead of the relay's clock; at most %3 s are allowed. "
                         "Check the clock of this computer.")
                          .arg(op.id.toString())
                          .arg((op.hlc.wallMs - m_clock.wallNow()) / 1000)
                          .arg(m_options.maxClockAheadMs / 1000),
                      push.id);
            return;
        }
        queued.counters.append(op.id.counter);
        queued.bodies.append(encodeOp(op));
        queued.entries.append(ChainedEntry::fromOperation(op));
    }
    const bool wasEmpty = m_queue.isEmpty();
    m_queue.append(std::move(queued));
    if (wasEmpty)
        emit flushRequested();
}

void RelayHub::flush()
{
    flushPresence();
    if (m_queue.isEmpty())
        return;
    const QList<QueuedPush> queue = std::exchange(m_queue, {});

    // Decide, push by push and in arrival order, which ops are new, which are duplicates and
    // which pushes skip ahead of their replica's counter.
    struct Plan
    {
        QList<qint64> appendIndex; // per op: index into `appends`, or -1 for a duplicate
        qint64 gapExpected = 0; // non-zero: refused, resume from this counter
    };
    QList<Plan> plans(queue.size());
    QList<RelayOp> appends;
    QList<const ChainedEntry *> entries; // per append: its log entry, or null
    // Each replica's last counter as this plan leaves it; the storage has it as committed.
    QHash<QString, qint64> planned;
    for (qsizetype p = 0; p < queue.size(); ++p) {
        const QueuedPush &push = queue.at(p);
        if (push.counters.isEmpty())
            continue;
        const QString key = counterKey(push.workspace, push.replica);
        const auto known = planned.contains(key) ? StoreResult<qint64> {planned.value(key), {}}
                                                 : m_storage.lastCounter(push.workspace, push.replica);
        if (!known.ok()) {
            plans[p].gapExpected = -1;
            continue;
        }
        if (push.counters.first() > known.value + 1) {
            plans[p].gapExpected = known.value + 1;
            continue;
        }
        for (qsizetype i = 0; i < push.counters.size(); ++i) {
            if (push.counters.at(i) <= known.value) {
                plans[p].appendIndex.append(-1);
                continue;
            }
            plans[p].appendIndex.append(appends.size());
            appends.append({push.workspace, push.replica, push.counters.at(i), push.bodies.at(i), {}, {}});
            entries.append(push.entries.at(i) ? &*push.entries.at(i) : nullptr);
        }
        planned.insert(key, std::max(push.counters.last(), known.value));
    }

    StoreResult<QList<qint64>> committed;
    committed.error = chainEntries(appends, entries);
    if (committed.ok())
        committed = m_storage.append(appends);
    if (!committed.ok()) {
        qCCritical(lcRelay) << "commit failed:" << committed.error.message;
        emit storageFailed(committed.error.message);
        for (const QueuedPush &push : queue) {
            if (stillConnected(push))
                sendError(push.peer, errc::Storage, tr("the relay could not store the ops; try again"),
                          push.id);
        }
        return;
    }

    // Acknowledge: only now are the ops durable.
    for (qsizetype p = 0; p < queue.size(); ++p) {
        const QueuedPush &push = queue.at(p);
        if (!stillConnected(push))
            continue;
        if (plans.at(p).gapExpected == -1) {
            sendError(push.peer, errc::Storage, tr("the relay could not read its storage; try again"),
                      push.id);
            continue;
        }
        if (plans.at(p).gapExpected > 0) {
            sendError(push.peer, errc::CounterGap,
                      tr("the relay has this replica's ops up to %1; push from %2")
                          .arg(plans.at(p).gapExpected - 1)
                          .arg(plans.at(p).gapExpected),
                      push.id, plans.at(p).gapExpected);
            continue;
        }
        Ack ack {push.id, {}, {}};
        bool readable = true;
        for (qsizetype i = 0; i < push.counters.size() && readable; ++i) {
            const qint64 index = plans.at(p).appendIndex.at(i);
            ChainLink link;
            if (index >= 0) {
                ack.seqs.append(committed.value.at(index));
                link = appends.at(index).chain;
            } else {
                const auto stored = m_storage.sequenceOf(push.workspace, push.replica, push.counters.at(i));
                readable = stored.ok() && stored.value.seq > 0;
                ack.seqs.append(stored.value.seq);
                link = stored.value.chain;
            }
            if (!link.isNull())
                ack.chain.append({i, link});
        }
        if (readable)
            push.peer->sendBinary(encode(ack));
        else
            sendError(push.peer, errc::Storage, tr("the relay could not read its storage; try again"),
                      push.id);
    }

    // Fan out per workspace; each workspace's new sequence numbers are consecutive.
    struct Fresh
    {
        qint64 from = 0;
        QList<QByteArray> bodies;
        QList<ChainLink> chain;
    };
    QHash<QString, Fresh> byWorkspace;
    QStringList order;
    for (qsizetype i = 0; i < appends.size(); ++i) {
        Fresh &fresh = byWorkspace[appends.at(i).workspace];
        if (fresh.bodies.isEmpty()) {
            fresh.from = committed.value.at(i);
            order.append(appends.at(i).workspace);
        }
        fresh.bodies.append(appends.at(i).body);
        fresh.chain.append(appends.at(i).chain);
    }
    for (const QString &workspace : order) {
        const Fresh &fresh = byWorkspace[workspace];
        fanOut(workspace, fresh.from, fresh.bodies, fresh.chain);
    }
    for (const QString &workspace : std::as_const(order))
        Q_EMIT stored(workspace);
}

StoreError RelayHub::chainEntries(QList<RelayOp> &appends, const QList<const ChainedEntry *> &entries)
{
    QHash<std::pair<QString, QString>, ChainLink> heads; // (workspace, incident) → newest link
    for (qsizetype i = 0; i < appends.size(); ++i) {
        if (!entries.at(i))
            continue;
        RelayOp &op = appends[i];
        const std::pair key {op.workspace, entries.at(i)->incidentId};
        auto head = heads.find(key);
        if (head == heads.end()) {
            const auto stored = m_storage.chainHead(op.workspace, key.second);
            if (!stored.ok())
                return stored.error;
            head = heads.insert(key, stored.value);
        }
        *head = logchain::next(*head, *entries.at(i));
        op.chainIncident = key.second;
        op.chain = *head;
    }
    return {};
}

namespace {
// The links of a run of ops as the ops message carries them: by index, nulls left out.
QList<IndexedLink> indexedLinks(const QList<ChainLink> &chain, qsizetype start, qsizetype end)
{
    QList<IndexedLink> out;
    for (qsizetype i = start; i < end; ++i) {
        if (!chain.at(i).isNull())
            out.append({i - start, chain.at(i)});
    }
    return out;
}
} // namespace

void RelayHub::fanOut(const QString &workspace, qint64 from, const QList<QByteArray> &bodies,
                      const QList<ChainLink> &chain)
{
    const qint64 head = from + bodies.size() - 1;
    auto sizeOf
        = [&](qsizetype i) { return bodies.at(i).size() + (chain.at(i).isNull() ? 0 : kChainLinkBytes); };
    // Each message is encoded once; every subscriber gets the same bytes.
    QList<QByteArray> messages;
    const qint64 budget = m_options.maxMessageBytes - kOpsEnvelopeBytes;
    qsizetype start = 0;
    while (start < bodies.size()) {
        qint64 bytes = sizeOf(start);
        qsizetype end = start + 1;
        while (end < bodies.size() && bytes + sizeOf(end) <= budget)
            bytes += sizeOf(end++);
        messages.append(encodeOps(from + start, head, false, bodies.mid(start, end - start),
                                  indexedLinks(chain, start, end)));
        start = end;
    }
    for (auto &[peer, session] : m_sessions) {
        if (!session.live || session.workspace != workspace)
            continue;
        if (peer->bytesPending() > m_options.slowReaderBytes) {
            session.live = false;
            qCInfo(lcRelay) << peer->describe() << "reads too slowly; switched to paged catch-up";
            peer->sendBinary(encode(Behind {head}));
            continue;
        }
        for (const QByteArray &message : messages)
            peer->sendBinary(message);
    }
}

void RelayHub::onPull(RelayPeer *peer, Session &session, const Pull &pull)
{
    const auto head = m_storage.head(session.workspace);
    const auto page = m_storage.readSince(session.workspace, pull.since, m_options.pageOps,
                                          m_options.maxMessageBytes - kOpsEnvelopeBytes);
    if (!head.ok() || !page.ok()) {
        sendError(peer, errc::Storage, tr("the relay could not read its storage; try again"));
        return;
    }
    QList<QByteArray> bodies;
    QList<ChainLink> chain;
    bodies.reserve(page.value.size());
    chain.reserve(page.value.size());
    for (const SequencedOp &op : page.value) {
        bodies.append(op.body);
        chain.append(op.chain);
    }
    const qint64 last = page.value.isEmpty() ? pull.since : page.value.constLast().seq;
    const bool more = last < head.value;
    const qint64 from = page.value.isEmpty() ? pull.since + 1 : page.value.constFirst().seq;
    peer->sendBinary(encodeOps(from, head.value, more, bodies, indexedLinks(chain, 0, chain.size())));
    // Caught up: from here on the session gets every commit as it happens.
    session.live = !more;
}

void RelayHub::sendError(RelayPeer *peer, const QString &code, const QString &message, qint64 id,
                         qint64 expected)
{
    qCInfo(lcRelay) << peer->describe() << code << message;
    peer->sendBinary(encode(Error {code, message, id, expected}));
}

} // namespace muster
