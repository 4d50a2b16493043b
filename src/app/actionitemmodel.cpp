// SPDX-License-Identifier: GPL-3.0-or-later
#include "actionitemmodel.h"

#include "core/taskchanges.h"
#include "musterapp.h"
#include "peoplemodel.h"
#include "store/storeclient.h"

namespace muster {

ActionItemModel::ActionItemModel(MusterApp *app)
    : RowListModel(app)
    , m_app(app)
{ }

QVariant ActionItemModel::data(const QModelIndex &index, int role) const
{
    const ActionItemRow *row = rowAt(index);
    if (!row)
        return {};
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole:
        return row->item.task.title;
    case TaskIdRole:
        return row->item.task.id;
    case OwnerIdRole:
        return row->item.task.ownerId;
    case OwnerNameRole:
        return row->ownerName;
    case DueRole:
        return double(row->item.task.dueMs);
    case OverdueRole:
        return row->overdue;
    case IncidentIdRole:
        return row->item.incidentId;
    case IncidentTitleRole:
        return row->item.incidentTitle;
    case SeverityRole:
        return int(row->item.severity);
    case DrillRole:
        return row->item.drill;
    case TrackerKeyRole:
        return row->item.task.tracker.key;
    case TrackerUrlRole:
        return row->item.task.tracker.url;
    case TrackerStatusRole:
        return row->item.task.tracker.status;
    case TrackerDoneRole:
        return row->item.task.tracker.isDone();
    case TrackerRequestedRole:
        return row->item.task.tracker.isNull() && row->item.task.trackerRequestedMs > 0;
    default:
        return {};
    }
}

QHash<int, QByteArray> ActionItemModel::roleNames() const
{
    return {{TaskIdRole, "taskId"},
            {TitleRole, "title"},
            {OwnerIdRole, "ownerId"},
            {OwnerNameRole, "ownerName"},
            {DueRole, "due"},
            {OverdueRole, "overdue"},
            {IncidentIdRole, "incidentId"},
            {IncidentTitleRole, "incidentTitle"},
            {SeverityRole, "severity"},
            {DrillRole, "drill"},
            {TrackerKeyRole, "trackerKey"},
            {TrackerUrlRole, "trackerUrl"},
            {TrackerStatusRole, "trackerStatus"},
            {TrackerDoneRole, "trackerDone"},
            {TrackerRequestedRole, "trackerRequested"}};
}

void ActionItemModel::setOwnerFilter(const QString &personId)
{
    if (m_ownerFilter == personId)
        return;
    m_ownerFilter = personId;
    emit ownerFilterChanged();
    reload();
}

void ActionItemModel::reload()
{
    const quint64 generation = ++m_generation;
    const QString owner = m_ownerFilter;
    m_app->storeClient()->run<StoreResult<QList<ActionItem>>>(
        this, [owner](Store &store) { return store.openActionItems(owner); },
        [this, generation](const StoreResult<QList<ActionItem>> &result) {
            if (generation != m_generation)
                return;
            if (!result.ok()) {
                m_app->setNotice(result.error.message);
                return;
            }
            const qint64 now = m_app->nowMs();
            QList<ActionItemRow> rows;
            int overdue = 0;
            for (const ActionItem &item : result.value) {
                ActionItemRow row {item, m_app->people()->nameOf(item.task.ownerId),
                                   item.task.dueMs > 0 && item.task.dueMs < now};
                overdue += row.overdue ? 1 : 0;
                rows.append(row);
            }
            m_overdue = overdue;
            assignRows(rows);
            emit loaded();
        });
}

void ActionItemModel::markDone(const QString &incidentId, const QString &taskId)
{
    m_app->storeClient()->run<StoreResult<std::optional<Incident>>>(
        this, [incidentId](Store &store) { return store.incident(incidentId); },
        [this, taskId](const StoreResult<std::optional<Incident>> &incident) {
            if (!incident.ok() || !incident.value) {
                m_app->setNotice(tr("The action item was not changed: its incident could not be read."));
                return;
            }
            m_app->commit(changes::setTaskStatus(*incident.value, taskId, TaskStatus::Done), this);
        });
}

void ActionItemModel::sendToJira(const QString &incidentId, const QString &taskId)
{
    m_app->storeClient()->run<StoreResult<std::optional<Incident>>>(
        this, [incidentId](Store &store) { return store.incident(incidentId); },
        [this, taskId](const StoreResult<std::optional<Incident>> &incident) {
            if (!incident.ok() || !incident.value) {
                m_app->setNotice(tr("The action item was not sent to Jira: its incident could not be read."));
                return;
            }
            m_app->commit(
                changes::requestTrackerIssue(*incident.value, taskId, QStringLiteral("Jira"), m_app->nowMs()),
                this);
        });
}

} // namespace muster
