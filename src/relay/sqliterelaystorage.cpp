// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqliterelaystorage.h"

#include "core/cborbytes.h"
#include "store/sqlitestatement.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace muster {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("muster", text);
}

// Append only, as the desktop's migrations: a released step is never edited.
const QList<QList<const char *>> &migrations()
{
    static const QList<QList<const char *>> all {
        {
            // Every op of every workspace; (workspace, seq) orders fan-out and catch-up, the
            // unique index found duplicates and each replica's last counter (until schema 8).
            "CREATE TABLE relay_ops (workspace TEXT NOT NULL, seq INTEGER NOT NULL,"
            " replica TEXT NOT NULL, counter INTEGER NOT NULL, body BLOB NOT NULL,"
            " PRIMARY KEY (workspace, seq)) WITHOUT ROWID",
            "CREATE UNIQUE INDEX relay_ops_by_replica ON relay_ops (workspace, replica, counter)",
        },
        {
            // 2: what Alertmanager webhooks say fires, per notification group; the body is an
            // encoded `alerts` message, so the relay reads back exactly what it validated.
            "CREATE TABLE relay_alert_groups (workspace TEXT NOT NULL, source TEXT NOT NULL,"
            " group_key TEXT NOT NULL, received_at INTEGER NOT NULL, body BLOB NOT NULL,"
            " PRIMARY KEY (workspace, source, group_key)) WITHOUT ROWID",
        },
        {
            // 3: access tokens. Only the SHA-256 digest of a token's secret is kept; the id is
            // what `token list` shows and `token revoke` takes.
            "CREATE TABLE relay_tokens (id TEXT PRIMARY KEY, workspace TEXT NOT NULL,"
            " user TEXT NOT NULL, role TEXT NOT NULL, digest BLOB NOT NULL,"
            " created_at INTEGER NOT NULL, revoked_at INTEGER NOT NULL DEFAULT 0) WITHOUT ROWID",
        },
        {
            // 4: the log's hash chain (core/logchain.h): each log entry's link, and each
            // incident's newest link, which the next entry is chained to. Entries stored before
            // are chained in sequence order by chainStoredEntries() in the same transaction.
            "ALTER TABLE relay_ops ADD COLUMN chain_position INTEGER",
            "ALTER TABLE relay_ops ADD COLUMN chain_hash BLOB",
            "CREATE TABLE relay_chain_heads (workspace TEXT NOT NULL, incident TEXT NOT NULL,"
            " position INTEGER NOT NULL, hash BLOB NOT NULL, PRIMARY KEY (workspace, incident))"
            " WITHOUT ROWID",
        },
        {
            // 5: chat and PagerDuty integrations (integration.h) and their durable queue of
            // posts. A chat webhook's URL is its secret; PagerDuty's routing key is `secret`. A post stays,
            // marked sent, for a week after it went out: (integration, key) is unique, so an event read twice
            // is posted once. The cursor is how far each workspace's ops were read for events, moved in the
            // same transaction as the posts they made.
            "CREATE TABLE relay_integrations (id TEXT PRIMARY KEY, workspace TEXT NOT NULL,"
            " kind TEXT NOT NULL, name TEXT NOT NULL, url TEXT NOT NULL, secret TEXT NOT NULL,"
            " events TEXT NOT NULL,"
            " update_text INTEGER NOT NULL, after_seq INTEGER NOT NULL, created_at INTEGER NOT NULL,"
            " paused TEXT NOT NULL DEFAULT '', last_error TEXT NOT NULL DEFAULT '',"
            " last_error_at INTEGER NOT NULL DEFAULT 0, last_delivered_at INTEGER NOT NULL DEFAULT 0)"
            " WITHOUT ROWID",
            "CREATE TABLE relay_outbound (id INTEGER PRIMARY KEY, integration TEXT NOT NULL,"
            " key TEXT NOT NULL, incident TEXT NOT NULL, event TEXT NOT NULL, body BLOB NOT NULL,"
            " due_at INTEGER NOT NULL, attempts INTEGER NOT NULL DEFAULT 0,"
            " sent_at INTEGER NOT NULL DEFAULT 0, UNIQUE (integration, key))",
            "CREATE INDEX relay_outbound_waiting ON relay_outbound (integration, sent_at, id)",
            "CREATE TABLE relay_integration_cursors (workspace TEXT PRIMARY KEY, seq INTEGER NOT NULL)"
            " WITHOUT ROWID",
        },
        {
            // 6: Jira integrations: their project, issue type and account (JiraSettings as JSON).
            "ALTER TABLE relay_integrations ADD COLUMN settings TEXT NOT NULL DEFAULT ''",
        },
        {
            // 7: the ops in a rowid table. In a WITHOUT ROWID table a row longer than about 1,000
            // bytes (of a 4 KiB page) spills to an overflow page of its own, so a 1 KiB op cost a
            // whole page in every commit's WAL write; a rowid table keeps rows of up to 4 KiB in
            // the leaf. Rows are copied in sequence order, so the rowid follows (workspace, seq).
            "CREATE TABLE relay_ops_v7 (workspace TEXT NOT NULL, seq INTEGER NOT NULL,"
            " replica TEXT NOT NULL, counter INTEGER NOT NULL, body BLOB NOT NULL,"
            " chain_position INTEGER, chain_hash BLOB)",
            "INSERT INTO relay_ops_v7 (workspace, seq, replica, counter, body, chain_position, chain_hash)"
            " SELECT workspace, seq, replica, counter, body, chain_position, chain_hash FROM relay_ops"
            " ORDER BY workspace, seq",
            "DROP TABLE relay_ops",
            "ALTER TABLE relay_ops_v7 RENAME TO relay_ops",
            "CREATE UNIQUE INDEX relay_ops_by_seq ON relay_ops (workspace, seq)",
            "CREATE UNIQUE INDEX relay_ops_by_replica ON relay_ops (workspace, replica, counter)",
        },
        {
            // 8: sparse marks in place of relay_ops_by_replica. That index took a row per op and,
            // being ordered by replica, a page of its own per replica in every commit: ten
            // replicas writing at once made each commit write ten more pages. A mark is written
            // for a replica's first op and then for its first op at least kMarkSpacing sequence
            // numbers past its previous mark, so every op of a replica lies less than
            // kMarkSpacing after the newest mark before it. markStoredOps() marks what is stored.
            "CREATE TABLE relay_counter_marks (workspace TEXT NOT NULL, replica TEXT NOT NULL,"
            " counter INTEGER NOT NULL, seq INTEGER NOT NULL, PRIMARY KEY (workspace, replica, counter))"
            " WITHOUT ROWID",
            "DROP INDEX relay_ops_by_replica",
        },
    };
    return all;
}

