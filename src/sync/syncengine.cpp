// SPDX-License-Identifier: GPL-3.0-or-later
#include "syncengine.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcSync, "muster.sync")

namespace muster {

using namespace protocol;

namespace {

// Room left in a push for its envelope (type, id, array head).
constexpr qint64 kPushEnvelopeBytes = 64;
// A relay clock this far from ours is worth a warning: our ops may be refused or misordered.
constexpr qint64 kClockWarningMs = 30'000;
} // namespace

SyncEngine::SyncEngine(Store &store, SyncTransport *transport, SyncOptions options, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_transport(transport)
    , m_options(std::move(options))
    , m_random(m_options.seed ? m_options.seed : QRandomGenerator::global()->generate())
{
    qRegisterMetaType<QList<muster::protocol::Peer>>();
    qRegisterMetaType<QList<muster::Operation>>();
    qRegisterMetaType<QList<muster::protocol::AlertRecord>>();
    m_transport->setParent(this);
    connect(m_transport, &SyncTransport::opened, this, &SyncEngine::onOpened);
    connect(m_transport, &SyncTransport::closed, this, &SyncEngine::onClosed);
    connect(m_transport, &SyncTransport::received, this, &SyncEngine::onFrame);
    m_reconnect.setSingleShot(true);
    connect(&m_reconnect, &QTimer::timeout, this, &SyncEngine::connectNow);
    m_retryPush.setSingleShot(true);
    m_retryPush.setInterval(m_options.retryPushMs);
    connect(&m_retryPush, &QTimer::timeout, this, &SyncEngine::pushPending);
}

SyncEngine::~SyncEngine()
{
    m_transport->disconnect(this);
}

int SyncEngine::backoffDelayMs(int attempt, int baseMs, int capMs, QRandomGenerator &random)
{
    const qint64 ceiling = std::min<qint64>(capMs, qint64(baseMs) << std::min(attempt, 30));
    if (ceiling <= baseMs)
        return baseMs;
    return int(baseMs + qint64(random.bounded(quint32(ceiling - baseMs + 1))));
}

void SyncEngine::start()
{
    if (m_state != State::Stopped)
        return;
    m_attempt = 0;
    connectNow();
}

void SyncEngine::stop()
{
    m_reconnect.stop();
    m_retryPush.stop();
    setState(State::Stopped);
    m_welcomed = false;
    m_transport->close();
}

void SyncEngine::connectNow()
{
    m_reconnect.stop();
    if (m_state == State::Connecting || m_state == State::CatchingUp || m_state == State::Live)
        return;
    const auto cursor = m_store.relayCursor(m_options.relay.toString());
    if (!cursor.ok()) {
        report(cursor.error.message);
        scheduleReconnect();
        return;
    }
    m_cursor = cursor.value;
    setState(State::Connecting);
    m_transport->open(m_options.relay, m_options.accessToken);
}

void SyncEngine::onOpened()
{
    Hello hello;
    hello.replica = m_store.replicaId();
    hello.workspace = m_store.workspace();
    hello.since = m_cursor;
    hello.client = m_options.clientName;
    send(hello);
}

void SyncEngine::onClosed(const QString &reason, int closeCode)
{
    m_welcomed = false;
    m_inFlightId = 0;
    m_pulling = false;
    m_unapplied.clear(); // not applied, so the cursor still points before them: pulled again
    m_unappliedLinks.clear();
    m_ackedLinks.clear();
    m_synced = false;
    m_retryPush.stop();
    if (!m_peers.isEmpty()) {
        m_peers.clear();
        emit peersChanged({});
    }
    // Requests the closed connection never answered: their outcome is unknown, so say so.
    for (const qint64 id : std::exchange(m_manageAsked, {}))
        emit integrationAnswered(id,
                                 tr("The connection to the relay closed before it answered; look at the "
                                    "list again once reconnected."));
    if (m_state == State::Stopped)
        return;
    qCInfo(lcSync) << "connection to" << m_options.relay.toString() << "closed:" << reason;
    m_lastError = reason;
    if (closeCode == close::Unauthorized || closeCode == close::Forbidden
        || closeCode == close::UnsupportedVersion) {
        m_lastError = closeCode == close::Unauthorized
            ? tr("The relay refused the access token: %1").arg(reason)
            : closeCode == close::Forbidden ? tr("The relay refused the workspace: %1").arg(reason)
                                            : reason;
        emit refused(m_lastError);
        if (m_state == State::Stopped)
            return; // a listener stopped the engine
    }
    // A welcome resets the count, so a dropped live connection retries within 1-2 s, spread
    // out so that a restarted relay is not met by every client in the same millisecond.
    ++m_attempt;
    scheduleReconnect();
}

void SyncEngine::scheduleReconnect()
{
    const int delay = backoffDelayMs(m_attempt, m_options.backoffBaseMs, m_options.backoffCapMs, m_random);
    m_retryAt = wallNow() + delay;
    setState(State::Offline);
    m_reconnect.start(delay);
}

qint64 SyncEngine::wallNow() const
{
    return m_options.wallClock ? m_options.wallClock() : QDateTime::currentMSecsSinceEpoch();
}

void SyncEngine::send(const Message &message)
{
    m_transport->send(encode(message));
}

void SyncEngine::onFrame(const QByteArray &frame)
{
    const Decoded decoded = decode(frame);
    if (decoded.errorCode == errc::UnknownType)
        return; // a newer relay's message: ignoring it is the versioning rule
    if (!decoded.ok()) {
        report(tr("The relay sent a message Muster cannot read: %1").arg(decoded.error));
        m_transport->close();
        return;
    }
    const Message &message = decoded.message;
    if (const auto *welcome = std::get_if<Welcome>(&message))
        onWelcome(*welcome);
    else if (!m_welcomed)
        return;
    else if (const auto *ack = std::get_if<Ack>(&message))
        onAck(*ack);
    else if (const auto *ops = std::get_if<Ops>(&message))
        onOps(*ops);
    else if (std::holds_alternative<Behind>(message)) {
        setState(State::CatchingUp);
        m_synced = false;
        pull();
    } else if (const auto *peers = std::get_if<Peers>(&message)) {
        for (const Peer &peer : peers->peers)
            m_peers.insert(peer.replica, peer);
        emit peersChanged(m_peers.values());
    } else if (const auto *left = std::get_if<Left>(&message)) {
        for (const QString &replica : left->replicas)
            m_peers.remove(replica);
        emit peersChanged(m_peers.values());
    } else if (const auto *alerts = std::get_if<Alerts>(&message)) {
        onAlerts(*alerts);
    } else if (const auto *integrations = std::get_if<Integrations>(&message)) {
        onIntegrations(*integrations);
    } else if (const auto *error = std::get_if<Error>(&message))
        onError(*error);
}

void SyncEngine::onAlerts(const Alerts &alerts)
{
    if (alerts.replace)
        m_alertParts.clear();
    m_alertParts += alerts.alerts;
    if (alerts.more)
        return; // act on the whole list only, or a half-told list would look like resolutions
    m_relayAlerts = std::exchange(m_alertParts, {});
    emit relayAlertsChanged(m_relayAlerts);
}

void SyncEngine::onIntegrations(const Integrations &integrations)
{
    m_integrations = integrations.integrations;
    m_manageIntegrations = integrations.manage;
    emit integrationsChanged(m_integrations, m_manageIntegrations);
    if (integrations.answers && m_manageAsked.remove(integrations.answers))
        emit integrationAnswered(integrations.answers, {});
}

qint64 SyncEngine::manageIntegration(ManageIntegration request)
{
    if (!m_welcomed)
        return 0;
    if (request.id == 0)
        request.id = ++m_manageId;
    m_manageAsked.insert(request.id);
    send(request);
    return request.id;
}

void SyncEngine::onWelcome(const Welcome &welcome)
{
    if (welcome.version != kVersion) {
        report(tr("The relay speaks protocol %1; this Muster speaks %2").arg(welcome.version).arg(kVersion));
        m_transport->close();
        return;
    }
    m_welcomed = true;
    m_attempt = 0;
    m_lastError.clear();
    m_limits = welcome;
    if (m_limits.maxBatchOps < 1)
        m_limits.maxBatchOps = 1;
    // A relay with fewer ops than we have applied lost its history or is another relay: catch
    // up from the start (what we have is skipped as duplicates) and push again what it lacks.
    if (welcome.head < m_cursor)
        m_cursor = 0;
    // The relay has our ops below `next`: an ack lost with the last connection, or sent by
    // another run of this replica. Anything at or after it goes (again) from the op log.
    if (auto error = m_store.acknowledge(welcome.nextCounter - 1))
        report(error.message);
    else if (welcome.nextCounter > 1)
        emit acknowledged(welcome.nextCounter - 1);
    m_nextPush = welcome.nextCounter;
    m_alertParts.clear();
    if (!welcome.alertsFollow && !m_relayAlerts.isEmpty()) {
        m_relayAlerts.clear(); // resolved while this client was away
        emit relayAlertsChanged(m_relayAlerts);
    }
    const qint64 skew = HlcTimestamp::fromPacked(welcome.hlc).wallMs - wallNow();
    if (std::abs(skew) > kClockWarningMs) {
        report(tr("This computer's clock is %1 s %2 the relay's; fix it, or your changes may be refused.")
                   .arg(std::abs(skew) / 1000)
                   .arg(skew > 0 ? tr("behind") : tr("ahead of")));
    }
    setState(State::CatchingUp);
    pull();
    if (m_presence)
        send(*m_presence);
    pushPending();
}

void SyncEngine::pull()
{
    m_pulling = true;
    send(Pull {receivedUpTo()});
}

void SyncEngine::pushPending()
{
    if (!m_welcomed || m_inFlightId != 0)
        return;
    const auto ops = m_store.ownOpsFrom(m_nextPush, m_limits.maxBatchOps);
    if (!ops.ok()) {
        report(ops.error.message);
        return;
    }
    Push push;
    qint64 bytes = kPushEnvelopeBytes;
    for (const Operation &op : ops.value) {
        bytes += encodeOp(op).size();
        if (!push.ops.isEmpty() && bytes > m_limits.maxMessageBytes)
            break;
        push.ops.append(op);
    }
    m_outboxEmpty = push.ops.isEmpty();
    if (m_outboxEmpty) {
        updateSynced();
        return;
    }
    m_synced = false;
    push.id = ++m_pushId;
    m_inFlightId = push.id;
    m_inFlightLast = push.ops.constLast().id.counter;
    send(push);
}

void SyncEngine::onAck(const Ack &ack)
{
    if (ack.id != m_inFlightId)
        return;
    m_inFlightId = 0;
    for (const IndexedLink &link : ack.chain)
        m_ackedLinks.insert(ack.seqs.at(link.index), link.link);
    if (auto error = m_store.acknowledge(m_inFlightLast)) {
        report(error.message);
        return;
    }
    m_nextPush = m_inFlightLast + 1;
    emit acknowledged(m_inFlightLast);
    pushPending();
}

void SyncEngine::onError(const Error &error)
{
    if (error.id != 0 && m_manageAsked.remove(error.id)) {
        emit integrationAnswered(error.id, error.message);
        return;
    }
    const bool answersPush = error.id != 0 && error.id == m_inFlightId;
    if (answersPush)
        m_inFlightId = 0;
    if (answersPush && error.code == errc::CounterGap && error.expected > 0) {
        // The relay lacks ops we thought it had (restored from an older backup): resend them.
        m_nextPush = error.expected;
        pushPending();
        return;
    }
    report(tr("The relay refused: %1").arg(error.message));
    if (answersPush && error.code == errc::ReadOnly) {
        // A viewer token: the changes stay pending here until a member token is set.
        emit refused(m_lastError);
        return;
    }
    if (answersPush) {
        m_retryPush.start();
    } else if (error.code == errc::Malformed || error.code == errc::Storage) {
        // A push or pull the relay could not read or answer, with no id to say which: start
        // the session afresh rather than wait for an answer that will not come.
        m_transport->close();
    }
}

void SyncEngine::onOps(const Ops &ops)
{
    const qint64 last = ops.from + ops.ops.size() - 1;
    const qint64 received = receivedUpTo();
    if (ops.from > received + 1) {
        // A gap: something was missed. Ask for it rather than apply out of order.
        if (!m_pulling)
            pull();
        return;
    }
    // Ask for the next catch-up page before applying this one: the relay reads it while this
    // replica writes, instead of each side waiting for the other.
    const bool pipelined = ops.more && last > received;
    if (pipelined)
        send(Pull {last});
    if (last > received) {
        const qsizetype skip = received + 1 - ops.from;
        m_unapplied.append(ops.ops.mid(skip));
        const qsizetype first = m_unappliedLinks.size();
        m_unappliedLinks.resize(m_unapplied.size());
        for (const IndexedLink &link : ops.chain) {
            if (link.index >= skip)
                m_unappliedLinks[first + link.index - skip] = link.link;
        }
        m_unappliedLast = last;
    }
    // Catch-up pages are applied in batches (SyncOptions::applyBatchOps); live ops, and the
    // last page, at once.
    if (!m_unapplied.isEmpty() && (!ops.more || m_unapplied.size() >= m_options.applyBatchOps)
        && !applyUnapplied())
        return;
    if (ops.more) {
        if (!pipelined)
            pull();
        return;
    }
    if (m_pulling) {
        m_pulling = false;
        setState(State::Live);
    }
    updateSynced();
}

bool SyncEngine::applyUnapplied()
{
    const QList<Operation> fresh = std::exchange(m_unapplied, {});
    QList<ChainLink> links = std::exchange(m_unappliedLinks, {});
    // An ops message always carries its links; an ack's stand in for a relay that left them out.
    const qint64 firstSeq = m_unappliedLast - fresh.size() + 1;
    for (qsizetype i = 0; i < links.size() && !m_ackedLinks.isEmpty(); ++i) {
        const ChainLink acked = m_ackedLinks.take(firstSeq + i);
        if (links.at(i).isNull())
            links[i] = acked;
    }
    const auto result = m_store.applyFromRelay(fresh, m_options.relay.toString(), m_unappliedLast, links);
    if (!result.ok()) {
        // Nothing was applied; reconnecting resumes from the cursor we still have.
        report(result.error.message);
        m_transport->close();
        return false;
    }
    for (const QString &rejected : result.value.rejected)
        qCWarning(lcSync) << "skipped an invalid op from the relay:" << rejected;
    m_cursor = m_unappliedLast;
    if (!result.value.divergences.isEmpty()) {
        for (const ChainDivergence &d : result.value.divergences) {
            report(tr("The log of incident %1 differs from the relay's from entry %2 (%3): it was changed "
                      "here, on the relay, or in between. Run musterctl verify.")
                       .arg(d.incidentId)
                       .arg(d.position)
                       .arg(d.entry.toString()));
        }
        emit chainDiverged(result.value.divergences);
    }
    emit remoteApplied(fresh);
    return true;
}

void SyncEngine::setPresence(const Presence &presence)
{
    m_presence = presence;
    if (m_welcomed)
        send(presence);
}

void SyncEngine::updateSynced()
{
    const bool now = m_welcomed && m_state == State::Live && m_inFlightId == 0 && m_outboxEmpty;
    if (now == m_synced)
        return;
    m_synced = now;
    if (now)
        emit synced();
}

void SyncEngine::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}

void SyncEngine::report(const QString &message)
{
    qCWarning(lcSync) << message;
    m_lastError = message;
    emit problem(message);
}

} // namespace muster
