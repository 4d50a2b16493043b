// SPDX-License-Identifier: GPL-3.0-or-later
// What a team channel is told of: the moments of an incident's life worth a post (declared,
// severity or status changed, command handed over, a stakeholder update sent, resolved), read
// from the ops the relay stored, in the order it stored them.
#pragma once

#include "core/workspacestate.h"

#include <QList>
#include <optional>

namespace muster {

enum class IncidentEventKind
{
    Declared,
    SeverityChanged,
    StatusChanged,
    CommandHandedOver,
    UpdateSent,
    Resolved,
    // Someone took command of an incident that had no Incident Commander: a person is on it
    // (PagerDuty's "acknowledge"). At a declaration with a commander it follows "declared".
    Acknowledged,
    // Someone asked for a follow-up action item to be filed in the tracker (Jira); the event
    // carries the task. Once per task, however often it is asked.
    ActionItemFiled,
};
inline constexpr std::array allIncidentEventKinds {
    IncidentEventKind::Declared,      IncidentEventKind::SeverityChanged,
    IncidentEventKind::StatusChanged, IncidentEventKind::CommandHandedOver,
    IncidentEventKind::UpdateSent,    IncidentEventKind::Resolved,
    IncidentEventKind::Acknowledged,  IncidentEventKind::ActionItemFiled};
// Stable names, as `muster-relay integration add --events` takes them: declared, severity,
// status, handoff, update, resolved, acknowledged, action-item.
QString incidentEventName(IncidentEventKind kind);
std::optional<IncidentEventKind> incidentEventFromName(QStringView name);

struct IncidentEvent
{
    IncidentEventKind kind = IncidentEventKind::Declared;
    // The op that made it happen. With the kind it is the event's key: the relay posts an event
    // once per integration, however often the ops are read again.
    OpId cause;
    qint64 atMs = 0; // the cause's time
    Incident incident; // as it stands once the ops are applied
    QString commander; // the Incident Commander's name; "" for none
    QString previousCommander; // CommandHandedOver: who held command before
    Severity previousSeverity = Severity::Sev3; // SeverityChanged
    LifecycleState previousState = LifecycleState::Detected; // StatusChanged, Resolved
    SentUpdate update; // UpdateSent
    Task task; // ActionItemFiled: the action item
    QString taskOwner; // ActionItemFiled: its owner's name; "" for nobody

    // ActionItemFiled is keyed by its task, so asking twice files one issue.
    QString key() const
    {
        return (kind == IncidentEventKind::ActionItemFiled ? task.id : cause.toString()) + u'/'
            + incidentEventName(kind);
    }
};

class IncidentEventDetector
{
public:
    // Applies ops in the relay's sequence order and returns the events they make, incident by
    // incident in the order each was first touched. Ops applied together are compared as one
    // change, so a declaration's dozen ops make one "declared" with its severity and commander.
    // Log entries are skipped: no event depends on them, and they are most of a workspace.
    QList<IncidentEvent> apply(const QList<Operation> &ops);

    const WorkspaceState &state() const { return m_state; }

private:
    QString nameOf(const QString &personId) const;

    WorkspaceState m_state;
};

} // namespace muster
