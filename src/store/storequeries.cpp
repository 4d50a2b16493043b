// SPDX-License-Identifier: GPL-3.0-or-later
// Store's reads: board, incident detail, log pages, full-text search, people.
#include "core/cborbytes.h"
#include "core/fields.h"
#include "store.h"

#include <QCborArray>
#include <QCoreApplication>
#include <QRegularExpression>

namespace muster {

namespace {

IncidentSummary summaryFrom(const QSqlQuery &q)
{
    IncidentSummary s;
    s.id = q.value(0).toString();
    s.title = q.value(1).toString();
    s.summary = q.value(2).toString();
    s.severity = severityFromInt(q.value(3).toInt()).value_or(Severity::Sev1);
    s.state = stateFromName(q.value(4).toString()).value_or(LifecycleState::Detected);
    const QString services = q.value(5).toString();
    s.services = services.isEmpty() ? QStringList() : services.split(u'\n');
    s.drill = q.value(6).toBool();
    s.startedAtMs = q.value(7).toLongLong();
    s.commanderId = q.value(8).toString();
    s.commanderName = q.value(9).toString();
    s.lastLogAtMs = q.value(10).toLongLong();
    s.logCount = q.value(11).toInt();
    s.resolvedAtMs = q.value(12).toLongLong();
    s.lastUpdateSentMs = q.value(13).toLongLong();
    s.commsLeadId = q.value(14).toString();
    s.bridge = q.value(15).toString();
    return s;
}

// A task from columns task, kind, title, owner, due, status, created starting at `first`.
Task taskFromRow(const QSqlQuery &q, int first)
{
    Task t;
    t.id = q.value(first).toString();
    t.kind = taskKindFromName(q.value(first + 1).toString()).value_or(TaskKind::Task);
    t.title = q.value(first + 2).toString();
    t.ownerId = q.value(first + 3).toString();
    t.dueMs = q.value(first + 4).toLongLong();
    t.status = taskStatusFromName(q.value(first + 5).toString()).value_or(TaskStatus::Open);
    t.createdMs = q.value(first + 6).toLongLong();
    t.trackerRequestedMs = q.value(first + 7).toLongLong();
    if (const QByteArray tracker = q.value(first + 8).toByteArray(); !tracker.isEmpty())
        t.tracker = TrackerIssue::fromCbor(cbor::parse(tracker));
    return t;
}

// Columns in the order logLineFrom() reads them.
#define MUSTER_LOG_COLUMNS                                                                                   \
    "l.replica, l.counter, l.hlc, l.author, l.kind, l.text, l.corrects, p.name,"                             \
    " (l.replica = (SELECT value FROM local_state WHERE key = 'replica')"                                    \
    " AND l.counter > (SELECT CAST(value AS INTEGER) FROM local_state WHERE key = 'acked_counter')),"        \
    " l.incident, i.title"
#define MUSTER_LOG_JOINS                                                                                     \
    " LEFT JOIN people p ON p.id = l.author"                                                                 \
    " JOIN incidents i ON i.id = l.incident"

LogLine logLineFrom(const QSqlQuery &q)
{
    LogLine line;
    line.entry.id = {q.value(0).toString(), q.value(1).toLongLong()};
    line.entry.hlc = HlcTimestamp::fromPacked(q.value(2).toULongLong());
    line.entry.author = q.value(3).toString();
    line.entry.kind = logKindFromName(q.value(4).toString()).value_or(LogKind::Note);
    line.entry.text = q.value(5).toString();
    if (!q.value(6).isNull())
        line.entry.corrects = OpId::fromString(q.value(6).toString());
    line.authorName = q.value(7).toString();
    line.pending = q.value(8).toBool();
    line.entry.incidentId = q.value(9).toString();
    line.incidentTitle = q.value(10).toString();
    return line;
}

} // namespace

QString Store::ftsQuery(const QString &typed)
{
    QStringList terms;
    for (const QString &word : typed.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts)) {
        if (std::none_of(word.begin(), word.end(), [](QChar c) { return c.isLetterOrNumber(); }))
            continue; // punctuation alone matches nothing and would only confuse FTS5
        QString quoted = word;
        quoted.replace(u'"', QStringLiteral("\"\""));
        terms.append(u'"' + quoted + u'"');
    }
    if (terms.isEmpty())
        return {};
    terms.last().append(u'*');
    return terms.join(u' ');
}

