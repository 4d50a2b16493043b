// SPDX-License-Identifier: GPL-3.0-or-later
#include "cadence.h"

#include <QCoreApplication>

namespace muster::comms {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("muster::comms", text);
}

constexpr qint64 kMinute = 60'000;
constexpr int kMaxMinutes = 7 * 24 * 60; // a week: longer is a typo, not a cadence
} // namespace

QString CadencePolicy::validate() const
{
    for (auto it = intervalMinutes.cbegin(); it != intervalMinutes.cend(); ++it) {
        if (it.value() < 0 || it.value() > kMaxMinutes)
            return tr("the %1 interval must be 0 (none) to %2 minutes")
                .arg(severityLabel(it.key()))
                .arg(kMaxMinutes);
    }
    if (longIncidentAfterMinutes < 1 || longIncidentAfterMinutes > kMaxMinutes)
        return tr("an incident counts as long after 1 to %1 minutes").arg(kMaxMinutes);
    if (longIncidentIntervalMinutes < 1 || longIncidentIntervalMinutes > kMaxMinutes)
        return tr("the long-incident interval must be 1 to %1 minutes").arg(kMaxMinutes);
    return {};
}

CadencePolicy cadencePolicy(const CommsSettings &settings)
{
    CadencePolicy policy;
    for (auto it = settings.intervalMinutes.cbegin(); it != settings.intervalMinutes.cend(); ++it)
        policy.intervalMinutes.insert(it.key(), it.value());
    policy.longIncidentAfterMinutes
        = settings.longIncidentAfterMinutes.value_or(policy.longIncidentAfterMinutes);
    policy.longIncidentIntervalMinutes
        = settings.longIncidentIntervalMinutes.value_or(policy.longIncidentIntervalMinutes);
    return policy;
}

CadenceStatus cadenceStatus(const CadencePolicy &policy, Severity severity, LifecycleState state,
                            qint64 startedMs, qint64 lastSentMs, qint64 nowMs)
{
    const int minutes = policy.intervalMinutes.value(severity, 0);
    const bool underWay = state == LifecycleState::Detected || state == LifecycleState::Acknowledged
        || state == LifecycleState::Investigating || state == LifecycleState::Mitigated;
    if (minutes <= 0 || !underWay || startedMs <= 0)
        return {};
    // Counted from the last update (or the start): the interval in force is the one that applied
    // when that update went out, so a countdown never jumps while it runs.
    const qint64 from = std::max(startedMs, lastSentMs);
    qint64 interval = minutes * kMinute;
    if (from - startedMs >= policy.longIncidentAfterMinutes * kMinute)
        interval = std::max(interval, policy.longIncidentIntervalMinutes * kMinute);
    const qint64 due = from + interval;
    return {due > nowMs ? CadenceStatus::State::Due : CadenceStatus::State::Overdue, due, interval};
}

QString cadenceText(const CadenceStatus &status, qint64 nowMs)
{
    if (status.state == CadenceStatus::State::None)
        return {};
    const qint64 remaining = status.remainingMs(nowMs);
    // Whole minutes, rounded towards "sooner": 30 s left reads "due in 1 min", not "0 min".
    if (remaining > 0)
        return tr("Update due in %1 min").arg((remaining + kMinute - 1) / kMinute);
    const qint64 late = -remaining / kMinute;
    return late == 0 ? tr("Update due now") : tr("Update overdue by %1 min").arg(late);
}

} // namespace muster::comms
