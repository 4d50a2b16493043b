// SPDX-License-Identifier: GPL-3.0-or-later
// What editing a retrospective becomes: one register per written part, the review state, and
// the timeline's chosen entries. Saving and moving through review are logged; choosing timeline
// entries is editing and is not.
#pragma once

#include "incident.h"
#include "operation.h"

namespace muster::changes {

// Sets the parts whose text differs from what the incident has (by part name, see retropart);
// one log line names them. Nothing when nothing changed.
QList<Change> saveRetrospective(const Incident &incident, const QMap<QString, QString> &parts);
QList<Change> setReviewState(const Incident &incident, ReviewState state);
// Includes or leaves out a log entry; back to the default removes the choice.
QList<Change> setTimelineInclusion(const Incident &incident, const OpId &entry, LogKind kind, bool included);

} // namespace muster::changes
