// SPDX-License-Identifier: GPL-3.0-or-later
// The reducer: a workspace's state as the fold of its ops. Applying the same set of ops in any
// order, with any duplicates, gives the same state. The SQLite store keeps a materialized copy of
// this fold; this in-memory form is the reference the tests compare it with.
#pragma once

#include "commssettings.h"
#include "incident.h"
#include "operation.h"

#include <QHash>
#include <QMap>
#include <QSet>
#include <optional>

namespace muster {

class WorkspaceState
{
public:
    enum class Applied
    {
        Changed, // the op changed state
        Superseded, // a set op that lost to a later write already applied
        Duplicate, // seen before: nothing to do
        Rejected, // failed validation
    };

    Applied apply(const Operation &op, QString *error = nullptr);

    const QMap<QString, Incident> &incidents() const { return m_incidents; }
    const QMap<QString, Person> &people() const { return m_people; }
    const QMap<QString, DistributionList> &lists() const { return m_lists; }
    const CommsSettings &comms() const { return m_comms; }
    // Log entries of one incident in timeline order (clock, then op id).
    QList<LogEntry> log(const QString &incidentId) const;
    qsizetype opCount() const { return m_seen.size(); }
    // When a register was last written (the winning write's clock); nullopt when never.
    std::optional<HlcTimestamp> registerStamp(const QString &entity, const QString &field) const;

    // SHA-256 of a canonical encoding of the whole state: equal states, equal hashes.
    QByteArray stateHash() const;

private:
    struct Stamp
    {
        HlcTimestamp hlc;
        QString replica;
    };

    QSet<QString> m_seen; // op ids as text
    QHash<QString, Stamp> m_registers; // "entity\nfield" → winning write
    QMap<QString, Incident> m_incidents;
    QMap<QString, Person> m_people;
    QMap<QString, DistributionList> m_lists;
    CommsSettings m_comms;
    QMap<QString, QMap<std::tuple<quint64, QString, qint64>, LogEntry>> m_logs; // per incident, sorted
};

} // namespace muster
