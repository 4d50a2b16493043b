// SPDX-License-Identifier: GPL-3.0-or-later
#include "workspacestate.h"

#include "fields.h"

#include <QCborArray>
#include <QCborMap>
#include <QCryptographicHash>

namespace muster {

WorkspaceState::Applied WorkspaceState::apply(const Operation &op, QString *error)
{
    const QString key = op.id.toString();
    if (m_seen.contains(key))
        return Applied::Duplicate;
    const QString problem = validateOperation(op);
    if (!problem.isEmpty()) {
        if (error)
            *error = problem;
        return Applied::Rejected;
    }
    m_seen.insert(key);

    const EntityRef entity = *EntityRef::parse(op.entity);
    if (op.kind == OpKind::Append) {
        const QCborMap value = op.value.toMap();
        LogEntry entry {
            op.id,
            op.hlc,
            entity.id,
            op.actor,
            logKindFromName(value.value(QStringLiteral("kind")).toString()).value_or(LogKind::Note),
            value.value(QStringLiteral("text")).toString(),
            OpId::fromString(value.value(QStringLiteral("corrects")).toString())};
        m_logs[entity.id].insert({op.hlc.packed(), op.id.replica, op.id.counter}, entry);
        m_incidents[entity.id].id = entity.id;
        return Applied::Changed;
    }

    const QString registerKey = op.entity + u'\n' + op.field;
    auto current = m_registers.constFind(registerKey);
    if (current != m_registers.cend() && !writeWins(op.hlc, op.id.replica, current->hlc, current->replica))
        return Applied::Superseded;
    m_registers.insert(registerKey, {op.hlc, op.id.replica});

    if (entity.type == EntityType::Incident) {
        Incident &incident = m_incidents[entity.id];
        incident.id = entity.id;
        incident.applySet(op.field, op.value);
    } else if (entity.type == EntityType::List) {
        DistributionList &list = m_lists[entity.id];
        list.id = entity.id;
        list.applySet(op.field, op.value);
    } else if (entity.type == EntityType::Comms) {
        m_comms.applySet(op.field, op.value);
    } else {
        Person &person = m_people[entity.id];
        person.id = entity.id;
        person.applySet(op.field, op.value);
    }
    return Applied::Changed;
}

std::optional<HlcTimestamp> WorkspaceState::registerStamp(const QString &entity, const QString &field) const
{
    const auto it = m_registers.constFind(entity + u'\n' + field);
    return it == m_registers.cend() ? std::nullopt : std::optional(it->hlc);
}

QList<LogEntry> WorkspaceState::log(const QString &incidentId) const
{
    return m_logs.value(incidentId).values();
}

QByteArray WorkspaceState::stateHash() const
{
    // The canonical form: registers' winning values are what state is made of, so encode the
    // typed records field by field in sorted order.
    QCborArray all;
    for (const Incident &i : m_incidents) {
        QCborMap m {{QStringLiteral("id"), i.id},
                    {QStringLiteral("title"), i.title},
                    {QStringLiteral("summary"), i.summary},
                    {QStringLiteral("severity"), int(i.severity)},
                    {QStringLiteral("state"), stateName(i.state)},
                    {QStringLiteral("services"), QCborArray::fromStringList(i.services)},
                    {QStringLiteral("impact"), i.impact},
                    {QStringLiteral("bridge"), i.bridge},
                    {QStringLiteral("drill"), i.drill},
                    {QStringLiteral("smes"), QCborArray::fromStringList(i.smes)}};
        QCborArray milestones;
        for (auto it = i.milestones.cbegin(); it != i.milestones.cend(); ++it)
            milestones.append(QCborArray {milestoneName(it.key()), it.value()});
        m.insert(QStringLiteral("milestones"), milestones);
        QCborArray roles;
        for (auto it = i.roles.cbegin(); it != i.roles.cend(); ++it)
            roles.append(QCborArray {roleName(it.key()), it.value()});
        m.insert(QStringLiteral("roles"), roles);
        QCborArray steps;
        for (auto it = i.steps.cbegin(); it != i.steps.cend(); ++it)
            steps.append(QCborArray {it.key().first, it.key().second, it.value().toCbor()});
        m.insert(QStringLiteral("steps"), steps);
        QCborArray runbooks;
        for (const RunbookAttachment &r : i.runbooks)
            runbooks.append(QCborArray {r.id, r.title, QCborArray::fromStringList(r.steps)});
        m.insert(QStringLiteral("runbooks"), runbooks);
        QCborArray updates;
        for (const SentUpdate &u : i.updates)
            updates.append(QCborArray {u.id, u.toCbor()});
        m.insert(QStringLiteral("updates"), updates);
        QCborArray log;
        for (const LogEntry &e : m_logs.value(i.id))
            log.append(
                QCborArray {e.id.toString(), qint64(e.hlc.packed()), e.author, logKindName(e.kind), e.text});
        m.insert(QStringLiteral("log"), log);
        all.append(m);
    }
    for (const Person &p : m_people)
        all.append(QCborArray {p.id, p.name, p.email, p.team, p.handle});
    for (const DistributionList &l : m_lists)
        all.append(QCborArray {l.id, l.name, audienceTypeName(l.audience), QCborArray::fromStringList(l.to),
                               QCborArray::fromStringList(l.cc), l.timeZone, l.archived});
    QCborArray comms;
    for (auto it = m_comms.intervalMinutes.cbegin(); it != m_comms.intervalMinutes.cend(); ++it)
        comms.append(QCborArray {int(it.key()), it.value()});
    comms.append(m_comms.longIncidentAfterMinutes.value_or(-1));
    comms.append(m_comms.longIncidentIntervalMinutes.value_or(-1));
    for (auto it = m_comms.templates.cbegin(); it != m_comms.templates.cend(); ++it)
        comms.append(QCborArray {audienceTypeName(it.key().first), updateStageName(it.key().second),
                                 it.value().subject, it.value().body});
    all.append(comms);
    return QCryptographicHash::hash(all.toCborValue().toCbor(), QCryptographicHash::Sha256);
}

} // namespace muster
