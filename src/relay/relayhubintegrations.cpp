// SPDX-License-Identifier: GPL-3.0-or-later
// RelayHub's part in integrations: every client of a workspace is told its integrations (after
// the welcome and when they change), and members allowed to manage them may add, remove and
// retry them.
#include "core/fields.h"
#include "integrationdesk.h"
#include "relayhub.h"

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcRelay)

namespace muster {

using namespace protocol;

void RelayHub::setIntegrationDesk(IntegrationDesk *desk)
{
    m_integrationDesk = desk;
}

void RelayHub::sendIntegrations(RelayPeer *peer, const Session &session, const QList<IntegrationInfo> &list,
                                qint64 answers)
{
    peer->sendBinary(encode(Integrations {list, session.grant.mayManageIntegrations(), answers}));
}

void RelayHub::integrationsChanged(const QString &workspace, qint64 answers, RelayPeer *asker)
{
    if (!m_integrationDesk)
        return;
    const auto list = m_integrationDesk->integrationInfo(workspace);
    if (!list.ok()) {
        emit storageFailed(list.error.message);
        return;
    }
    for (const auto &[peer, session] : m_sessions) {
        if (session.greeted && session.workspace == workspace)
            sendIntegrations(peer, session, list.value, peer == asker ? answers : 0);
    }
}

void RelayHub::onManageIntegration(RelayPeer *peer, Session &session, const ManageIntegration &request)
{
    if (!m_integrationDesk || !session.grant.mayManageIntegrations()) {
        sendError(peer, errc::Forbidden,
                  tr("this connection's token may not manage integrations; ask for an admin token "
                     "(muster-relay token create … --role admin)"),
                  request.id);
        return;
    }
    const QString refused = m_integrationDesk->manageIntegration(session.workspace, request);
    if (!refused.isEmpty()) {
        sendError(peer, errc::BadIntegration, refused, request.id);
        return;
    }
    qCInfo(lcRelay).noquote() << peer->describe() << "token" << session.grant.tokenId << request.action
                              << "integration"
                              << (request.integration.isEmpty() ? request.name : request.integration) << "in"
                              << session.workspace;
    integrationsChanged(session.workspace, request.id, peer);
}

QString RelayHub::relayReplicaId()
{
    // A fixed id no desktop draws in practice (they draw 64 random bits), so each op says the
    // relay made it.
    return QStringLiteral("7e1a900000000001");
}

StoreError RelayHub::publish(const QString &workspace, const QList<Change> &changes, HlcTimestamp notBefore)
{
    if (changes.isEmpty())
        return {};
    m_clock.observeAccepted(notBefore);
    const QString replica = relayReplicaId();
    const auto last = m_storage.lastCounter(workspace, replica);
    if (!last.ok())
        return last.error;
    QList<RelayOp> appends;
    QList<QByteArray> bodies;
    for (const Change &change : changes) {
        Q_ASSERT(change.kind == OpKind::Set); // log entries would need their chain links
        Operation op;
        op.id = {replica, last.value + 1 + appends.size()};
        op.hlc = m_clock.now();
        op.workspace = workspace;
        op.kind = OpKind::Set;
        op.entity = change.entity;
        op.field = change.field;
        op.value = change.value;
        // What every client will check before applying it: a bad value (a status Jira sent
        // with odd characters) is refused here rather than stored and dropped everywhere.
        if (const QString problem = validateOperation(op); !problem.isEmpty())
            return {StoreError::Code::Invalid, problem};
        bodies.append(encodeOp(op));
        appends.append({workspace, replica, op.id.counter, bodies.constLast(), {}, {}});
    }
    const auto committed = m_storage.append(appends);
    if (!committed.ok())
        return committed.error;
    fanOut(workspace, committed.value.constFirst(), bodies, QList<ChainLink>(bodies.size()));
    Q_EMIT stored(workspace);
    return {};
}

} // namespace muster