// A replica's op is looked for among at most this many ops after a mark. Raising it keeps every
// stored file correct; lowering it would not, since the marks already written follow it.
constexpr qint64 kMarkSpacing = 1024;

// Whether the op at `seq` is marked, given its replica's newest mark so far (0: none).
bool marks(qint64 newestMarkSeq, qint64 seq)
{
    return newestMarkSeq == 0 || seq - newestMarkSeq >= kMarkSpacing;
}

} // namespace

int SqliteRelayStorage::latestSchemaVersion()
{
    return int(migrations().size());
}

StoreError SqliteRelayStorage::open(const QString &path, Check check)
{
    m_heads.clear();
    m_replicas.clear();
    QDir().mkpath(QFileInfo(path).absolutePath());
    // A relay's file is checked whole before it accepts anything: it holds the team's history.
    // Database::open still checks the header and schema for the token commands.
    if (check == Check::Whole && QFileInfo::exists(path)) {
        if (auto error = Database::checkIntegrity(path))
            return error;
    }
    // 4 KiB pages: the relay commits a few ops at a time and waits for each commit before it
    // acknowledges, so a smaller WAL write per commit matters more than fewer system calls.
    if (auto error = m_db.open(path, 4096)) {
        m_db.close();
        return error;
    }
    const int version = m_db.userVersion();
    if (version > latestSchemaVersion()) {
        m_db.close();
        return {StoreError::Code::TooNew,
                tr("%1 was written by a newer muster-relay (schema %2; this one knows up to %3). "
                   "It was left untouched.")
                    .arg(path)
                    .arg(version)
                    .arg(latestSchemaVersion())};
    }
    for (int step = version; step < latestSchemaVersion(); ++step) {
        if (auto error = m_db.begin())
            return error;
        for (const char *statement : migrations().at(step)) {
            if (auto error = m_db.exec(QString::fromUtf8(statement))) {
                m_db.rollback();
                return error;
            }
        }
        const auto fill = step == 3 ? &SqliteRelayStorage::chainStoredEntries
            : step == 7             ? &SqliteRelayStorage::markStoredOps
                                    : nullptr;
        if (fill) {
            if (auto error = (this->*fill)()) {
                m_db.rollback();
                return error;
            }
        }
        // PRAGMA takes no bound parameters; the version is our own integer.
        if (auto error = m_db.exec(QStringLiteral("PRAGMA user_version = %1").arg(step + 1))) {
            m_db.rollback();
            return error;
        }
        if (auto error = m_db.commit())
            return error;
    }
    m_heads.clear();
    m_replicas.clear();
    // The relay's commits are its fan-out's latency: a checkpoint inside one held every op
    // behind it for 9-44 ms under load. A token command beside it needs no thread.
    if (check == Check::Whole) {
        if (auto error = m_db.checkpointInBackground())
            qCWarning(lcStore) << "checkpoints stay in the commits:" << error.message;
    }
    return {};
}

