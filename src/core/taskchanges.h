// SPDX-License-Identifier: GPL-3.0-or-later
// What a responder's intent about tasks and action items becomes: the task's registers and one
// log line each, so the incident record shows who took what on, and when it was done.
#pragma once

#include "incident.h"
#include "operation.h"

namespace muster::changes {

struct NewTask
{
    TaskKind kind = TaskKind::Task;
    QString title;
    QString ownerId; // empty: nobody yet
    QString ownerName; // for the log line
    qint64 dueMs = 0; // 0: no due time
};

QList<Change> addTask(const Incident &incident, const QString &taskId, const NewTask &task, qint64 nowMs);
// Nothing when the task does not exist or already has that value.
QList<Change> setTaskStatus(const Incident &incident, const QString &taskId, TaskStatus status);
QList<Change> setTaskOwner(const Incident &incident, const QString &taskId, const QString &ownerId,
                           const QString &ownerName);
QList<Change> setTaskDue(const Incident &incident, const QString &taskId, qint64 dueMs);
QList<Change> setTaskTitle(const Incident &incident, const QString &taskId, const QString &title);
// Asks the relay to file an action item in the team's tracker (`tracker` names it for the log
// line, "Jira"). Nothing for a task that is not an action item or is filed already. Asking again
// (when the integration was replaced while it waited) files it once still: the relay keys the
// request by the item.
QList<Change> requestTrackerIssue(const Incident &incident, const QString &taskId, const QString &tracker,
                                  qint64 nowMs);

} // namespace muster::changes
