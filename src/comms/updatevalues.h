// SPDX-License-Identifier: GPL-3.0-or-later
// What the placeholders of an update template are filled with, read from the live incident at
// the moment of drafting, with times in the audience's time zone.
#pragma once

#include "core/incident.h"

#include <QHash>
#include <QMap>
#include <QTimeZone>

namespace muster::comms {

// What only the writer knows, typed into the draft.
struct DraftInputs
{
    QString workaround; // what customers can do meanwhile
    QString remaining; // whether any impact or data loss remains (for the resolved notice)
};

// "24 Nov 2026, 10:14 CET": a time as a reader in that zone reads it, with the zone named.
QString audienceTime(qint64 ms, const QTimeZone &zone);
// What is being done now: open response tasks (with their owners) and runbook steps in progress.
QStringList currentActions(const Incident &incident, const QHash<QString, QString> &people);
// Every placeholder's value (empty where the incident has nothing to say yet).
QMap<QString, QString> placeholderValues(const Incident &incident, const QHash<QString, QString> &people,
                                         qint64 nextUpdateMs, const QTimeZone &zone,
                                         const DraftInputs &inputs);

} // namespace muster::comms