void SqliteRelayStorage::close()
{
    m_heads.clear();
    m_replicas.clear();
    m_db.close();
}

StoreResult<qint64> SqliteRelayStorage::single(QSqlQuery &query, const QVariantList &values)
{
    if (auto error = m_db.exec(query, values))
        return {0, error};
    const qint64 value = query.next() ? query.value(0).toLongLong() : 0;
    query.finish();
    return {value, {}};
}

StoreResult<qint64> SqliteRelayStorage::head(const QString &workspace)
{
    if (auto it = m_heads.constFind(workspace); it != m_heads.cend())
        return {*it, {}};
    auto result = single(
        m_db.prepared(QStringLiteral("SELECT coalesce(max(seq), 0) FROM relay_ops WHERE workspace = ?")),
        {workspace});
    if (result.ok())
        m_heads.insert(workspace, result.value);
    return result;
}

StoreResult<SqliteRelayStorage::ReplicaCursor> SqliteRelayStorage::replicaCursor(const QString &workspace,
                                                                                 const QString &replica)
{
    const std::pair key {workspace, replica};
    if (auto it = m_replicas.constFind(key); it != m_replicas.cend())
        return {*it, {}};
    ReplicaCursor cursor;
    auto newestMark = single(
        m_db.prepared(QStringLiteral("SELECT seq FROM relay_counter_marks WHERE workspace = ? AND replica = ?"
                                     " ORDER BY counter DESC LIMIT 1")),
        {workspace, replica});
    if (!newestMark.ok())
        return {{}, newestMark.error};
    cursor.markSeq = newestMark.value;
    if (cursor.markSeq > 0) {
        // No later op of the replica is a mark, so each lies less than kMarkSpacing past this one.
        auto last = single(
            m_db.prepared(QStringLiteral("SELECT coalesce(max(counter), 0) FROM relay_ops WHERE workspace = ?"
                                         " AND seq >= ? AND seq < ? AND replica = ?")),
            {workspace, cursor.markSeq, cursor.markSeq + kMarkSpacing, replica});
        if (!last.ok())
            return {{}, last.error};
        cursor.lastCounter = last.value;
    }
    m_replicas.insert(key, cursor);
    return {cursor, {}};
}

StoreResult<qint64> SqliteRelayStorage::lastCounter(const QString &workspace, const QString &replica)
{
    const auto cursor = replicaCursor(workspace, replica);
    return {cursor.value.lastCounter, cursor.error};
}

StoreResult<SequencedOp> SqliteRelayStorage::sequenceOf(const QString &workspace, const QString &replica,
                                                        qint64 counter)
{
    const auto mark = single(
        m_db.prepared(QStringLiteral("SELECT seq FROM relay_counter_marks WHERE workspace = ? AND replica = ?"
                                     " AND counter <= ? ORDER BY counter DESC LIMIT 1")),
        {workspace, replica, counter});
    if (!mark.ok() || mark.value == 0)
        return {{}, mark.error};
    // The op, if stored, lies less than kMarkSpacing past the newest mark at or before it.
    QSqlQuery &query = m_db.prepared(QStringLiteral(
        "SELECT seq, chain_position, chain_hash FROM relay_ops WHERE workspace = ? AND seq >= ? AND seq < ?"
        " AND replica = ? AND counter = ?"));
    if (auto error = m_db.exec(query, {workspace, mark.value, mark.value + kMarkSpacing, replica, counter}))
        return {{}, error};
    SequencedOp out;
    if (query.next()) {
        out.seq = query.value(0).toLongLong();
        out.chain = {query.value(1).toLongLong(), query.value(2).toByteArray()};
    }
    query.finish();
    return {out, {}};
}

