// SPDX-License-Identifier: GPL-3.0-or-later
#include "materializer.h"

#include "core/cborbytes.h"
#include "core/fields.h"
#include "core/incident.h"
#include "database.h"
#include "sqlitestatement.h"

#include <QCborArray>
#include <QCborMap>

namespace muster {

namespace {
// One fixed statement per plain incident column: field names never reach SQL text.
const QHash<QString, QString> &incidentColumnStatements()
{
    static const QHash<QString, QString> statements {
        {fields::title, QStringLiteral("UPDATE incidents SET title = ? WHERE id = ?")},
        {fields::summary, QStringLiteral("UPDATE incidents SET summary = ? WHERE id = ?")},
        {fields::severity, QStringLiteral("UPDATE incidents SET severity = ? WHERE id = ?")},
        {fields::state, QStringLiteral("UPDATE incidents SET state = ? WHERE id = ?")},
        {fields::services, QStringLiteral("UPDATE incidents SET services = ? WHERE id = ?")},
        {fields::impact, QStringLiteral("UPDATE incidents SET impact = ? WHERE id = ?")},
        {fields::bridge, QStringLiteral("UPDATE incidents SET bridge = ? WHERE id = ?")},
        {fields::drill, QStringLiteral("UPDATE incidents SET drill = ? WHERE id = ?")},
        {fields::askOtherTeams, QStringLiteral("UPDATE incidents SET ask_other_teams = ? WHERE id = ?")},
        {fields::askCustomerVisible,
         QStringLiteral("UPDATE incidents SET ask_customer_visible = ? WHERE id = ?")},
        {fields::askUnresolvedHour,
         QStringLiteral("UPDATE incidents SET ask_unresolved_hour = ? WHERE id = ?")},
    };
    return statements;
}

const QHash<QString, QString> &personColumnStatements()
{
    static const QHash<QString, QString> statements {
        {fields::name, QStringLiteral("UPDATE people SET name = ? WHERE id = ?")},
        {fields::email, QStringLiteral("UPDATE people SET email = ? WHERE id = ?")},
        {fields::team, QStringLiteral("UPDATE people SET team = ? WHERE id = ?")},
        {fields::handle, QStringLiteral("UPDATE people SET handle = ? WHERE id = ?")},
    };
    return statements;
}

QVariant columnValue(const QString &field, const QCborValue &value)
{
    if (field == fields::services) {
        QStringList services;
        for (const QCborValue &s : value.toArray())
            services.append(s.toString());
        return services.join(u'\n');
    }
    if (value.isBool())
        return value.toBool() ? 1 : 0;
    if (value.isInteger())
        return value.toInteger();
    return value.toString();
}
} // namespace

StoreResult<Materializer::Outcome> Materializer::apply(const Operation &op)
{
    SqliteStatement &insert
        = m_db.raw("INSERT INTO ops (replica, counter, hlc, actor, kind, entity, field, value)"
                   " VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (replica, counter) DO NOTHING");
    insert.bind(1, op.id.replica);
    insert.bind(2, op.id.counter);
    insert.bind(3, qint64(op.hlc.packed()));
    insert.bind(4, op.actor);
    insert.bind(5, qint64(op.kind));
    insert.bind(6, op.entity);
    insert.bind(7, op.field);
    m_valueBytes.clear(); // keeps its capacity: no allocation per op
    cbor::appendValue(m_valueBytes, op.value);
    insert.bind(8, m_valueBytes);
    if (auto error = insert.run())
        return {Outcome::Duplicate, error};
    if (insert.changes() == 0)
        return {Outcome::Duplicate, {}};
    Outcome outcome = Outcome::Changed;
    StoreError error = fold(op, &outcome);
    return {outcome, error};
}

StoreError Materializer::rebuild()
{
    discard();
    for (const char *sql :
         {"DELETE FROM log_entries", "DELETE FROM step_progress", "DELETE FROM runbooks", "DELETE FROM smes",
          "DELETE FROM incident_alerts", "DELETE FROM incident_fields", "DELETE FROM tasks",
          "DELETE FROM roles", "DELETE FROM milestones", "DELETE FROM incidents", "DELETE FROM people",
          "DELETE FROM workspace_fields", "DELETE FROM registers",
          "INSERT INTO log_fts (log_fts) VALUES ('delete-all')", "DELETE FROM incident_fts"}) {
        if (auto error = m_db.exec(QString::fromLatin1(sql)))
            return error;
    }
    QSqlQuery &all = m_db.prepared(QStringLiteral(
        "SELECT replica, counter, hlc, actor, kind, entity, field, value FROM ops ORDER BY hlc"));
    if (auto error = m_db.exec(all))
        return error;
    while (all.next()) {
        Operation op;
        op.id = {all.value(0).toString(), all.value(1).toLongLong()};
        op.hlc = HlcTimestamp::fromPacked(all.value(2).toULongLong());
        op.actor = all.value(3).toString();
        op.kind = OpKind(all.value(4).toInt());
        op.entity = all.value(5).toString();
        op.field = all.value(6).toString();
        op.value = cbor::parse(all.value(7).toByteArray());
        Outcome ignored;
        if (auto error = fold(op, &ignored))
            return error;
    }
    return {};
}

StoreError Materializer::fold(const Operation &op, Outcome *outcome)
{
    const EntityRef entity = *EntityRef::parse(op.entity);
    if (op.kind == OpKind::Append) {
        *outcome = Outcome::Changed;
        return foldLogEntry(entity.id, op);
    }

    // One statement decides last-writer-wins: the row changes only when the incoming write is
    // newer (larger clock, ties broken by the larger replica id), exactly as writeWins() says.
    SqliteStatement &write
        = m_db.raw("INSERT INTO registers (entity, field, hlc, replica) VALUES (?, ?, ?, ?)"
                   " ON CONFLICT (entity, field) DO UPDATE SET hlc = excluded.hlc, replica = excluded.replica"
                   " WHERE excluded.hlc > registers.hlc"
                   " OR (excluded.hlc = registers.hlc AND excluded.replica > registers.replica)");
    write.bind(1, op.entity);
    write.bind(2, op.field);
    write.bind(3, qint64(op.hlc.packed()));
    write.bind(4, op.id.replica);
    if (auto error = write.run())
        return error;
    if (write.changes() == 0) {
        *outcome = Outcome::Superseded;
        return {};
    }
    *outcome = Outcome::Changed;
    switch (entity.type) {
    case EntityType::Incident:
        return foldIncidentSet(entity.id, op);
    case EntityType::Person:
        return foldPersonSet(entity.id, op);
    case EntityType::List:
    case EntityType::Comms:
        return foldWorkspaceSet(op);
    }
    return {};
}

StoreError Materializer::ensureIncident(const QString &incidentId)
{
    if (m_knownIncidents.contains(incidentId))
        return {};
    if (auto error = m_db.exec(
            m_db.prepared(QStringLiteral("INSERT OR IGNORE INTO incidents (id) VALUES (?)")), {incidentId}))
        return error;
    m_knownIncidents.insert(incidentId);
    return {};
}

StoreError Materializer::flush()
{
    if (m_firstLogSeq >= 0) {
        if (auto error = m_db.exec(
                m_db.prepared(QStringLiteral(
                    "INSERT INTO log_fts (rowid, text) SELECT seq, text FROM log_entries WHERE seq >= ?")),
                {m_firstLogSeq}))
            return error;
        m_firstLogSeq = -1;
    }
    QSqlQuery &update
        = m_db.prepared(QStringLiteral("UPDATE incidents SET log_count = log_count + ?,"
                                       " last_log_at = max(coalesce(last_log_at, 0), ?) WHERE id = ?"));
    for (auto it = m_logCounts.cbegin(); it != m_logCounts.cend(); ++it) {
        if (auto error = m_db.exec(update, {it->first, it->second, it.key()}))
            return error;
    }
    m_logCounts.clear();
    return {};
}

void Materializer::discard()
{
    m_firstLogSeq = -1;
    m_logCounts.clear();
    m_knownIncidents.clear(); // rows inserted by a rolled-back transaction are gone
}

StoreError Materializer::foldIncidentSet(const QString &id, const Operation &op)
{
    if (auto error = ensureIncident(id))
        return error;
    if (auto sql = incidentColumnStatements().constFind(op.field); sql != incidentColumnStatements().cend()) {
        if (auto error = m_db.exec(m_db.prepared(*sql), {columnValue(op.field, op.value), id}))
            return error;
        return op.field == fields::title || op.field == fields::summary ? reindexIncident(id) : StoreError();
    }

    if (auto milestone = milestoneOfField(op.field)) {
        StoreError error = op.value.isNull()
            ? m_db.exec(
                m_db.prepared(QStringLiteral("DELETE FROM milestones WHERE incident = ? AND milestone = ?")),
                {id, milestoneName(*milestone)})
            : m_db.exec(m_db.prepared(QStringLiteral(
                            "INSERT OR REPLACE INTO milestones (incident, milestone, at) VALUES (?, ?, ?)")),
                        {id, milestoneName(*milestone), op.value.toInteger()});
        if (error)
            return error;
        // "Elapsed" counts from detection, falling back as Incident::startedAtMs() does.
        return m_db.exec(m_db.prepared(QStringLiteral(
                             "UPDATE incidents SET started_at = (SELECT at FROM milestones WHERE incident = ?"
                             " AND milestone IN ('detected', 'impact_started', 'acknowledged')"
                             " ORDER BY CASE milestone WHEN 'detected' THEN 0 WHEN 'impact_started' THEN 1"
                             " ELSE 2 END LIMIT 1) WHERE id = ?")),
                         {id, id});
    }
    if (auto role = roleOfField(op.field)) {
        const QString person = op.value.toString();
        return person.isEmpty()
            ? m_db.exec(m_db.prepared(QStringLiteral("DELETE FROM roles WHERE incident = ? AND role = ?")),
                        {id, roleName(*role)})
            : m_db.exec(m_db.prepared(QStringLiteral(
                            "INSERT OR REPLACE INTO roles (incident, role, person) VALUES (?, ?, ?)")),
                        {id, roleName(*role), person});
    }
    if (auto person = smeOfField(op.field)) {
        return op.value.toBool()
            ? m_db.exec(
                m_db.prepared(QStringLiteral("INSERT OR IGNORE INTO smes (incident, person) VALUES (?, ?)")),
                {id, *person})
            : m_db.exec(m_db.prepared(QStringLiteral("DELETE FROM smes WHERE incident = ? AND person = ?")),
                        {id, *person});
    }
    if (auto attachment = runbookOfField(op.field)) {
        const QCborMap map = op.value.toMap();
        return m_db.exec(m_db.prepared(QStringLiteral("INSERT OR REPLACE INTO runbooks"
                                                      " (incident, attachment, template, title, steps)"
                                                      " VALUES (?, ?, ?, ?, ?)")),
                         {id, *attachment, map.value(QStringLiteral("template")).toString(),
                          map.value(QStringLiteral("title")).toString(),
                          map.value(QStringLiteral("steps")).toCbor()});
    }
    if (auto task = taskOfField(op.field)) {
        // Column names come from this fixed table, never from the op.
        static const QHash<QString, QString> columns {
            {taskattr::title, QStringLiteral("title")},
            {taskattr::kind, QStringLiteral("kind")},
            {taskattr::owner, QStringLiteral("owner")},
            {taskattr::due, QStringLiteral("due")},
            {taskattr::status, QStringLiteral("status")},
            {taskattr::created, QStringLiteral("created")},
            {taskattr::trackerRequested, QStringLiteral("tracker_requested")},
            {taskattr::tracker, QStringLiteral("tracker")}};
        if (auto error = m_db.exec(
                m_db.prepared(QStringLiteral("INSERT OR IGNORE INTO tasks (incident, task) VALUES (?, ?)")),
                {id, task->first}))
            return error;
        // The tracker issue is a map, kept as its CBOR bytes.
        const QVariant value = op.value.isNull() ? QVariant()
            : task->second == taskattr::tracker  ? QVariant(op.value.toCbor())
                                                 : op.value.toVariant();
        return m_db.exec(
            m_db.prepared(QStringLiteral("UPDATE tasks SET %1 = ? WHERE incident = ? AND task = ?")
                              .arg(columns.value(task->second))),
            {value, id, task->first});
    }
    if (handoffOfField(op.field) || nextHolderOfField(op.field) || retroOfField(op.field)
        || updateOfField(op.field) || op.field == kApprovalField) {
        const bool none = op.value.isNull() || (op.value.isString() && op.value.toString().isEmpty());
        if (none)
            return m_db.exec(
                m_db.prepared(QStringLiteral("DELETE FROM incident_fields WHERE incident = ? AND field = ?")),
                {id, op.field});
        if (auto error = m_db.exec(
                m_db.prepared(QStringLiteral("INSERT OR REPLACE INTO incident_fields (incident, field, value)"
                                             " VALUES (?, ?, ?)")),
                {id, op.field, op.value.toCbor()}))
            return error;
        return updateOfField(op.field) ? refreshLastUpdate(id) : StoreError {};
    }
    if (auto fingerprint = alertOfField(op.field)) {
        if (op.value.isNull())
            return m_db.exec(m_db.prepared(QStringLiteral(
                                 "DELETE FROM incident_alerts WHERE incident = ? AND fingerprint = ?")),
                             {id, *fingerprint});
        const QCborMap map = op.value.toMap();
        const QCborValue resolvedAt = map.value(QStringLiteral("resolvedAt"));
        return m_db.exec(
            m_db.prepared(QStringLiteral("INSERT OR REPLACE INTO incident_alerts"
                                         " (incident, fingerprint, name, service, source, resolved_at)"
                                         " VALUES (?, ?, ?, ?, ?, ?)")),
            {id, *fingerprint, map.value(QStringLiteral("name")).toString(),
             map.value(QStringLiteral("service")).toString(), map.value(QStringLiteral("source")).toString(),
             resolvedAt.isInteger() ? QVariant(resolvedAt.toInteger()) : QVariant()});
    }
    if (auto step = stepOfField(op.field)) {
        const StepProgress progress = StepProgress::fromCbor(op.value);
        return m_db.exec(
            m_db.prepared(QStringLiteral("INSERT OR REPLACE INTO step_progress"
                                         " (incident, attachment, step, state, done_by, at, note)"
                                         " VALUES (?, ?, ?, ?, ?, ?, ?)")),
            {id, step->first, step->second, stepStateName(progress.state), progress.by, progress.atMs,
             progress.note});
    }
    return {}; // validated ops have no other fields
}

StoreError Materializer::reindexIncident(const QString &id)
{
    if (auto error
        = m_db.exec(m_db.prepared(QStringLiteral(
                        "DELETE FROM incident_fts WHERE rowid = (SELECT rowid FROM incidents WHERE id = ?)")),
                    {id}))
        return error;
    return m_db.exec(
        m_db.prepared(QStringLiteral("INSERT INTO incident_fts (rowid, title, summary)"
                                     " SELECT rowid, title, summary FROM incidents WHERE id = ?")),
        {id});
}

StoreError Materializer::foldPersonSet(const QString &id, const Operation &op)
{
    if (auto error
        = m_db.exec(m_db.prepared(QStringLiteral("INSERT OR IGNORE INTO people (id) VALUES (?)")), {id}))
        return error;
    const auto sql = personColumnStatements().constFind(op.field);
    if (sql == personColumnStatements().cend())
        return {};
    return m_db.exec(m_db.prepared(*sql), {op.value.toString(), id});
}

StoreError Materializer::refreshLastUpdate(const QString &incidentId)
{
    // Exactly what the reducer says (the latest of the updates as they stand now), read from the
    // few update rows of this incident rather than kept as a running maximum.
    QSqlQuery &rows = m_db.prepared(
        QStringLiteral("SELECT value FROM incident_fields WHERE incident = ? AND field LIKE 'update.%'"));
    if (auto error = m_db.exec(rows, {incidentId}))
        return error;
    qint64 last = 0;
    while (rows.next())
        last = std::max(
            last, cbor::parse(rows.value(0).toByteArray()).toMap().value(QStringLiteral("at")).toInteger());
    rows.finish();
    return m_db.exec(m_db.prepared(QStringLiteral("UPDATE incidents SET last_update_at = ? WHERE id = ?")),
                     {last, incidentId});
}

StoreError Materializer::foldWorkspaceSet(const Operation &op)
{
    // Read only whole (all lists, the settings), so kept as their op values and applied by the
    // reducer's own code; a null value (a template back to the bundled one) leaves no row.
    if (op.value.isNull())
        return m_db.exec(
            m_db.prepared(QStringLiteral("DELETE FROM workspace_fields WHERE entity = ? AND field = ?")),
            {op.entity, op.field});
    return m_db.exec(m_db.prepared(QStringLiteral(
                         "INSERT OR REPLACE INTO workspace_fields (entity, field, value) VALUES (?, ?, ?)")),
                     {op.entity, op.field, op.value.toCbor()});
}

StoreError Materializer::foldLogEntry(const QString &incidentId, const Operation &op)
{
    if (auto error = ensureIncident(incidentId))
        return error;
    const QCborMap value = op.value.toMap();
    const QCborValue corrects = value.value(QStringLiteral("corrects"));
    const QString text = value.value(QStringLiteral("text")).toString();
    SqliteStatement &insert = m_db.raw("INSERT INTO log_entries"
                                       " (replica, counter, incident, hlc, author, kind, text, corrects)"
                                       " VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    insert.bind(1, op.id.replica);
    insert.bind(2, op.id.counter);
    insert.bind(3, incidentId);
    insert.bind(4, qint64(op.hlc.packed()));
    insert.bind(5, op.actor);
    insert.bind(6, value.value(QStringLiteral("kind")).toString());
    insert.bind(7, text);
    if (corrects.isString())
        insert.bind(8, corrects.toString());
    else
        insert.bindNull(8);
    if (auto error = insert.run())
        return error;
    // The full-text index takes the whole transaction's entries at once, in flush().
    if (m_firstLogSeq < 0)
        m_firstLogSeq = insert.lastInsertRowId();
    // Counted here, written once per incident by flush() before the commit.
    auto &count = m_logCounts[incidentId];
    ++count.first;
    count.second = std::max(count.second, op.hlc.wallMs);
    return {};
}

} // namespace muster
