// SPDX-License-Identifier: GPL-3.0-or-later
#include "milestonecheck.h"

#include <QCoreApplication>
#include <QDateTime>

namespace muster {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("muster", text);
}

// A clock a minute apart between two laptops is common; a milestone a minute ahead is not a slip.
constexpr qint64 kFutureSlackMs = 60'000;

} // namespace

MilestoneProblem checkMilestone(const QMap<Milestone, qint64> &times, Milestone milestone, qint64 nowMs)
{
    MilestoneProblem problem;
    const auto at = times.constFind(milestone);
    if (at == times.cend())
        return problem;
    problem.inFuture = *at > nowMs + kFutureSlackMs;
    // Walk back from the milestone just before this one: the nearest later-timed one is named,
    // since that is the pair a responder compares.
    const auto self = std::find(allMilestones.cbegin(), allMilestones.cend(), milestone);
    for (auto it = self; it != allMilestones.cbegin();) {
        --it;
        const auto earlier = times.constFind(*it);
        if (earlier != times.cend() && *earlier > *at) {
            problem.before = *it;
            break;
        }
    }
    return problem;
}

QString describeMilestoneProblem(const QMap<Milestone, qint64> &times, Milestone milestone, qint64 nowMs)
{
    const MilestoneProblem problem = checkMilestone(times, milestone, nowMs);
    if (problem.before) {
        const QString when
            = QDateTime::fromMSecsSinceEpoch(times.value(*problem.before)).toString(QStringLiteral("HH:mm"));
        return tr("before %1 (%2)").arg(milestoneLabel(*problem.before), when);
    }
    if (problem.inFuture)
        return tr("in the future");
    return {};
}

} // namespace muster
