// SPDX-License-Identifier: GPL-3.0-or-later
#include "taskchanges.h"

#include "changes.h"
#include "fields.h"

#include <QCoreApplication>

namespace muster::changes {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("muster", text);
}

Change setAttribute(const Incident &incident, const QString &taskId, const QString &attribute,
                    const QCborValue &value)
{
    return {OpKind::Set, incidentEntity(incident.id), taskField(taskId, attribute), value};
}

// "Task", "Action item", as the log lines begin.
QString what(TaskKind kind)
{
    return taskKindLabel(kind);
}

} // namespace

QList<Change> addTask(const Incident &incident, const QString &taskId, const NewTask &task, qint64 nowMs)
{
    const QString title = task.title.simplified();
    QList<Change> out {setAttribute(incident, taskId, taskattr::kind, taskKindName(task.kind)),
                       setAttribute(incident, taskId, taskattr::title, title),
                       setAttribute(incident, taskId, taskattr::status, taskStatusName(TaskStatus::Open)),
                       setAttribute(incident, taskId, taskattr::created, nowMs)};
    if (!task.ownerId.isEmpty())
        out << setAttribute(incident, taskId, taskattr::owner, task.ownerId);
    if (task.dueMs > 0)
        out << setAttribute(incident, taskId, taskattr::due, task.dueMs);
    QStringList details;
    if (!task.ownerId.isEmpty())
        details << task.ownerName;
    if (task.dueMs > 0)
        details << tr("due %1").arg(formatLogTime(task.dueMs));
    QString text = tr("%1 added: %2").arg(what(task.kind), title);
    if (!details.isEmpty())
        text += QStringLiteral(" (") + details.join(QStringLiteral(", ")) + u')';
    out << changes::logEntry(incident.id, LogKind::Action, text);
    return out;
}

QList<Change> setTaskStatus(const Incident &incident, const QString &taskId, TaskStatus status)
{
    const auto task = incident.tasks.constFind(taskId);
    if (task == incident.tasks.cend() || task->status == status)
        return {};
    QString text;
    switch (status) {
    case TaskStatus::Done:
        text = tr("%1 done: %2").arg(what(task->kind), task->title);
        break;
    case TaskStatus::Dropped:
        text = tr("%1 dropped: %2").arg(what(task->kind), task->title);
        break;
    case TaskStatus::Open:
        text = tr("%1 reopened: %2").arg(what(task->kind), task->title);
        break;
    }
    return {setAttribute(incident, taskId, taskattr::status, taskStatusName(status)),
            changes::logEntry(incident.id, LogKind::Action, text).constFirst()};
}

QList<Change> setTaskOwner(const Incident &incident, const QString &taskId, const QString &ownerId,
                           const QString &ownerName)
{
    const auto task = incident.tasks.constFind(taskId);
    if (task == incident.tasks.cend() || task->ownerId == ownerId)
        return {};
    const QString text = ownerId.isEmpty()
        ? tr("%1 has no owner now: %2").arg(what(task->kind), task->title)
        : tr("%1 now owned by %2: %3").arg(what(task->kind), ownerName, task->title);
    return {setAttribute(incident, taskId, taskattr::owner, ownerId),
            changes::logEntry(incident.id, LogKind::Action, text).constFirst()};
}

QList<Change> setTaskDue(const Incident &incident, const QString &taskId, qint64 dueMs)
{
    const auto task = incident.tasks.constFind(taskId);
    if (task == incident.tasks.cend() || task->dueMs == dueMs)
        return {};
    const QString text = dueMs > 0
        ? tr("%1 due %2: %3").arg(what(task->kind), formatLogTime(dueMs), task->title)
        : tr("%1 has no due time now: %2").arg(what(task->kind), task->title);
    return {
        setAttribute(incident, taskId, taskattr::due, dueMs > 0 ? QCborValue(dueMs) : QCborValue(nullptr)),
        changes::logEntry(incident.id, LogKind::Action, text).constFirst()};
}

QList<Change> setTaskTitle(const Incident &incident, const QString &taskId, const QString &title)
{
    const auto task = incident.tasks.constFind(taskId);
    if (task == incident.tasks.cend() || task->title == title.simplified())
        return {};
    return {setAttribute(incident, taskId, taskattr::title, title.simplified()),
            changes::logEntry(
                incident.id, LogKind::Action,
                tr("%1 renamed from “%2” to “%3”").arg(what(task->kind), task->title, title.simplified()))
                .constFirst()};
}

QList<Change> requestTrackerIssue(const Incident &incident, const QString &taskId, const QString &tracker,
                                  qint64 nowMs)
{
    const auto task = incident.tasks.constFind(taskId);
    if (task == incident.tasks.cend() || task->kind != TaskKind::ActionItem || !task->tracker.isNull()
        || nowMs <= task->trackerRequestedMs)
        return {};
    // Sent again (its integration was replaced while it waited): the relay files it once still.
    const QString text = task->trackerRequestedMs > 0 ? tr("Action item sent to %1 again: %2")
                                                      : tr("Action item sent to %1: %2");
    return {setAttribute(incident, taskId, taskattr::trackerRequested, nowMs),
            changes::logEntry(incident.id, LogKind::Action, text.arg(tracker, task->title)).constFirst()};
}

} // namespace muster::changes
