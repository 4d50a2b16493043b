// SPDX-License-Identifier: GPL-3.0-or-later
// The store's side of syncing with a relay: what to push, what was acknowledged, and where
// catch-up resumes. The cursor is written in the same transaction as the ops it covers.
#include "core/cborbytes.h"
#include "store.h"

#include <QCoreApplication>
#include <algorithm>

namespace muster {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("muster", text);
}

// One row of `SELECT replica, counter, hlc, actor, kind, entity, field, value FROM ops`.
Operation operationFromRow(const QSqlQuery &row, const QString &workspace)
{
    Operation op;
    op.id = {row.value(0).toString(), row.value(1).toLongLong()};
    op.hlc = HlcTimestamp::fromPacked(row.value(2).toULongLong());
    op.actor = row.value(3).toString();
    op.workspace = workspace;
    op.kind = OpKind(row.value(4).toInt());
    op.entity = row.value(5).toString();
    op.field = row.value(6).toString();
    op.value = cbor::parse(row.value(7).toByteArray());
    return op;
}
} // namespace

StoreResult<qint64> Store::relayCursor(const QString &relayUrl)
{
    if (!isOpen())
        return {0, {StoreError::Code::Io, tr("The database is not open")}};
    QSqlQuery &query
        = m_db.prepared(QStringLiteral("SELECT (SELECT value FROM local_state WHERE key = 'relay_url'),"
                                       " (SELECT value FROM local_state WHERE key = 'relay_seq')"));
    if (auto error = m_db.exec(query))
        return {0, error};
    qint64 cursor = 0;
    if (query.next() && query.value(0).toString() == relayUrl)
        cursor = query.value(1).toLongLong();
    query.finish();
    return {cursor, {}};
}

StoreResult<QList<Operation>> Store::ownOpsFrom(qint64 from, int limit)
{
    QList<Operation> ops;
    if (!isOpen())
        return {ops, {StoreError::Code::Io, tr("The database is not open")}};
    QSqlQuery &query = m_db.prepared(
        QStringLiteral("SELECT replica, counter, hlc, actor, kind, entity, field, value FROM ops"
                       " WHERE replica = ? AND counter >= ? ORDER BY counter LIMIT ?"));
    if (auto error = m_db.exec(query, {m_replicaId, from, limit}))
        return {ops, error};
    while (query.next())
        ops.append(operationFromRow(query, m_workspace));
    query.finish();
    return {ops, {}};
}

StoreResult<QList<Operation>> Store::opLog()
{
    QList<Operation> ops;
    if (!isOpen())
        return {ops, {StoreError::Code::Io, tr("The database is not open")}};
    QSqlQuery &query = m_db.prepared(QStringLiteral("SELECT replica, counter, hlc, actor, kind, entity, "
                                                    "field, value FROM ops ORDER BY hlc, replica, counter"));
    if (auto error = m_db.exec(query))
        return {ops, error};
    while (query.next())
        ops.append(operationFromRow(query, m_workspace));
    query.finish();
    return {ops, {}};
}

StoreError Store::acknowledge(qint64 upToCounter)
{
    if (!isOpen())
        return {StoreError::Code::Io, tr("The database is not open")};
    // Never past what was committed here, and never back: a relay that lost its history asks
    // for ops again, but what another relay acknowledged was synced once.
    const qint64 acked = std::min(upToCounter, m_nextCounter - 1);
    if (acked <= m_ackedCounter)
        return {};
    if (auto error = m_db.exec(
            m_db.prepared(QStringLiteral("INSERT OR REPLACE INTO local_state (key, value) VALUES (?, ?)")),
            {QStringLiteral("acked_counter"), QString::number(acked)}))
        return error;
    m_ackedCounter = acked;
    return {};
}

StoreResult<ApplyReport> Store::applyFromRelay(const QList<Operation> &ops, const QString &relayUrl,
                                               qint64 lastSeq, const QList<ChainLink> &relayLinks)
{
    ApplyReport report;
    if (!isOpen())
        return {report, {StoreError::Code::Io, tr("The database is not open")}};
    if (auto error = waitForIntegrity())
        return {report, error};
    if (auto error = m_db.begin())
        return {report, error};
    auto fail = [this](const StoreError &error) -> StoreResult<ApplyReport> {
        rollback();
        return {{}, error};
    };
    if (auto error = applyInTransaction(ops, &report, true))
        return fail(error);
    if (auto error = chainFromRelay(ops, lastSeq - ops.size() + 1, relayLinks, &report))
        return fail(error);
    QSqlQuery &upsert
        = m_db.prepared(QStringLiteral("INSERT OR REPLACE INTO local_state (key, value) VALUES (?, ?)"));
    if (auto error = m_db.exec(upsert, {QStringLiteral("relay_url"), relayUrl}))
        return fail(error);
    if (auto error = m_db.exec(upsert, {QStringLiteral("relay_seq"), QString::number(lastSeq)}))
        return fail(error);
    if (auto error = saveLocalState())
        return fail(error);
    if (auto error = commit())
        return {{}, error};
    return {report, {}};
}

} // namespace muster