StoreResult<QList<IncidentSummary>> Store::activeIncidents()
{
    QSqlQuery &q = m_db.prepared(QStringLiteral(
        "SELECT i.id, i.title, i.summary, i.severity, i.state, i.services, i.drill, i.started_at,"
        " r.person, p.name, i.last_log_at, i.log_count,"
        " (SELECT at FROM milestones m WHERE m.incident = i.id AND m.milestone = 'resolved'), "
        "i.last_update_at, (SELECT person FROM roles c WHERE c.incident = i.id AND c.role = 'comms'),"
        " i.bridge"
        " FROM incidents i"
        " LEFT JOIN roles r ON r.incident = i.id AND r.role = 'ic' LEFT JOIN people p ON p.id = r.person"
        " WHERE i.state <> 'closed' AND i.title <> '' ORDER BY i.severity, i.started_at"));
    if (auto error = m_db.exec(q))
        return {{}, error};
    QList<IncidentSummary> out;
    while (q.next())
        out.append(summaryFrom(q));
    q.finish();
    return {out, {}};
}

StoreResult<QList<IncidentSummary>> Store::searchIncidents(const QString &text, int limit)
{
    const QString match = ftsQuery(text);
    if (match.isEmpty())
        return {};
    QSqlQuery &q = m_db.prepared(QStringLiteral(
        "SELECT i.id, i.title, i.summary, i.severity, i.state, i.services, i.drill, i.started_at,"
        " r.person, p.name, i.last_log_at, i.log_count FROM incident_fts f JOIN incidents i ON i.rowid = "
        "f.rowid"
        " LEFT JOIN roles r ON r.incident = i.id AND r.role = 'ic' LEFT JOIN people p ON p.id = r.person"
        " WHERE incident_fts MATCH ? ORDER BY f.rowid DESC LIMIT ?"));
    if (auto error = m_db.exec(q, {match, limit}))
        return {{}, error};
    QList<IncidentSummary> out;
    while (q.next())
        out.append(summaryFrom(q));
    q.finish();
    return {out, {}};
}