StoreResult<ChainLink> SqliteRelayStorage::chainHead(const QString &workspace, const QString &incident)
{
    QSqlQuery &query = m_db.prepared(
        QStringLiteral("SELECT position, hash FROM relay_chain_heads WHERE workspace = ? AND incident = ?"));
    if (auto error = m_db.exec(query, {workspace, incident}))
        return {{}, error};
    ChainLink out;
    if (query.next())
        out = {query.value(0).toLongLong(), query.value(1).toByteArray()};
    query.finish();
    return {out, {}};
}

StoreError SqliteRelayStorage::chainStoredEntries()
{
    struct Pending
    {
        QString workspace;
        qint64 seq;
        QString incident;
        ChainLink link;
    };
    QList<Pending> links;
    QHash<std::pair<QString, QString>, ChainLink> heads;
    {
        QSqlQuery &query = m_db.prepared(
            QStringLiteral("SELECT workspace, seq, body FROM relay_ops ORDER BY workspace, seq"));
        if (auto error = m_db.exec(query))
            return error;
        while (query.next()) {
            QString problem;
            const auto op = Operation::fromCbor(cbor::parse(query.value(2).toByteArray()), &problem);
            const auto entry = op ? ChainedEntry::fromOperation(*op) : std::nullopt;
            if (!entry)
                continue;
            ChainLink &head = heads[{query.value(0).toString(), entry->incidentId}];
            head = logchain::next(head, *entry);
            links.append({query.value(0).toString(), query.value(1).toLongLong(), entry->incidentId, head});
        }
        query.finish();
    }
    for (const Pending &p : links) {
        if (auto error
            = m_db.exec(m_db.prepared(QStringLiteral("UPDATE relay_ops SET chain_position = ?,"
                                                     " chain_hash = ? WHERE workspace = ? AND seq = ?")),
                        {p.link.position, p.link.hash, p.workspace, p.seq}))
            return error;
    }
    for (auto it = heads.cbegin(); it != heads.cend(); ++it) {
        if (auto error = m_db.exec(m_db.prepared(QStringLiteral(
                                       "INSERT INTO relay_chain_heads (workspace, incident, position, hash)"
                                       " VALUES (?, ?, ?, ?)")),
                                   {it.key().first, it.key().second, it.value().position, it.value().hash}))
            return error;
    }
    return {};
}

StoreError SqliteRelayStorage::markStoredOps()
{
    QSqlQuery &query = m_db.prepared(
        QStringLiteral("SELECT workspace, seq, replica, counter FROM relay_ops ORDER BY workspace, seq"));
    if (auto error = m_db.exec(query))
        return error;
    QHash<std::pair<QString, QString>, qint64> markSeqs;
    while (query.next()) {
        const QString workspace = query.value(0).toString();
        const qint64 seq = query.value(1).toLongLong();
        const QString replica = query.value(2).toString();
        qint64 &markSeq = markSeqs[{workspace, replica}];
        if (!marks(markSeq, seq))
            continue;
        markSeq = seq;
        if (auto error = saveMark(workspace, replica, query.value(3).toLongLong(), seq)) {
            query.finish();
            return error;
        }
    }
    query.finish();
    return {};
}

StoreError SqliteRelayStorage::saveMark(const QString &workspace, const QString &replica, qint64 counter,
                                        qint64 seq)
{
    SqliteStatement &mark = m_db.raw("INSERT INTO relay_counter_marks (workspace, replica, counter, seq)"
                                     " VALUES (?, ?, ?, ?)");
    mark.bind(1, workspace);
    mark.bind(2, replica);
    mark.bind(3, counter);
    mark.bind(4, seq);
    return mark.run();
}

