// SPDX-License-Identifier: GPL-3.0-or-later
// SqliteRelayStorage's integrations and outbound queue (schemas 5 and 6).
#include "sqliterelaystorage.h"

namespace muster {

namespace {

// A week: a post that went out is remembered this long after, so the same event read again
// (a restart amid a batch) is not posted twice.
constexpr qint64 kKeepSentMs = 7LL * 24 * 3600 * 1000;

Integration integrationFromRow(const QSqlQuery &query)
{
    Integration integration;
    integration.id = query.value(0).toString();
    integration.workspace = query.value(1).toString();
    integration.kind = integrationKindFromName(query.value(2).toString()).value_or(IntegrationKind::Slack);
    integration.name = query.value(3).toString();
    integration.url = query.value(4).toString();
    integration.secret = query.value(5).toString();
    integration.events = eventListFromName(query.value(6).toString()).value_or(QList<IncidentEventKind>());
    integration.options.includeUpdateText = query.value(7).toBool();
    integration.afterSeq = query.value(8).toLongLong();
    integration.createdAtMs = query.value(9).toLongLong();
    integration.paused = query.value(10).toString();
    integration.lastError = query.value(11).toString();
    integration.lastErrorAtMs = query.value(12).toLongLong();
    integration.lastDeliveredAtMs = query.value(13).toLongLong();
    if (integration.kind == IntegrationKind::Jira)
        integration.jira = JiraSettings::fromJson(query.value(14).toString());
    return integration;
}

} // namespace

StoreError SqliteRelayStorage::saveIntegration(const Integration &i)
{
    return m_db.exec(
        m_db.prepared(QStringLiteral(
            "INSERT INTO relay_integrations (id, workspace, kind, name, url, secret, events, update_text,"
            " after_seq, created_at, settings) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")),
        {i.id, i.workspace, integrationKindName(i.kind), i.name, i.url, i.secret, eventListName(i.events),
         i.options.includeUpdateText, i.afterSeq, i.createdAtMs,
         i.kind == IntegrationKind::Jira ? i.jira.toJson() : QString()});
}

StoreResult<QList<Integration>> SqliteRelayStorage::integrations()
{
    QSqlQuery &query = m_db.prepared(QStringLiteral(
        "SELECT id, workspace, kind, name, url, secret, events, update_text, after_seq, created_at, paused,"
        " last_error, last_error_at, last_delivered_at, settings FROM relay_integrations"
        " ORDER BY created_at, id"));
    if (auto error = m_db.exec(query))
        return {{}, error};
    QList<Integration> out;
    while (query.next())
        out.append(integrationFromRow(query));
    query.finish();
    return {out, {}};
}

StoreResult<bool> SqliteRelayStorage::removeIntegration(const QString &id)
{
    if (auto error = m_db.begin())
        return {false, error};
    auto found
        = single(m_db.prepared(QStringLiteral("SELECT count(*) FROM relay_integrations WHERE id = ?")), {id});
    if (!found.ok()) {
        m_db.rollback();
        return {false, found.error};
    }
    for (const QString &sql : {QStringLiteral("DELETE FROM relay_outbound WHERE integration = ?"),
                               QStringLiteral("DELETE FROM relay_integrations WHERE id = ?")}) {
        if (auto error = m_db.exec(sql, {id})) {
            m_db.rollback();
            return {false, error};
        }
    }
    if (auto error = m_db.commit())
        return {false, error};
    return {found.value > 0, {}};
}

StoreResult<bool> SqliteRelayStorage::resumeIntegration(const QString &id, qint64 nowMs)
{
    if (auto error = m_db.begin())
        return {false, error};
    auto found
        = single(m_db.prepared(QStringLiteral("SELECT count(*) FROM relay_integrations WHERE id = ?")), {id});
    StoreError error = found.error;
    if (!error) {
        error = m_db.exec(
            m_db.prepared(QStringLiteral("UPDATE relay_integrations SET paused = '' WHERE id = ?")), {id});
    }
    if (!error) {
        error = m_db.exec(m_db.prepared(QStringLiteral(
                              "UPDATE relay_outbound SET due_at = ? WHERE integration = ? AND sent_at = 0")),
                          {nowMs, id});
    }
    if (error) {
        m_db.rollback();
        return {false, error};
    }
    if (auto commitError = m_db.commit())
        return {false, commitError};
    return {found.value > 0, {}};
}

StoreResult<std::optional<qint64>> SqliteRelayStorage::integrationCursor(const QString &workspace)
{
    QSqlQuery &query
        = m_db.prepared(QStringLiteral("SELECT seq FROM relay_integration_cursors WHERE workspace = ?"));
    if (auto error = m_db.exec(query, {workspace}))
        return {std::nullopt, error};
    std::optional<qint64> cursor;
    if (query.next())
        cursor = query.value(0).toLongLong();
    query.finish();
    return {cursor, {}};
}

StoreError SqliteRelayStorage::queuePosts(const QString &workspace, qint64 readUpTo,
                                          const QList<OutboundPost> &posts)
{
    if (auto error = m_db.begin())
        return error;
    QSqlQuery &insert = m_db.prepared(QStringLiteral(
        "INSERT OR IGNORE INTO relay_outbound (integration, key, incident, event, body, due_at)"
        " VALUES (?, ?, ?, ?, ?, ?)"));
    for (const OutboundPost &post : posts) {
        if (auto error = m_db.exec(
                insert, {post.integration, post.key, post.incident, post.event, post.body, post.dueAtMs})) {
            m_db.rollback();
            return error;
        }
    }
    if (auto error = m_db.exec(m_db.prepared(QStringLiteral(
                                   "INSERT INTO relay_integration_cursors (workspace, seq) VALUES (?, ?)"
                                   " ON CONFLICT (workspace) DO UPDATE SET seq = max(seq, excluded.seq)")),
                               {workspace, readUpTo})) {
        m_db.rollback();
        return error;
    }
    return m_db.commit();
}

StoreResult<std::optional<OutboundPost>> SqliteRelayStorage::nextPost(const QString &integration)
{
    QSqlQuery &query = m_db.prepared(QStringLiteral(
        "SELECT id, integration, key, incident, event, body, due_at, attempts FROM relay_outbound"
        " WHERE integration = ? AND sent_at = 0 ORDER BY id LIMIT 1"));
    if (auto error = m_db.exec(query, {integration}))
        return {std::nullopt, error};
    std::optional<OutboundPost> post;
    if (query.next()) {
        post = OutboundPost {query.value(0).toLongLong(), query.value(1).toString(),
                             query.value(2).toString(),   query.value(3).toString(),
                             query.value(4).toString(),   query.value(5).toByteArray(),
                             query.value(6).toLongLong(), query.value(7).toInt()};
    }
    query.finish();
    return {post, {}};
}

StoreResult<int> SqliteRelayStorage::waitingPosts(const QString &integration)
{
    auto count = single(m_db.prepared(QStringLiteral(
                            "SELECT count(*) FROM relay_outbound WHERE integration = ? AND sent_at = 0")),
                        {integration});
    return {int(count.value), count.error};
}

StoreError SqliteRelayStorage::postSent(const OutboundPost &post, qint64 nowMs)
{
    if (auto error = m_db.begin())
        return error;
    StoreError error
        = m_db.exec(m_db.prepared(QStringLiteral(
                        "UPDATE relay_outbound SET sent_at = ?, attempts = attempts + 1 WHERE id = ?")),
                    {nowMs, post.id});
    if (!error) {
        error = m_db.exec(
            m_db.prepared(QStringLiteral(
                "UPDATE relay_integrations SET last_delivered_at = ?, last_error = '' WHERE id = ?")),
            {nowMs, post.integration});
    }
    if (!error) {
        error = m_db.exec(
            m_db.prepared(QStringLiteral(
                "DELETE FROM relay_outbound WHERE integration = ? AND sent_at > 0 AND sent_at < ?")),
            {post.integration, nowMs - kKeepSentMs});
    }
    if (error) {
        m_db.rollback();
        return error;
    }
    return m_db.commit();
}

StoreError SqliteRelayStorage::postFailed(const OutboundPost &post, qint64 dueAtMs, const QString &error,
                                          const QString &pause, qint64 nowMs)
{
    if (auto failure = m_db.begin())
        return failure;
    StoreError failure = m_db.exec(
        m_db.prepared(QStringLiteral("UPDATE relay_outbound SET due_at = ?, attempts = ? WHERE id = ?")),
        {dueAtMs, post.attempts + 1, post.id});
    if (!failure) {
        failure = m_db.exec(m_db.prepared(QStringLiteral(
                                "UPDATE relay_integrations SET last_error = ?, last_error_at = ?, paused = ?"
                                " WHERE id = ?")),
                            {error, nowMs, pause, post.integration});
    }
    if (failure) {
        m_db.rollback();
        return failure;
    }
    return m_db.commit();
}

StoreError SqliteRelayStorage::recordReceived(const QString &integration, qint64 nowMs, const QString &error)
{
    if (error.isEmpty()) {
        return m_db.exec(
            m_db.prepared(QStringLiteral(
                "UPDATE relay_integrations SET last_delivered_at = ?, last_error = '' WHERE id = ?")),
            {nowMs, integration});
    }
    return m_db.exec(m_db.prepared(QStringLiteral(
                         "UPDATE relay_integrations SET last_error = ?, last_error_at = ? WHERE id = ?")),
                     {error, nowMs, integration});
}

} // namespace muster
