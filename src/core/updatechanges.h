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

// The optional approval. The Communications Lead asks for it (a new request replaces an older
// one); the Incident Commander approves it or returns it with what to change. Sending the update
// clears it. Each step writes a log line.
QList<Change> requestApproval(const Incident &incident, const UpdateApproval &request, const QString &byName);
QList<Change> approveUpdate(const Incident &incident, const QString &byId, const QString &byName,
                            qint64 nowMs);
QList<Change> returnUpdate(const Incident &incident, const QString &byId, const QString &byName,
                           const QString &comment, qint64 nowMs);

} // namespace muster::changes
