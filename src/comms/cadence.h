// SPDX-License-Identifier: GPL-3.0-or-later
// When stakeholders expect the next update. Frequent early for the most severe incidents (SEV1
// every 20 minutes, SEV2 every 30, SEV3 every 60, SEV4 none), less often once an incident has
// run long (every 60 minutes after 2 hours), always counted from the last update sent, or from
// the declaration before the first. Pure functions of a policy and a clock, so the countdown on
// the header, the board card and the wall all agree and tests need no waiting.
#pragma once

#include "core/commssettings.h"
#include "core/domain.h"

#include <QMap>
#include <QString>

namespace muster::comms {

struct CadencePolicy
{
    // Minutes between updates per severity; 0: no regular updates.
    QMap<Severity, int> intervalMinutes {
        {Severity::Sev1, 20}, {Severity::Sev2, 30}, {Severity::Sev3, 60}, {Severity::Sev4, 0}};
    int longIncidentAfterMinutes = 120; // from the start of the incident
    int longIncidentIntervalMinutes = 60; // never more often than the severity's own interval

    // Empty when every number is usable; otherwise what is wrong.
    QString validate() const;
    friend bool operator==(const CadencePolicy &, const CadencePolicy &) = default;
};

// The workspace's policy: what it set, the defaults for the rest.
CadencePolicy cadencePolicy(const CommsSettings &settings);

struct CadenceStatus
{
    enum class State
    {
        None, // no regular updates for this severity, or the incident no longer needs them
        Due, // the next update is due at dueMs, in the future
        Overdue, // dueMs has passed
    };
    State state = State::None;
    qint64 dueMs = 0; // 0 for None
    qint64 intervalMs = 0; // the interval in force

    // Milliseconds until due (negative when overdue); 0 for None.
    qint64 remainingMs(qint64 nowMs) const { return state == State::None ? 0 : dueMs - nowMs; }
};

// The cadence for an incident of this severity and state that started at startedMs, whose last
// update went out at lastSentMs (0: none yet). Resolved, learning and closed incidents need no
// regular updates: the resolution notice is the last.
CadenceStatus cadenceStatus(const CadencePolicy &policy, Severity severity, LifecycleState state,
                            qint64 startedMs, qint64 lastSentMs, qint64 nowMs);

// "Update due in 12 min", "Update due now", "Update overdue by 7 min", "" for None.
QString cadenceText(const CadenceStatus &status, qint64 nowMs);

} // namespace muster::comms
