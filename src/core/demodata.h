// SPDX-License-Identifier: GPL-3.0-or-later
// The sample workspace behind `muster --demo`: a team in the middle of a busy day, with
// incidents at every stage, populated rosters, logs and runbooks. The ops come from a replica
// of their own with timestamps in the past, so the timelines read as they would have happened.
#pragma once

#include "operation.h"
#include "runbooktemplate.h"

namespace muster {

// Ops for the sample. Runbooks are attached from `runbooks` by template id; a missing
// template is simply not attached.
QList<Operation> demoOperations(const QString &workspace, qint64 nowMs,
                                const QList<RunbookTemplate> &runbooks);

} // namespace muster
