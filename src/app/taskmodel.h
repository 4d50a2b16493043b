// SPDX-License-Identifier: GPL-3.0-or-later
// The tasks and action items of one incident, for the incident room's Tasks tab: open ones
// first (tasks of the response before follow-up action items, soonest due first), then done and
// dropped ones, so the record of what was handled stays in view.
#pragma once

#include "core/incident.h"
#include "rowlistmodel.h"

#include <QtQmlIntegration>

namespace muster {

class PeopleModel;

struct TaskRow
{
    Task task;
    QString ownerName;
    bool overdue = false; // open, with a due time that has passed
};

class TaskModel : public RowListModel<TaskRow>
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Part of IncidentRoom")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    Q_PROPERTY(int openCount READ openCount NOTIFY openCountChanged)
    Q_PROPERTY(int overdueCount READ overdueCount NOTIFY openCountChanged)

public:
    enum DataRole
    {
        IdRole = Qt::UserRole + 1, // QString: the task id
        KindRole, // QString: "task" or "action"
        KindLabelRole, // QString: "Task", "Action item"
        TitleRole, // QString
        OwnerIdRole, // QString: person id, empty when nobody
        OwnerNameRole, // QString: the owner's name, empty when nobody
        DueRole, // double: ms since the epoch, 0 when none
        StatusRole, // QString: "open", "done" or "dropped"
        StatusLabelRole, // QString
        OverdueRole, // bool: open and past its due time
        TrackerKeyRole, // QString: its Jira issue's key, "OPS-123"; "" until filed
        TrackerUrlRole, // QString: the Jira issue's page
        TrackerStatusRole, // QString: the status as Jira names it; "" until read
        TrackerDoneRole, // bool: the status is in Jira's "done" category
        TrackerRequestedRole, // bool: sent to Jira, not filed yet
    };
    Q_ENUM(DataRole)

    explicit TaskModel(QObject *parent = nullptr);

    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    void setIncident(const Incident &incident, const PeopleModel &people, qint64 nowMs);
    int openCount() const { return m_open; }
    int overdueCount() const { return m_overdue; }

    // The order rows are shown in: true when a comes before b.
    static bool before(const Task &a, const Task &b);

Q_SIGNALS:
    void countChanged();
    void openCountChanged();

private:
    void onCountChanged() override { emit countChanged(); }

    int m_open = 0;
    int m_overdue = 0;
};

} // namespace muster