StoreResult<std::optional<Incident>> Store::incident(const QString &id)
{
    QSqlQuery &q = m_db.prepared(
        QStringLiteral("SELECT title, summary, severity, state, services, impact, drill, "
                       "ask_other_teams, ask_customer_visible,"
                       " ask_unresolved_hour, bridge FROM incidents WHERE id = ? AND title <> ''"));
    if (auto error = m_db.exec(q, {id}))
        return {{}, error};
    if (!q.next())
        return {std::nullopt, {}};
    Incident incident;
    incident.id = id;
    incident.title = q.value(0).toString();
    incident.summary = q.value(1).toString();
    incident.severity = severityFromInt(q.value(2).toInt()).value_or(Severity::Sev1);
    incident.state = stateFromName(q.value(3).toString()).value_or(LifecycleState::Detected);
    const QString services = q.value(4).toString();
    incident.services = services.isEmpty() ? QStringList() : services.split(u'\n');
    incident.impact = q.value(5).toString();
    incident.drill = q.value(6).toBool();
    incident.askOtherTeams = q.value(7).toBool();
    incident.askCustomerVisible = q.value(8).toBool();
    incident.askUnresolvedHour = q.value(9).toBool();
    incident.bridge = q.value(10).toString();
    q.finish();

    QSqlQuery &milestones
        = m_db.prepared(QStringLiteral("SELECT milestone, at FROM milestones WHERE incident = ?"));
    if (auto error = m_db.exec(milestones, {id}))
        return {{}, error};
    while (milestones.next()) {
        if (auto m = milestoneFromName(milestones.value(0).toString()))
            incident.milestones.insert(*m, milestones.value(1).toLongLong());
    }
    QSqlQuery &roles = m_db.prepared(QStringLiteral("SELECT role, person FROM roles WHERE incident = ?"));
    if (auto error = m_db.exec(roles, {id}))
        return {{}, error};
    while (roles.next()) {
        if (auto r = roleFromName(roles.value(0).toString()))
            incident.roles.insert(*r, roles.value(1).toString());
    }
    QSqlQuery &smes
        = m_db.prepared(QStringLiteral("SELECT person FROM smes WHERE incident = ? ORDER BY person"));
    if (auto error = m_db.exec(smes, {id}))
        return {{}, error};
    while (smes.next())
        incident.smes.append(smes.value(0).toString());
    QSqlQuery &runbooks = m_db.prepared(
        QStringLiteral("SELECT attachment, template, title, steps FROM runbooks WHERE incident = ?"));
    if (auto error = m_db.exec(runbooks, {id}))
        return {{}, error};
    while (runbooks.next()) {
        RunbookAttachment r {
            runbooks.value(0).toString(), runbooks.value(1).toString(), runbooks.value(2).toString(), {}};
        for (const QCborValue &step : cbor::parse(runbooks.value(3).toByteArray()).toArray())
            r.steps.append(step.toString());
        incident.runbooks.insert(r.id, r);
    }
    QSqlQuery &steps = m_db.prepared(QStringLiteral(
        "SELECT attachment, step, state, done_by, at, note FROM step_progress WHERE incident = ?"));
    if (auto error = m_db.exec(steps, {id}))
        return {{}, error};
    while (steps.next()) {
        StepProgress p {stepStateFromName(steps.value(2).toString()).value_or(StepState::Todo),
                        steps.value(3).toString(), steps.value(4).toLongLong(), steps.value(5).toString()};
        incident.steps.insert({steps.value(0).toString(), steps.value(1).toInt()}, p);
    }
    QSqlQuery &alerts = m_db.prepared(
        QStringLiteral("SELECT fingerprint, name, service, source, resolved_at FROM incident_alerts"
                       " WHERE incident = ?"));
    if (auto error = m_db.exec(alerts, {id}))
        return {{}, error};
    while (alerts.next()) {
        const LinkedAlert alert {alerts.value(0).toString(), alerts.value(1).toString(),
                                 alerts.value(2).toString(), alerts.value(3).toString(),
                                 alerts.value(4).toLongLong()};
        incident.alerts.insert(alert.fingerprint, alert);
    }
    QSqlQuery &tasks = m_db.prepared(QStringLiteral(
        "SELECT task, kind, title, owner, due, status, created, tracker_requested, tracker FROM tasks"
        " WHERE incident = ?"));
    if (auto error = m_db.exec(tasks, {id}))
        return {{}, error};
    while (tasks.next())
        incident.tasks.insert(tasks.value(0).toString(), taskFromRow(tasks, 0));
    QSqlQuery &more
        = m_db.prepared(QStringLiteral("SELECT field, value FROM incident_fields WHERE incident = ?"));
    if (auto error = m_db.exec(more, {id}))
        return {{}, error};
    while (more.next())
        incident.applySet(more.value(0).toString(), cbor::parse(more.value(1).toByteArray()));
    return {incident, {}};
}

StoreResult<QList<AlertLink>> Store::alertLinks()
{
    QSqlQuery &q = m_db.prepared(
        QStringLiteral("SELECT a.incident, i.title, a.fingerprint, a.name, a.service, a.source, a.resolved_at"
                       " FROM incident_alerts a JOIN incidents i ON i.id = a.incident"
                       " WHERE i.state <> 'closed' ORDER BY a.incident, a.fingerprint"));
    if (auto error = m_db.exec(q))
        return {{}, error};
    QList<AlertLink> out;
    while (q.next()) {
        out.append({q.value(0).toString(),
                    q.value(1).toString(),
                    {q.value(2).toString(), q.value(3).toString(), q.value(4).toString(),
                     q.value(5).toString(), q.value(6).toLongLong()}});
    }
    q.finish();
    return {out, {}};
}