StoreResult<QList<qint64>> SqliteRelayStorage::append(const QList<RelayOp> &ops)
{
    QList<qint64> seqs;
    if (ops.isEmpty())
        return {seqs, {}};
    // Heads move only when the transaction commits.
    QHash<QString, qint64> heads;
    QHash<std::pair<QString, QString>, ReplicaCursor> cursors;
    for (const RelayOp &op : ops) {
        if (!heads.contains(op.workspace)) {
            auto current = head(op.workspace);
            if (!current.ok())
                return {{}, current.error};
            heads.insert(op.workspace, current.value);
        }
        const std::pair key {op.workspace, op.replica};
        if (!cursors.contains(key)) {
            auto cursor = replicaCursor(op.workspace, op.replica);
            if (!cursor.ok())
                return {{}, cursor.error};
            cursors.insert(key, cursor.value);
        }
    }
    if (auto error = m_db.begin())
        return {{}, error};
    SqliteStatement &insert = m_db.raw("INSERT INTO relay_ops (workspace, seq, replica, counter, body,"
                                       " chain_position, chain_hash) VALUES (?, ?, ?, ?, ?, ?, ?)");
    seqs.reserve(ops.size());
    // Each incident's newest link, written once per commit rather than once per entry.
    QHash<std::pair<QString, QString>, ChainLink> chainHeads;
    for (const RelayOp &op : ops) {
        ReplicaCursor &cursor = cursors[{op.workspace, op.replica}];
        if (op.counter <= cursor.lastCounter) {
            m_db.rollback();
            return {{},
                    {StoreError::Code::Invalid,
                     tr("replica %1 already stored its op %2 in workspace %3; nothing of this batch was kept")
                         .arg(op.replica)
                         .arg(op.counter)
                         .arg(op.workspace)}};
        }
        const qint64 seq = ++heads[op.workspace];
        insert.bind(1, op.workspace);
        insert.bind(2, seq);
        insert.bind(3, op.replica);
        insert.bind(4, op.counter);
        insert.bind(5, op.body);
        if (op.chain.isNull()) {
            insert.bindNull(6);
            insert.bindNull(7);
        } else {
            insert.bind(6, op.chain.position);
            insert.bind(7, op.chain.hash);
            chainHeads.insert({op.workspace, op.chainIncident}, op.chain);
        }
        if (auto error = insert.run()) {
            m_db.rollback();
            return {{}, error};
        }
        if (marks(cursor.markSeq, seq)) {
            if (auto error = saveMark(op.workspace, op.replica, op.counter, seq)) {
                m_db.rollback();
                return {{}, error};
            }
            cursor.markSeq = seq;
        }
        cursor.lastCounter = op.counter;
        seqs.append(seq);
    }
    if (!chainHeads.isEmpty()) {
        SqliteStatement &saveHead = m_db.raw("INSERT OR REPLACE INTO relay_chain_heads (workspace, incident,"
                                             " position, hash) VALUES (?, ?, ?, ?)");
        for (auto it = chainHeads.cbegin(); it != chainHeads.cend(); ++it) {
            saveHead.bind(1, it.key().first);
            saveHead.bind(2, it.key().second);
            saveHead.bind(3, it.value().position);
            saveHead.bind(4, it.value().hash);
            if (auto error = saveHead.run()) {
                m_db.rollback();
                return {{}, error};
            }
        }
    }
    if (auto error = m_db.commit())
        return {{}, error};
    for (auto it = heads.cbegin(); it != heads.cend(); ++it)
        m_heads.insert(it.key(), it.value());
    for (auto it = cursors.cbegin(); it != cursors.cend(); ++it)
        m_replicas.insert(it.key(), it.value());
    return {seqs, {}};
}

StoreResult<QList<SequencedOp>> SqliteRelayStorage::readSince(const QString &workspace, qint64 after,
                                                              int maxOps, qint64 maxBytes)
{
    QList<SequencedOp> out;
    QSqlQuery &query = m_db.prepared(QStringLiteral(
        "SELECT seq, body, chain_position, chain_hash FROM relay_ops WHERE workspace = ? AND seq > ?"
        " ORDER BY seq LIMIT ?"));
    if (auto error = m_db.exec(query, {workspace, after, maxOps}))
        return {{}, error};
    qint64 bytes = 0;
    while (query.next()) {
        QByteArray body = query.value(1).toByteArray();
        const ChainLink chain {query.value(2).toLongLong(), query.value(3).toByteArray()};
        const qint64 size = body.size() + (chain.isNull() ? 0 : protocol::kChainLinkBytes);
        if (!out.isEmpty() && bytes + size > maxBytes)
            break;
        bytes += size;
        out.append({query.value(0).toLongLong(), std::move(body), chain});
    }
    query.finish();
    return {out, {}};
}

