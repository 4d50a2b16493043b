// SPDX-License-Identifier: GPL-3.0-or-later
// What marking a stakeholder update as sent becomes: its register (what, to whom, when, by whom)
// and a log entry with the full text, so the communication log shows exactly what went out.
#pragma once

#include "incident.h"
#include "operation.h"

namespace muster::changes {

// Nothing when the update id is already recorded (a second click, a retry).
QList<Change> recordSentUpdate(const Incident &incident, const SentUpdate &update);
// The log entry's text: who it went to, the subject, then the body as sent.
QString sentUpdateLogText(const SentUpdate &update);

} // namespace muster::changes
