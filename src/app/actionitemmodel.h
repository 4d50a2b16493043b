// SPDX-License-Identifier: GPL-3.0-or-later
// Open follow-up action items of every incident, closed ones included: the list a team reviews
// each week ("what did we promise after the last outages, and who owes it?"). Filterable by
// owner; soonest due first, overdue ones marked. Reads the store again after changes to tasks.
#pragma once

#include "rowlistmodel.h"
#include "store/store.h"

#include <QtQmlIntegration>

namespace muster {

class MusterApp;

struct ActionItemRow
{
    ActionItem item;
    QString ownerName;
    bool overdue = false;
};

class ActionItemModel : public RowListModel<ActionItemRow>
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Part of MusterApp")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    // A person id: only their items. Empty: everyone's.
    Q_PROPERTY(QString ownerFilter READ ownerFilter WRITE setOwnerFilter NOTIFY ownerFilterChanged)
    Q_PROPERTY(int overdueCount READ overdueCount NOTIFY loaded)

public:
    enum DataRole
    {
        TaskIdRole = Qt::UserRole + 1, // QString
        TitleRole, // QString
        OwnerIdRole, // QString: empty when nobody owns it yet
        OwnerNameRole, // QString
        DueRole, // double: ms since the epoch; 0 when none
        OverdueRole, // bool
        IncidentIdRole, // QString
        IncidentTitleRole, // QString
        SeverityRole, // int 1–4, of the incident
        DrillRole, // bool: the incident was a drill
        TrackerKeyRole, // QString: its Jira issue's key, "OPS-123"; "" until filed
        TrackerUrlRole, // QString: the Jira issue's page
        TrackerStatusRole, // QString: the status as Jira names it; "" until read
        TrackerDoneRole, // bool: the status is in Jira's "done" category
        TrackerRequestedRole, // bool: sent to Jira, not filed yet
    };
    Q_ENUM(DataRole)

    explicit ActionItemModel(MusterApp *app);

    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    QString ownerFilter() const { return m_ownerFilter; }
    void setOwnerFilter(const QString &personId);
    int overdueCount() const { return m_overdue; }

    // Reads the list again (after changes to tasks or people); loaded() follows.
    Q_INVOKABLE void reload();
    // Marks an item done (in its incident's log too).
    Q_INVOKABLE void markDone(const QString &incidentId, const QString &taskId);
    // Asks the relay to file the item in Jira (app.integrations.filesToJira says one is set up).
    Q_INVOKABLE void sendToJira(const QString &incidentId, const QString &taskId);

Q_SIGNALS:
    void countChanged();
    void ownerFilterChanged();
    void loaded();

private:
    void onCountChanged() override { emit countChanged(); }

    MusterApp *m_app;
    QString m_ownerFilter;
    int m_overdue = 0;
    quint64 m_generation = 0; // answers to an older reload are dropped
};

} // namespace muster