StoreError SqliteRelayStorage::saveAlertGroup(const QString &workspace, const RelayAlertGroup &group)
{
    if (group.firing.isEmpty()) {
        return m_db.exec(
            m_db.prepared(QStringLiteral(
                "DELETE FROM relay_alert_groups WHERE workspace = ? AND source = ? AND group_key = ?")),
            {workspace, group.source, group.groupKey});
    }
    const QByteArray body = protocol::encode(protocol::Alerts {group.firing, true});
    return m_db.exec(
        m_db.prepared(QStringLiteral(
            "INSERT OR REPLACE INTO relay_alert_groups (workspace, source, group_key, received_at,"
            " body) VALUES (?, ?, ?, ?, ?)")),
        {workspace, group.source, group.groupKey, group.receivedAtMs, body});
}

StoreResult<QList<RelayAlertGroup>> SqliteRelayStorage::alertGroups(const QString &workspace)
{
    QList<RelayAlertGroup> out;
    QSqlQuery &query = m_db.prepared(QStringLiteral(
        "SELECT source, group_key, received_at, body FROM relay_alert_groups WHERE workspace = ?"));
    if (auto error = m_db.exec(query, {workspace}))
        return {{}, error};
    while (query.next()) {
        const protocol::Decoded decoded = protocol::decode(query.value(3).toByteArray());
        const auto *alerts = std::get_if<protocol::Alerts>(&decoded.message);
        if (!decoded.ok() || !alerts)
            continue; // cannot happen for what this class wrote; never worth refusing to start
        out.append({query.value(0).toString(), query.value(1).toString(), alerts->alerts,
                    query.value(2).toLongLong()});
    }
    query.finish();
    return {out, {}};
}

namespace {

AccessToken tokenFromRow(const QSqlQuery &query)
{
    AccessToken token;
    token.id = query.value(0).toString();
    token.workspace = query.value(1).toString();
    token.user = query.value(2).toString();
    // A role this build does not know (written by a newer relay) grants the least.
    token.role = tokenRoleFromName(query.value(3).toString()).value_or(TokenRole::Viewer);
    token.digest = query.value(4).toByteArray();
    token.createdAtMs = query.value(5).toLongLong();
    token.revokedAtMs = query.value(6).toLongLong();
    return token;
}

} // namespace

StoreError SqliteRelayStorage::saveToken(const AccessToken &token)
{
    return m_db.exec(
        m_db.prepared(QStringLiteral(
            "INSERT INTO relay_tokens (id, workspace, user, role, digest, created_at, revoked_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)")),
        {token.id, token.workspace, token.user, tokenRoleName(token.role), token.digest, token.createdAtMs,
         token.revokedAtMs});
}

StoreResult<std::optional<AccessToken>> SqliteRelayStorage::token(const QString &id)
{
    QSqlQuery &query = m_db.prepared(QStringLiteral(
        "SELECT id, workspace, user, role, digest, created_at, revoked_at FROM relay_tokens WHERE id = ?"));
    if (auto error = m_db.exec(query, {id}))
        return {std::nullopt, error};
    std::optional<AccessToken> found;
    if (query.next())
        found = tokenFromRow(query);
    query.finish();
    return {found, {}};
}

StoreResult<QList<AccessToken>> SqliteRelayStorage::tokens()
{
    QSqlQuery &query = m_db.prepared(
        QStringLiteral("SELECT id, workspace, user, role, digest, created_at, revoked_at FROM relay_tokens"
                       " ORDER BY created_at, id"));
    if (auto error = m_db.exec(query))
        return {{}, error};
    QList<AccessToken> out;
    while (query.next())
        out.append(tokenFromRow(query));
    query.finish();
    return {out, {}};
}

StoreResult<bool> SqliteRelayStorage::revokeToken(const QString &id, qint64 nowMs)
{
    auto existing = token(id);
    if (!existing.ok())
        return {false, existing.error};
    if (!existing.value)
        return {false, {}};
    if (existing.value->revoked())
        return {true, {}};
    if (auto error = m_db.exec(m_db.prepared(QStringLiteral(
                                   "UPDATE relay_tokens SET revoked_at = ? WHERE id = ? AND revoked_at = 0")),
                               {nowMs, id}))
        return {false, error};
    return {true, {}};
}

} // namespace muster
