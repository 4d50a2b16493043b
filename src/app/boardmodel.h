// SPDX-License-Identifier: GPL-3.0-or-later
// The incident board: one row per active incident. Rows are merged by id on every refresh
// (remove, update in place, insert) so that views keep their scroll position and selection.
#pragma once

#include "comms/cadence.h"
#include "store/store.h"

#include <QAbstractListModel>
#include <QtQmlIntegration>

namespace muster {

class BoardModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The board belongs to MusterApp")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    Q_PROPERTY(QStringList services READ services NOTIFY servicesChanged)
    // The first incident in board order (most severe, then oldest); empty when none.
    Q_PROPERTY(QString topIncidentId READ topIncidentId NOTIFY countChanged)

public:
    enum DataRole
    {
        IdRole = Qt::UserRole + 1, // QString: incident id
        TitleRole, // QString
        SummaryRole, // QString
        SeverityRole, // int 1–4, 1 most severe
        SeverityLabelRole, // QString "SEV1"
        StateRole, // QString wire name, "investigating"
        StateLabelRole, // QString, translated
        ServicesRole, // QStringList
        DrillRole, // bool: a GameDay exercise, kept out of metrics
        StartedAtRole, // double: ms since epoch when detected, 0 when unknown
        CommanderRole, // QString: the IC's name, empty when nobody holds command
        LastLogAtRole, // double: ms since epoch of the newest log entry, 0 when none
        LogCountRole, // int
        ResolvedAtRole, // double: ms since epoch when resolved, 0 while unresolved
        UpdateDueRole, // double: ms since epoch when the next stakeholder update is due, 0 for none
        CommsLeadIdRole, // QString: who holds the Communications Lead role (the IC unless delegated)
        CommanderIdRole, // QString: the IC's person id, empty when nobody holds command
    };
    Q_ENUM(DataRole)

    explicit BoardModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Replaces the content with a fresh query result, row by row.
    void merge(const QList<IncidentSummary> &incidents);
    QStringList services() const;
    // The id of the first incident in board order (most severe, oldest), or empty.
    QString topIncidentId() const;
    // The first incident on the board in a state ("learning"); empty when none is.
    Q_INVOKABLE QString firstIdInState(const QString &state) const;
    int indexOfId(const QString &id) const;
    // The workspace's cadence: every card's "update due" follows it.
    void setCadencePolicy(const comms::CadencePolicy &policy);

Q_SIGNALS:
    void countChanged();
    void servicesChanged();

private:
    QList<IncidentSummary> m_rows;
    comms::CadencePolicy m_policy;
};

} // namespace muster
