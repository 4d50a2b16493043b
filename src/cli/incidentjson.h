// SPDX-License-Identifier: GPL-3.0-or-later
// The JSON that musterctl prints and exports. These are stable, documented schemas
// (docs/musterctl.md): fields may be added, never renamed or removed, within a version.
#pragma once

#include "store/store.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>

namespace muster {

// person id → name, for turning ids into people in the output.
using PeopleIndex = QHash<QString, QString>;

QString isoTime(qint64 ms);
QJsonObject summaryJson(const IncidentSummary &incident);
// The whole incident: fields, milestones, roles, experts, runbooks, and the log oldest first.
QJsonObject incidentJson(const Incident &incident, const QList<LogLine> &logOldestFirst,
                         const PeopleIndex &people);

} // namespace muster
