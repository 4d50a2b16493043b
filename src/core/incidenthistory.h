// SPDX-License-Identifier: GPL-3.0-or-later
// What happened when in one incident, as the metrics read it: the final milestones, who held
// each role over which span of time, and how long each runbook step took. The registers keep
// only the latest holder of a role or state of a step; the spans come from the op log, which
// keeps every write.
#pragma once
#include "domain.h"
#include "hlc.h"

#include <QCborValue>
#include <QList>
#include <QMap>
#include <QStringList>

namespace muster {

// One person holding one role from fromMs until toMs (0: still held, the incident is open).
struct RoleSpan
{
    Role role = Role::IncidentCommander;
    QString personId;
    qint64 fromMs = 0;
    qint64 toMs = 0;
    friend bool operator==(const RoleSpan &, const RoleSpan &) = default;
};

// One runbook step that ended done: when work on it began and when it was done.
struct StepRun
{
    QString runbook; // the runbook's title, as attached
    int index = 0; // 0-based position in the runbook
    QString step; // the step's text
    qint64 startedMs = 0;
    qint64 doneMs = 0;
    friend bool operator==(const StepRun &, const StepRun &) = default;
};

struct IncidentHistory
{
    QString id;
    QString title;
    Severity severity = Severity::Sev3;
    QStringList services;
    bool drill = false;
    QMap<Milestone, qint64> milestones; // ms since the epoch, the final (corrected) values
    QList<RoleSpan> roles;
    QList<StepRun> steps;

    qint64 at(Milestone milestone) const { return milestones.value(milestone, 0); }
    // When the trouble began: impact start when known, otherwise detection.
    qint64 startMs() const;
};

// Turns an incident's role.*, runbook.* and step.* ops, given in any order, into its role
// spans and step runs. Other fields are ignored.
class IncidentHistoryBuilder
{
public:
    void add(const QString &field, HlcTimestamp hlc, const QString &replica, const QCborValue &value);
    // Fills history.roles and history.steps; spans end at the Resolved milestone when it is set.
    void finish(IncidentHistory &history) const;

private:
    struct Write
    {
        quint64 hlc;
        QString replica;
        QString field;
        QCborValue value;
    };
    QList<Write> m_writes;
};

} // namespace muster
