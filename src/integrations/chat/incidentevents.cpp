// SPDX-License-Identifier: GPL-3.0-or-later
#include "incidentevents.h"

#include "core/fields.h"

namespace muster {

namespace {

const std::array<QString, allIncidentEventKinds.size()> &eventNames()
{
    static const std::array<QString, allIncidentEventKinds.size()> names {
        QStringLiteral("declared"),     QStringLiteral("severity"),   QStringLiteral("status"),
        QStringLiteral("handoff"),      QStringLiteral("update"),     QStringLiteral("resolved"),
        QStringLiteral("acknowledged"), QStringLiteral("action-item")};
    return names;
}

// An incident a channel knows of: declared, not only detected by an alert nobody looked at.
bool announced(const std::optional<Incident> &incident)
{
    return incident && !incident->title.isEmpty() && incident->state != LifecycleState::Detected;
}

bool isResolvedOrLater(LifecycleState state)
{
    return state == LifecycleState::Resolved || state == LifecycleState::Learning
        || state == LifecycleState::Closed;
}

} // namespace

QString incidentEventName(IncidentEventKind kind)
{
    return eventNames().at(size_t(kind));
}

std::optional<IncidentEventKind> incidentEventFromName(QStringView name)
{
    for (IncidentEventKind kind : allIncidentEventKinds) {
        if (incidentEventName(kind) == name)
            return kind;
    }
    return std::nullopt;
}

QString IncidentEventDetector::nameOf(const QString &personId) const
{
    if (personId.isEmpty())
        return {};
    const QString name = m_state.people().value(personId).name;
    return name.isEmpty() ? personId : name;
}

QList<IncidentEvent> IncidentEventDetector::apply(const QList<Operation> &ops)
{
    QList<QString> touched; // incident ids, in the order first touched
    QHash<QString, std::optional<Incident>> before;
    QHash<QString, QHash<QString, Operation>> lastOp; // incident → field → the op that set it last
    for (const Operation &op : ops) {
        if (op.kind != OpKind::Set)
            continue;
        const auto entity = EntityRef::parse(op.entity);
        const bool incident = entity && entity->type == EntityType::Incident;
        if (incident && !before.contains(entity->id)) {
            const auto it = m_state.incidents().constFind(entity->id);
            before.insert(entity->id,
                          it == m_state.incidents().cend() ? std::nullopt : std::optional<Incident>(*it));
            touched << entity->id;
        }
        if (m_state.apply(op) == WorkspaceState::Applied::Changed && incident)
            lastOp[entity->id].insert(op.field, op);
    }

    QList<IncidentEvent> events;
    for (const QString &id : std::as_const(touched)) {
        const std::optional<Incident> &was = before.value(id);
        const Incident &now = m_state.incidents().value(id);
        if (!announced(now))
            continue;
        const QHash<QString, Operation> &setBy = lastOp.value(id);
        auto event = [&](IncidentEventKind kind, const QString &field) {
            // The field's op, or for an event of several fields the last op applied.
            const Operation cause
                = setBy.value(field, setBy.value(fields::state, setBy.value(fields::title)));
            IncidentEvent e;
            e.kind = kind;
            e.cause = cause.id;
            e.atMs = qint64(cause.hlc.wallMs);
            e.incident = now;
            e.commander = nameOf(now.roles.value(Role::IncidentCommander));
            if (was) {
                e.previousCommander = nameOf(was->roles.value(Role::IncidentCommander));
                e.previousSeverity = was->severity;
                e.previousState = was->state;
            }
            return e;
        };
        const QString icField = roleField(Role::IncidentCommander);
        const bool tookCommand = (!was || was->roles.value(Role::IncidentCommander).isEmpty())
            && !now.roles.value(Role::IncidentCommander).isEmpty() && setBy.contains(icField);
        if (!announced(was)) {
            if (setBy.contains(fields::state) || setBy.contains(fields::title))
                events << event(IncidentEventKind::Declared, fields::state);
            // Declared with a commander (or one named while it was only detected): a person is on it.
            if (!now.roles.value(Role::IncidentCommander).isEmpty())
                events << event(IncidentEventKind::Acknowledged, icField);
        } else {
            if (was->severity != now.severity && setBy.contains(fields::severity))
                events << event(IncidentEventKind::SeverityChanged, fields::severity);
            if (was->state != now.state && setBy.contains(fields::state)) {
                const bool resolving
                    = now.state == LifecycleState::Resolved && !isResolvedOrLater(was->state);
                events << event(resolving ? IncidentEventKind::Resolved : IncidentEventKind::StatusChanged,
                                fields::state);
            }
            if (was->roles.value(Role::IncidentCommander) != now.roles.value(Role::IncidentCommander)
                && !now.roles.value(Role::IncidentCommander).isEmpty() && setBy.contains(icField))
                events << event(IncidentEventKind::CommandHandedOver, icField);
            if (tookCommand)
                events << event(IncidentEventKind::Acknowledged, icField);
        }
        for (auto it = now.updates.cbegin(); it != now.updates.cend(); ++it) {
            const QString field = updateField(it.key());
            if ((was && was->updates.contains(it.key())) || !setBy.contains(field))
                continue;
            IncidentEvent e = event(IncidentEventKind::UpdateSent, field);
            e.update = it.value();
            events << e;
        }
        for (const Task &task : now.tasks) {
            const QString field = taskField(task.id, taskattr::trackerRequested);
            if (task.kind != TaskKind::ActionItem || !task.tracker.isNull() || task.trackerRequestedMs <= 0
                || !setBy.contains(field))
                continue;
            IncidentEvent e = event(IncidentEventKind::ActionItemFiled, field);
            e.task = task;
            e.taskOwner = nameOf(task.ownerId);
            events << e;
        }
    }
    return events;
}

} // namespace muster
