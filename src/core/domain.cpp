// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain.h"

#include "wirename.h"

#include <QCoreApplication>

namespace muster {

std::optional<Severity> severityFromInt(qint64 value)
{
    if (value < 1 || value > 4)
        return std::nullopt;
    return static_cast<Severity>(value);
}

QString severityLabel(Severity severity)
{
    return QStringLiteral("SEV%1").arg(static_cast<int>(severity));
}

QString severityDescription(Severity severity)
{
    switch (severity) {
    case Severity::Sev1:
        return QCoreApplication::translate("muster",
                                           "Critical: broad customer impact, data loss or security exposure");
    case Severity::Sev2:
        return QCoreApplication::translate("muster",
                                           "Major: many customers affected or a key function degraded");
    case Severity::Sev3:
        return QCoreApplication::translate("muster",
                                           "Minor: limited impact, handled urgently by the owning team");
    case Severity::Sev4:
        return QCoreApplication::translate("muster", "Low: no customer impact yet, tracked as work");
    }
    return {};
}

QString stateName(LifecycleState state)
{
    switch (state) {
    case LifecycleState::Detected:
        return QStringLiteral("detected");
    case LifecycleState::Acknowledged:
        return QStringLiteral("acknowledged");
    case LifecycleState::Investigating:
        return QStringLiteral("investigating");
    case LifecycleState::Mitigated:
        return QStringLiteral("mitigated");
    case LifecycleState::Resolved:
        return QStringLiteral("resolved");
    case LifecycleState::Learning:
        return QStringLiteral("learning");
    case LifecycleState::Closed:
        return QStringLiteral("closed");
    }
    return {};
}

QString stateLabel(LifecycleState state)
{
    switch (state) {
    case LifecycleState::Detected:
        return QCoreApplication::translate("muster", "Detected");
    case LifecycleState::Acknowledged:
        return QCoreApplication::translate("muster", "Acknowledged");
    case LifecycleState::Investigating:
        return QCoreApplication::translate("muster", "Investigating");
    case LifecycleState::Mitigated:
        return QCoreApplication::translate("muster", "Mitigated");
    case LifecycleState::Resolved:
        return QCoreApplication::translate("muster", "Resolved");
    case LifecycleState::Learning:
        return QCoreApplication::translate("muster", "Learning");
    case LifecycleState::Closed:
        return QCoreApplication::translate("muster", "Closed");
    }
    return {};
}

std::optional<LifecycleState> stateFromName(QStringView name)
{
    return fromWireName(name, allLifecycleStates, &stateName);
}

bool isActive(LifecycleState state)
{
    return state != LifecycleState::Closed;
}

QString milestoneName(Milestone milestone)
{
    switch (milestone) {
    case Milestone::ImpactStarted:
        return QStringLiteral("impact_started");
    case Milestone::Detected:
        return QStringLiteral("detected");
    case Milestone::Acknowledged:
        return QStringLiteral("acknowledged");
    case Milestone::Investigating:
        return QStringLiteral("investigating");
    case Milestone::Mitigated:
        return QStringLiteral("mitigated");
    case Milestone::Resolved:
        return QStringLiteral("resolved");
    case Milestone::Learning:
        return QStringLiteral("learning");
    case Milestone::Closed:
        return QStringLiteral("closed");
    }
    return {};
}

QString milestoneLabel(Milestone milestone)
{
    switch (milestone) {
    case Milestone::ImpactStarted:
        return QCoreApplication::translate("muster", "Impact started");
    case Milestone::Detected:
        return QCoreApplication::translate("muster", "Detected");
    case Milestone::Acknowledged:
        return QCoreApplication::translate("muster", "Acknowledged");
    case Milestone::Investigating:
        return QCoreApplication::translate("muster", "Investigating");
    case Milestone::Mitigated:
        return QCoreApplication::translate("muster", "Mitigated");
    case Milestone::Resolved:
        return QCoreApplication::translate("muster", "Resolved");
    case Milestone::Learning:
        return QCoreApplication::translate("muster", "Retrospective started");
    case Milestone::Closed:
        return QCoreApplication::translate("muster", "Closed");
    }
    return {};
}

std::optional<Milestone> milestoneFromName(QStringView name)
{
    return fromWireName(name, allMilestones, &milestoneName);
}

Milestone milestoneFor(LifecycleState state)
{
    return static_cast<Milestone>(static_cast<int>(state) + 1);
}

QString roleName(Role role)
{
    switch (role) {
    case Role::IncidentCommander:
        return QStringLiteral("ic");
    case Role::DeputyCommander:
        return QStringLiteral("deputy");
    case Role::CommunicationsLead:
        return QStringLiteral("comms");
    case Role::OperationsLead:
        return QStringLiteral("ops");
    case Role::Scribe:
        return QStringLiteral("scribe");
    }
    return {};
}

QString roleLabel(Role role)
{
    switch (role) {
    case Role::IncidentCommander:
        return QCoreApplication::translate("muster", "Incident Commander");
    case Role::DeputyCommander:
        return QCoreApplication::translate("muster", "Deputy IC");
    case Role::CommunicationsLead:
        return QCoreApplication::translate("muster", "Communications Lead");
    case Role::OperationsLead:
        return QCoreApplication::translate("muster", "Operations Lead");
    case Role::Scribe:
        return QCoreApplication::translate("muster", "Scribe");
    }
    return {};
}

std::optional<Role> roleFromName(QStringView name)
{
    return fromWireName(name, allRoles, &roleName);
}

QString logKindName(LogKind kind)
{
    switch (kind) {
    case LogKind::Note:
        return QStringLiteral("note");
    case LogKind::Decision:
        return QStringLiteral("decision");
    case LogKind::Action:
        return QStringLiteral("action");
    case LogKind::StatusChange:
        return QStringLiteral("status");
    case LogKind::RoleChange:
        return QStringLiteral("role");
    case LogKind::System:
        return QStringLiteral("system");
    }
    return {};
}

QString logKindLabel(LogKind kind)
{
    switch (kind) {
    case LogKind::Note:
        return QCoreApplication::translate("muster", "Note");
    case LogKind::Decision:
        return QCoreApplication::translate("muster", "Decision");
    case LogKind::Action:
        return QCoreApplication::translate("muster", "Action");
    case LogKind::StatusChange:
        return QCoreApplication::translate("muster", "Status");
    case LogKind::RoleChange:
        return QCoreApplication::translate("muster", "Roles");
    case LogKind::System:
        return QCoreApplication::translate("muster", "System");
    }
    return {};
}

std::optional<LogKind> logKindFromName(QStringView name)
{
    static constexpr std::array kinds {LogKind::Note,         LogKind::Decision,   LogKind::Action,
                                       LogKind::StatusChange, LogKind::RoleChange, LogKind::System};
    return fromWireName(name, kinds, &logKindName);
}

bool isUserLogKind(LogKind kind)
{
    return kind == LogKind::Note || kind == LogKind::Decision || kind == LogKind::Action;
}

QString stepStateName(StepState state)
{
    switch (state) {
    case StepState::Todo:
        return QStringLiteral("todo");
    case StepState::Doing:
        return QStringLiteral("doing");
    case StepState::Done:
        return QStringLiteral("done");
    case StepState::Skipped:
        return QStringLiteral("skipped");
    }
    return {};
}

QString stepStateLabel(StepState state)
{
    switch (state) {
    case StepState::Todo:
        return QCoreApplication::translate("muster", "To do");
    case StepState::Doing:
        return QCoreApplication::translate("muster", "In progress");
    case StepState::Done:
        return QCoreApplication::translate("muster", "Done");
    case StepState::Skipped:
        return QCoreApplication::translate("muster", "Skipped");
    }
    return {};
}

std::optional<StepState> stepStateFromName(QStringView name)
{
    static constexpr std::array states {StepState::Todo, StepState::Doing, StepState::Done,
                                        StepState::Skipped};
    return fromWireName(name, states, &stepStateName);
}

} // namespace muster
