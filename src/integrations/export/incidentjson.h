// SPDX-License-Identifier: GPL-3.0-or-later
// The JSON that musterctl prints and that exports write. These are stable, documented schemas
// (docs/musterctl.md): fields may be added, never renamed or removed, within a version.
#pragma once

#include "incidentrecord.h"

#include <QJsonArray>
#include <QJsonObject>

namespace muster {

QString isoTime(qint64 ms);
QJsonObject summaryJson(const IncidentSummary &incident);
// The whole incident: fields, milestones, roles, experts, runbooks, and the log oldest first.
QJsonObject incidentJson(const Incident &incident, const QList<LogLine> &logOldestFirst,
                         const PeopleIndex &people);
// The retrospective: review state, written parts, impact, the published timeline, action items.
QJsonObject retrospectiveJson(const IncidentRecord &record);
// The export document: {format, version, workspace, exportedAt, incident, retrospective}.
// The log chain object of an export, also what `musterctl verify --json` says per incident.
QJsonObject logChainJson(const ChainStatus &chain);
QJsonObject exportJson(const IncidentRecord &record);

} // namespace muster
