// SPDX-License-Identifier: GPL-3.0-or-later
#include "taskmodel.h"

#include "peoplemodel.h"

namespace muster {

TaskModel::TaskModel(QObject *parent)
    : RowListModel(parent)
{ }

QVariant TaskModel::data(const QModelIndex &index, int role) const
{
    const TaskRow *row = rowAt(index);
    if (!row)
        return {};
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole:
        return row->task.title;
    case IdRole:
        return row->task.id;
    case KindRole:
        return taskKindName(row->task.kind);
    case KindLabelRole:
        return taskKindLabel(row->task.kind);
    case OwnerIdRole:
        return row->task.ownerId;
    case OwnerNameRole:
        return row->ownerName;
    case DueRole:
        return double(row->task.dueMs);
    case StatusRole:
        return taskStatusName(row->task.status);
    case StatusLabelRole:
        return taskStatusLabel(row->task.status);
    case OverdueRole:
        return row->overdue;
    case TrackerKeyRole:
        return row->task.tracker.key;
    case TrackerUrlRole:
        return row->task.tracker.url;
    case TrackerStatusRole:
        return row->task.tracker.status;
    case TrackerDoneRole:
        return row->task.tracker.isDone();
    case TrackerRequestedRole:
        return row->task.tracker.isNull() && row->task.trackerRequestedMs > 0;
    default:
        return {};
    }
}

QHash<int, QByteArray> TaskModel::roleNames() const
{
    return {{IdRole, "taskId"},
            {KindRole, "kind"},
            {KindLabelRole, "kindLabel"},
            {TitleRole, "title"},
            {OwnerIdRole, "ownerId"},
            {OwnerNameRole, "ownerName"},
            {DueRole, "due"},
            {StatusRole, "status"},
            {StatusLabelRole, "statusLabel"},
            {OverdueRole, "overdue"},
            {TrackerKeyRole, "trackerKey"},
            {TrackerUrlRole, "trackerUrl"},
            {TrackerStatusRole, "trackerStatus"},
            {TrackerDoneRole, "trackerDone"},
            {TrackerRequestedRole, "trackerRequested"}};
}

bool TaskModel::before(const Task &a, const Task &b)
{
    const bool aOpen = a.status == TaskStatus::Open, bOpen = b.status == TaskStatus::Open;
    if (aOpen != bOpen)
        return aOpen;
    if (a.kind != b.kind)
        return a.kind == TaskKind::Task;
    // Soonest due first; without a due time after those with one.
    const qint64 aDue = a.dueMs > 0 ? a.dueMs : std::numeric_limits<qint64>::max();
    const qint64 bDue = b.dueMs > 0 ? b.dueMs : std::numeric_limits<qint64>::max();
    return std::tie(aDue, a.createdMs, a.id) < std::tie(bDue, b.createdMs, b.id);
}

void TaskModel::setIncident(const Incident &incident, const PeopleModel &people, qint64 nowMs)
{
    QList<Task> tasks = incident.tasks.values();
    std::sort(tasks.begin(), tasks.end(), &TaskModel::before);
    QList<TaskRow> rows;
    int open = 0, overdue = 0;
    for (const Task &task : std::as_const(tasks)) {
        TaskRow row {task, people.nameOf(task.ownerId), false};
        row.overdue = task.status == TaskStatus::Open && task.dueMs > 0 && task.dueMs < nowMs;
        open += task.status == TaskStatus::Open ? 1 : 0;
        overdue += row.overdue ? 1 : 0;
        rows.append(row);
    }
    assignRows(rows);
    if (open != m_open || overdue != m_overdue) {
        m_open = open;
        m_overdue = overdue;
        emit openCountChanged();
    }
}

} // namespace muster
