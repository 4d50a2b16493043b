// SPDX-License-Identifier: GPL-3.0-or-later
// Folds ops into the materialized tables: the SQLite twin of WorkspaceState::apply(). Registers
// decide last-writer-wins; each field then updates its own table row with a fixed statement.
#pragma once

#include "core/operation.h"
#include "storeerror.h"

#include <QHash>
#include <QSet>

namespace muster {

class Database;
struct EntityRef;

class Materializer
{
public:
    enum class Outcome
    {
        Changed,
        Superseded,
        Duplicate
    };

    explicit Materializer(Database &db)
        : m_db(db)
    { }

    // Records the op in the op log and folds it in. Call inside a transaction; the op must
    // already be validated.
    StoreResult<Outcome> apply(const Operation &op);

    // Empties the materialized tables and folds the whole op log again.
    StoreError rebuild();

    // Writes what apply() gathered per transaction (log counters); call before COMMIT.
    StoreError flush();
    // Forgets what was gathered and cached; call after ROLLBACK.
    void discard();

private:
    StoreError fold(const Operation &op, Outcome *outcome);
    StoreError foldIncidentSet(const QString &incidentId, const Operation &op);
    StoreError foldPersonSet(const QString &personId, const Operation &op);
    StoreError foldWorkspaceSet(const Operation &op); // distribution lists and comms settings
    StoreError refreshLastUpdate(const QString &incidentId); // incidents.last_update_at
    StoreError foldLogEntry(const QString &incidentId, const Operation &op);
    StoreError ensureIncident(const QString &incidentId);
    StoreError reindexIncident(const QString &incidentId);

    Database &m_db;
    // Incidents known to have a row: spares an INSERT OR IGNORE per log entry.
    QSet<QString> m_knownIncidents;
    // Per incident, log entries added and the newest entry's time, written once by flush().
    QHash<QString, std::pair<int, qint64>> m_logCounts;
    // The first log entry of this transaction; flush() indexes it and everything after it.
    qint64 m_firstLogSeq = -1;
    QByteArray m_valueBytes; // the op value's CBOR, reused from op to op
};

} // namespace muster