StoreResult<QList<ActionItem>> Store::openActionItems(const QString &ownerId)
{
    // Soonest due first (those without a due time last), then oldest.
    QSqlQuery &q = m_db.prepared(
        QStringLiteral("SELECT t.task, t.kind, t.title, t.owner, t.due, t.status, t.created,"
                       " t.tracker_requested, t.tracker, t.incident, i.title, i.severity,"
                       " i.drill FROM tasks t JOIN incidents i ON i.id = t.incident"
                       " WHERE t.kind = 'action' AND t.status = 'open' AND (? = '' OR t.owner = ?)"
                       " ORDER BY t.due IS NULL, t.due, t.created, t.task"));
    if (auto error = m_db.exec(q, {ownerId, ownerId}))
        return {{}, error};
    QList<ActionItem> out;
    while (q.next()) {
        out.append({taskFromRow(q, 0), q.value(9).toString(), q.value(10).toString(),
                    severityFromInt(q.value(11).toInt()).value_or(Severity::Sev1), q.value(12).toBool()});
    }
    q.finish();
    return {out, {}};
}

StoreResult<QList<LogLine>> Store::wholeLog(const QString &incidentId)
{
    constexpr int pageSize = 1000;
    QList<LogLine> all;
    LogCursor cursor;
    for (;;) {
        auto page = logPage(incidentId, cursor, pageSize);
        if (!page.ok())
            return {{}, page.error};
        all.append(page.value);
        if (page.value.size() < pageSize)
            break;
        const LogEntry &last = page.value.constLast().entry;
        cursor = {last.hlc.packed(), last.id.replica, last.id.counter};
    }
    std::reverse(all.begin(), all.end());
    return {all, {}};
}

StoreResult<QList<LogLine>> Store::logPage(const QString &incidentId, const LogCursor &before, int limit)
{
    QSqlQuery *q = nullptr;
    StoreError error;
    if (before.isNull()) {
        q = &m_db.prepared(QStringLiteral("SELECT " MUSTER_LOG_COLUMNS " FROM log_entries l" MUSTER_LOG_JOINS
                                          " WHERE l.incident = ?"
                                          " ORDER BY l.hlc DESC, l.replica DESC, l.counter DESC LIMIT ?"));
        error = m_db.exec(*q, {incidentId, limit});
    } else {
        q = &m_db.prepared(
            QStringLiteral("SELECT " MUSTER_LOG_COLUMNS " FROM log_entries l" MUSTER_LOG_JOINS
                           " WHERE l.incident = ? AND (l.hlc, l.replica, l.counter) < (?, ?, ?)"
                           " ORDER BY l.hlc DESC, l.replica DESC, l.counter DESC LIMIT ?"));
        error = m_db.exec(*q, {incidentId, qint64(before.hlc), before.replica, before.counter, limit});
    }
    if (error)
        return {{}, error};
    QList<LogLine> out;
    while (q->next())
        out.append(logLineFrom(*q));
    q->finish();
    return {out, {}};
}

StoreResult<QList<LogLine>> Store::logPageAfter(const QString &incidentId, const LogCursor &after, int limit)
{
    QSqlQuery &q
        = m_db.prepared(QStringLiteral("SELECT " MUSTER_LOG_COLUMNS " FROM log_entries l" MUSTER_LOG_JOINS
                                       " WHERE l.incident = ? AND (l.hlc, l.replica, l.counter) > (?, ?, ?)"
                                       " ORDER BY l.hlc ASC, l.replica ASC, l.counter ASC LIMIT ?"));
    if (auto error = m_db.exec(q, {incidentId, qint64(after.hlc), after.replica, after.counter, limit}))
        return {{}, error};
    QList<LogLine> out;
    while (q.next())
        out.prepend(logLineFrom(q));
    q.finish();
    return {out, {}};
}

