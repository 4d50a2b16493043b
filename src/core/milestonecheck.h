// SPDX-License-Identifier: GPL-3.0-or-later
// Milestone times that cannot all be true. The lifecycle runs impact started → detected →
// acknowledged → investigating → mitigated → resolved → learning → closed, so each recorded time
// should be at or after every one before it; and none lies in the future. A time that breaks
// this is usually a slip in a correction, and it makes MTTD, MTTA and MTTR wrong, so the
// incident room flags it instead of letting it pass.
#pragma once

#include "domain.h"

#include <QMap>
#include <optional>

namespace muster {

struct MilestoneProblem
{
    // The milestone earlier in the lifecycle whose time is later than this one's (the nearest
    // such in lifecycle order), if any.
    std::optional<Milestone> before;
    bool inFuture = false; // more than a minute ahead of now

    bool isProblem() const { return before.has_value() || inFuture; }
};

// What is wrong with one milestone's time, given all recorded times (ms since the epoch). A
// milestone without a time has no problem.
MilestoneProblem checkMilestone(const QMap<Milestone, qint64> &times, Milestone milestone, qint64 nowMs);
// The same as a short phrase for the timeline ("before Detected 09:12", "in the future"); empty
// when there is no problem.
QString describeMilestoneProblem(const QMap<Milestone, qint64> &times, Milestone milestone, qint64 nowMs);

} // namespace muster
