// SPDX-License-Identifier: GPL-3.0-or-later
// The store's side of the log's hash chain (core/logchain.h): each log entry is chained as the
// relay sequenced it, in the transaction that applies it, and compared with the relay's link.
#include "sqlitestatement.h"
#include "store.h"

#include <QCoreApplication>

namespace muster {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("muster", text);
}

ChainDivergence divergenceFromRow(const QSqlQuery &row)
{
    // incident, position, replica, counter, local_hash, relay_hash, seq, detected_at
    return {row.value(0).toString(),
            row.value(1).toLongLong(),
            {row.value(2).toString(), row.value(3).toLongLong()},
            row.value(4).toByteArray(),
            row.value(5).toByteArray(),
            row.value(6).toLongLong(),
            row.value(7).toLongLong()};
}

#define MUSTER_DIVERGENCE_COLUMNS                                                                            \
    "incident, position, replica, counter, local_hash, relay_hash, seq, detected_at"
} // namespace

StoreError Store::chainFromRelay(const QList<Operation> &ops, qint64 firstSeq,
                                 const QList<ChainLink> &relayLinks, ApplyReport *report)
{
    // The relay's first op: a chain starts here (a new relay, or one that lost its history).
    if (firstSeq == 1) {
        m_chainHeads.clear();
        for (const char *sql : {"DELETE FROM log_chain", "DELETE FROM chain_divergence"}) {
            if (auto error = m_db.exec(QString::fromLatin1(sql)))
                return error;
        }
    }
    for (qsizetype i = 0; i < ops.size(); ++i) {
        const auto entry = ChainedEntry::fromOperation(ops.at(i));
        if (!entry)
            continue;
        auto head = m_chainHeads.find(entry->incidentId);
        if (head == m_chainHeads.end()) {
            // Only the newest link (one step down the primary key): chainStatus() also counts
            // the incident's entries, which catch-up would pay for on every page.
            QSqlQuery &newest = m_db.prepared(QStringLiteral(
                "SELECT position, hash FROM log_chain WHERE incident = ? ORDER BY position DESC LIMIT 1"));
            if (auto error = m_db.exec(newest, {entry->incidentId}))
                return error;
            ChainLink stored;
            if (newest.next())
                stored = {newest.value(0).toLongLong(), newest.value(1).toByteArray()};
            newest.finish();
            head = m_chainHeads.insert(entry->incidentId, stored);
        }
        *head = logchain::next(*head, *entry);
        SqliteStatement &insert
            = m_db.raw("INSERT OR REPLACE INTO log_chain (incident, position, hlc, replica,"
                       " counter, hash) VALUES (?, ?, ?, ?, ?, ?)");
        insert.bind(1, entry->incidentId);
        insert.bind(2, head->position);
        insert.bind(3, qint64(entry->hlc));
        insert.bind(4, entry->id.replica);
        insert.bind(5, entry->id.counter);
        insert.bind(6, head->hash);
        if (auto error = insert.run())
            return error;
        const ChainLink relay = i < relayLinks.size() ? relayLinks.at(i) : ChainLink {};
        if (relay.isNull() || relay == *head)
            continue;
        const ChainDivergence divergence {entry->incidentId, head->position, entry->id,        head->hash,
                                          relay.hash,        firstSeq + i,   m_clock.wallNow()};
        QSqlQuery &record = m_db.prepared(
            QStringLiteral("INSERT OR IGNORE INTO chain_divergence (" MUSTER_DIVERGENCE_COLUMNS
                           ") VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
        if (auto error = m_db.exec(record,
                                   {divergence.incidentId, divergence.position, divergence.entry.replica,
                                    divergence.entry.counter, divergence.localHash, divergence.relayHash,
                                    divergence.seq, divergence.detectedAtMs}))
            return error;
        if (record.numRowsAffected() > 0)
            report->divergences.append(divergence);
    }
    return {};
}

StoreResult<std::optional<ChainDivergence>> Store::chainDivergence(const QString &incidentId)
{
    QSqlQuery &query = m_db.prepared(
        QStringLiteral("SELECT " MUSTER_DIVERGENCE_COLUMNS " FROM chain_divergence WHERE incident = ?"));
    if (auto error = m_db.exec(query, {incidentId}))
        return {{}, error};
    std::optional<ChainDivergence> out;
    if (query.next())
        out = divergenceFromRow(query);
    query.finish();
    return {out, {}};
}

StoreResult<ChainStatus> Store::chainStatus(const QString &incidentId)
{
    ChainStatus status;
    status.incidentId = incidentId;
    if (!isOpen())
        return {status, {StoreError::Code::Io, tr("The database is not open")}};
    QSqlQuery &head = m_db.prepared(QStringLiteral(
        "SELECT (SELECT position FROM log_chain WHERE incident = ? ORDER BY position DESC LIMIT 1),"
        " (SELECT hash FROM log_chain WHERE incident = ? ORDER BY position DESC LIMIT 1),"
        " (SELECT count(*) FROM log_entries WHERE incident = ?)"));
    if (auto error = m_db.exec(head, {incidentId, incidentId, incidentId}))
        return {status, error};
    if (head.next()) {
        if (!head.value(0).isNull())
            status.head = {head.value(0).toLongLong(), head.value(1).toByteArray()};
        status.unchained = int(std::max<qint64>(0, head.value(2).toLongLong() - status.head.position));
    }
    head.finish();
    auto divergence = chainDivergence(incidentId);
    if (!divergence.ok())
        return {status, divergence.error};
    status.divergence = divergence.value;
    return {status, {}};
}

StoreResult<QList<ChainCheck>> Store::verifyChains()
{
    QList<ChainCheck> out;
    if (!isOpen())
        return {out, {StoreError::Code::Io, tr("The database is not open")}};
    QStringList incidents;
    {
        QSqlQuery &ids = m_db.prepared(QStringLiteral("SELECT id FROM incidents ORDER BY id"));
        if (auto error = m_db.exec(ids))
            return {out, error};
        while (ids.next())
            incidents.append(ids.value(0).toString());
        ids.finish();
    }
    for (const QString &incident : incidents) {
        ChainCheck check;
        auto status = chainStatus(incident);
        if (!status.ok())
            return {out, status.error};
        check.status = status.value;
        // Each recorded link with the entry it names, found by the log's own index; an entry
        // that is gone (or whose time or id was changed) comes back as NULLs.
        QSqlQuery &links = m_db.prepared(QStringLiteral(
            "SELECT c.position, c.hash, c.hlc, c.replica, c.counter, l.author, l.kind, l.text,"
            " coalesce(l.corrects, ''), l.seq IS NOT NULL FROM log_chain c LEFT JOIN log_entries l"
            " ON l.incident = c.incident AND l.hlc = c.hlc AND l.replica = c.replica AND l.counter = "
            "c.counter"
            " WHERE c.incident = ? ORDER BY c.position"));
        if (auto error = m_db.exec(links, {incident}))
            return {out, error};
        QList<std::pair<ChainedEntry, ChainLink>> recorded;
        bool missing = false;
        while (links.next() && !missing) {
            const ChainLink link {links.value(0).toLongLong(), links.value(1).toByteArray()};
            const ChainedEntry entry {incident,
                                      {links.value(3).toString(), links.value(4).toLongLong()},
                                      quint64(links.value(2).toLongLong()),
                                      links.value(5).toString(),
                                      links.value(6).toString(),
                                      links.value(7).toString(),
                                      links.value(8).toString()};
            if (!links.value(9).toBool()) {
                // Verify what comes before it, then say what is wrong here.
                check.verdict = logchain::verify(recorded);
                if (check.verdict.firstBad == 0) {
                    check.verdict.firstBad = link.position;
                    check.verdict.problem
                        = tr("entry %1 (%2) is no longer in the log, or its time was changed")
                              .arg(link.position)
                              .arg(entry.id.toString());
                }
                missing = true;
                break;
            }
            recorded.append({entry, link});
        }
        links.finish();
        if (!missing)
            check.verdict = logchain::verify(recorded);
        out.append(check);
    }
    return {out, {}};
}

} // namespace muster
