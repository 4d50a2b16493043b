// SPDX-License-Identifier: GPL-3.0-or-later
// The metrics' reading of the store: incidents with their final milestones, and the history of
// their role and runbook registers from the op log (the materialized tables keep only the
// latest value).
#include "core/cborbytes.h"
#include "core/fields.h"
#include "store.h"

#include <QHash>

namespace muster {

StoreResult<QList<IncidentHistory>> Store::incidentHistories()
{
    QList<IncidentHistory> out;
    QHash<QString, qsizetype> index; // incident id → position in out
    {
        QSqlQuery &q = m_db.prepared(
            QStringLiteral("SELECT id, title, severity, services, drill FROM incidents WHERE title <> ''"));
        if (auto error = m_db.exec(q))
            return {{}, error};
        while (q.next()) {
            IncidentHistory h;
            h.id = q.value(0).toString();
            h.title = q.value(1).toString();
            h.severity = severityFromInt(q.value(2).toInt()).value_or(Severity::Sev1);
            const QString services = q.value(3).toString();
            h.services = services.isEmpty() ? QStringList() : services.split(u'\n');
            h.drill = q.value(4).toBool();
            index.insert(h.id, out.size());
            out.append(h);
        }
        q.finish();
    }
    {
        QSqlQuery &q = m_db.prepared(QStringLiteral("SELECT incident, milestone, at FROM milestones"));
        if (auto error = m_db.exec(q))
            return {{}, error};
        while (q.next()) {
            const auto at = index.constFind(q.value(0).toString());
            const auto milestone = milestoneFromName(q.value(1).toString());
            if (at != index.cend() && milestone)
                out[*at].milestones.insert(*milestone, q.value(2).toLongLong());
        }
        q.finish();
    }
    QList<IncidentHistoryBuilder> builders(out.size());
    {
        // Only the register families the history needs: one scan of the op log.
        QSqlQuery &q = m_db.prepared(QStringLiteral(
            "SELECT entity, field, hlc, replica, value FROM ops WHERE kind = ? AND entity LIKE 'incident:%'"
            " AND (field LIKE 'role.%' OR field LIKE 'runbook.%' OR field LIKE 'step.%')"));
        if (auto error = m_db.exec(q, {int(OpKind::Set)}))
            return {{}, error};
        const QString prefix = QStringLiteral("incident:");
        while (q.next()) {
            const QString entity = q.value(0).toString();
            const auto at = index.constFind(entity.mid(prefix.size()));
            if (at == index.cend())
                continue;
            builders[*at].add(q.value(1).toString(), HlcTimestamp::fromPacked(q.value(2).toULongLong()),
                              q.value(3).toString(), cbor::parse(q.value(4).toByteArray()));
        }
        q.finish();
    }
    for (qsizetype i = 0; i < out.size(); ++i)
        builders.at(i).finish(out[i]);
    return {out, {}};
}

StoreResult<qint64> Store::lastResolvedAt()
{
    QSqlQuery &q = m_db.prepared(
        QStringLiteral("SELECT MAX(m.at) FROM milestones m JOIN incidents i ON i.id = m.incident"
                       " WHERE m.milestone = 'resolved' AND i.drill = 0 AND i.title <> ''"));
    if (auto error = m_db.exec(q))
        return {0, error};
    const qint64 at = q.next() ? q.value(0).toLongLong() : 0;
    q.finish();
    return {at, {}};
}

} // namespace muster