StoreResult<QList<LogLine>> Store::searchLog(const QString &text, const QString &incidentId, int limit)
{
    const QString match = ftsQuery(text);
    if (match.isEmpty())
        return {};
    // Newest first by insertion order (rowid), which FTS5 walks without sorting every match.
    QSqlQuery &q = m_db.prepared(QStringLiteral(
        "SELECT " MUSTER_LOG_COLUMNS " FROM log_fts f JOIN log_entries l ON l.seq = f.rowid" MUSTER_LOG_JOINS
        " WHERE log_fts MATCH ? AND (? = '' OR l.incident = ?) ORDER BY f.rowid DESC LIMIT ?"));
    if (auto error = m_db.exec(q, {match, incidentId, incidentId, limit}))
        return {{}, error};
    QList<LogLine> out;
    while (q.next())
        out.append(logLineFrom(q));
    q.finish();
    return {out, {}};
}

StoreResult<QList<Person>> Store::people()
{
    QSqlQuery &q = m_db.prepared(QStringLiteral(
        "SELECT id, name, email, team, handle FROM people WHERE name <> '' ORDER BY name COLLATE NOCASE"));
    if (auto error = m_db.exec(q))
        return {{}, error};
    QList<Person> out;
    while (q.next()) {
        out.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                    q.value(3).toString(), q.value(4).toString()});
    }
    q.finish();
    return {out, {}};
}

StoreResult<QList<DistributionList>> Store::distributionLists()
{
    QSqlQuery &q = m_db.prepared(QStringLiteral(
        "SELECT entity, field, value FROM workspace_fields WHERE entity LIKE ? ORDER BY entity"));
    if (auto error = m_db.exec(q, {QStringLiteral("list:%")}))
        return {{}, error};
    QMap<QString, DistributionList> lists;
    while (q.next()) {
        const auto entity = EntityRef::parse(q.value(0).toString());
        if (!entity || entity->type != EntityType::List)
            continue;
        DistributionList &list = lists[entity->id];
        list.id = entity->id;
        list.applySet(q.value(1).toString(), cbor::parse(q.value(2).toByteArray()));
    }
    q.finish();
    QList<DistributionList> out = lists.values();
    std::sort(out.begin(), out.end(), [](const DistributionList &a, const DistributionList &b) {
        const int byName = a.name.compare(b.name, Qt::CaseInsensitive); // the same on every machine
        return byName != 0 ? byName < 0 : a.id < b.id;
    });
    return {out, {}};
}

StoreResult<CommsSettings> Store::commsSettings()
{
    QSqlQuery &q
        = m_db.prepared(QStringLiteral("SELECT field, value FROM workspace_fields WHERE entity = ?"));
    if (auto error = m_db.exec(q, {commsEntity()}))
        return {{}, error};
    CommsSettings settings;
    while (q.next())
        settings.applySet(q.value(0).toString(), cbor::parse(q.value(1).toByteArray()));
    q.finish();
    return {settings, {}};
}

StoreResult<int> Store::pendingCount()
{
    if (!isOpen())
        return {0, {StoreError::Code::Io, QCoreApplication::translate("muster", "The database is not open")}};
    return {int(m_nextCounter - 1 - m_ackedCounter), {}};
}

StoreResult<int> Store::incidentCount()
{
    return count(QStringLiteral("SELECT count(*) FROM incidents WHERE title <> ''"));
}

StoreResult<int> Store::count(const QString &sql)
{
    QSqlQuery &q = m_db.prepared(sql);
    if (auto error = m_db.exec(q))
        return {0, error};
    const int n = q.next() ? q.value(0).toInt() : 0;
    q.finish();
    return {n, {}};
}

} // namespace muster
