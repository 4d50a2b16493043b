// SPDX-License-Identifier: GPL-3.0-or-later
// The vocabulary of incident response: severities, lifecycle states, roles, log and step kinds.
// Each enum has a stable wire name (stored in ops, never translated) and a human label.
#pragma once

#include <QString>
#include <QStringList>
#include <array>
#include <optional>

namespace muster {

// SEV1 is the most severe. "Unsure? Pick the higher one."
enum class Severity
{
    Sev1 = 1,
    Sev2 = 2,
    Sev3 = 3,
    Sev4 = 4
};
inline constexpr std::array allSeverities {Severity::Sev1, Severity::Sev2, Severity::Sev3, Severity::Sev4};
std::optional<Severity> severityFromInt(qint64 value);
QString severityLabel(Severity severity); // "SEV1"
QString severityDescription(Severity severity); // "Critical — broad customer impact…"

enum class LifecycleState
{
    Detected,
    Acknowledged,
    Investigating,
    Mitigated,
    Resolved,
    Learning,
    Closed
};
inline constexpr std::array allLifecycleStates {LifecycleState::Detected,      LifecycleState::Acknowledged,
                                                LifecycleState::Investigating, LifecycleState::Mitigated,
                                                LifecycleState::Resolved,      LifecycleState::Learning,
                                                LifecycleState::Closed};
QString stateName(LifecycleState state); // wire name, "investigating"
QString stateLabel(LifecycleState state); // "Investigating"
std::optional<LifecycleState> stateFromName(QStringView name);
// Active means the incident still belongs on the board (everything but Closed).
bool isActive(LifecycleState state);

// Milestones are the timestamps a team records; each lifecycle state has one, plus impact start.
enum class Milestone
{
    ImpactStarted,
    Detected,
    Acknowledged,
    Investigating,
    Mitigated,
    Resolved,
    Learning,
    Closed
};
inline constexpr std::array allMilestones {
    Milestone::ImpactStarted, Milestone::Detected, Milestone::Acknowledged, Milestone::Investigating,
    Milestone::Mitigated,     Milestone::Resolved, Milestone::Learning,     Milestone::Closed};
QString milestoneName(Milestone milestone); // "impact_started"
QString milestoneLabel(Milestone milestone);
std::optional<Milestone> milestoneFromName(QStringView name);
Milestone milestoneFor(LifecycleState state);

// The delegable roles. Subject-matter experts are a set, not a single holder, so they are
// kept apart (see Incident::smes).
enum class Role
{
    IncidentCommander,
    DeputyCommander,
    CommunicationsLead,
    OperationsLead,
    Scribe
};
inline constexpr std::array allRoles {Role::IncidentCommander, Role::DeputyCommander,
                                      Role::CommunicationsLead, Role::OperationsLead, Role::Scribe};
QString roleName(Role role); // "ic"
QString roleLabel(Role role); // "Incident Commander"
std::optional<Role> roleFromName(QStringView name);

enum class LogKind
{
    Note,
    Decision,
    Action,
    StatusChange,
    RoleChange,
    System
};
QString logKindName(LogKind kind);
QString logKindLabel(LogKind kind);
std::optional<LogKind> logKindFromName(QStringView name);
// Responders write notes, decisions and actions; the others are written by Muster itself.
bool isUserLogKind(LogKind kind);

enum class StepState
{
    Todo,
    Doing,
    Done,
    Skipped
};
QString stepStateName(StepState state);
QString stepStateLabel(StepState state);
std::optional<StepState> stepStateFromName(QStringView name);

} // namespace muster
