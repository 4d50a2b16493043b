// SPDX-License-Identifier: GPL-3.0-or-later
// The detection inbox groups alerts the way a responder reads them: one line per alert name
// and service ("HighLatency on checkout-api, 3 firing"), the most severe and oldest first.
#pragma once

#include "alert.h"
#include "core/changes.h"

namespace muster::alerts {

// An alert and the Alertmanager it came from.
struct SourcedAlert
{
    QString source; // the Alertmanager's address as the user gave it
    Alert alert;
};

struct AlertGroup
{
    QString key; // "name\nservice": stable across polls
    QString name;
    QString service;
    Severity severity = Severity::Sev4; // the most severe of its alerts
    int active = 0; // firing and not silenced or inhibited (or not yet processed)
    int silenced = 0;
    int inhibited = 0;
    qint64 earliestStartMs = 0;
    QString summary; // of the most severe, oldest alert
    QString description;
    QString runbookUrl; // the first alert's that has one; http(s) only
    QString generatorUrl; // the graph in Prometheus; http(s) only
    QStringList fingerprints; // sorted, without repeats
    QStringList sources;

    int total() const { return int(fingerprints.size()); }
    // Every alert of the group is silenced or inhibited: shown, but not calling for action.
    bool isQuiet() const { return active == 0; }
    friend bool operator==(const AlertGroup &, const AlertGroup &) = default;
};

// What declaring an incident from these alerts starts with: the most severe, oldest alert's
// service and summary as the title, the most severe severity, every service, every alert
// linked, and Detected when the first of them started. Resolved alerts are left out.
Declaration declarationFromAlerts(const QList<SourcedAlert> &alerts);

// The group an alert belongs to: "name\nservice".
QString groupKey(const Alert &alert);

// Groups what every Alertmanager reports now. An alert two Alertmanagers report (a highly
// available pair) counts once. Resolved alerts are left out. Order: groups that call for
// action before quiet ones, then by severity, then oldest first, then by name.
QList<AlertGroup> groupAlerts(const QList<SourcedAlert> &alerts);

} // namespace muster::alerts
