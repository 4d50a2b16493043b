// SPDX-License-Identifier: GPL-3.0-or-later
#include "boardmodel.h"

#include <QSet>

namespace muster {

BoardModel::BoardModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

int BoardModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant BoardModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const IncidentSummary &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole:
        return row.title;
    case IdRole:
        return row.id;
    case SummaryRole:
        return row.summary;
    case SeverityRole:
        return int(row.severity);
    case SeverityLabelRole:
        return severityLabel(row.severity);
    case StateRole:
        return stateName(row.state);
    case StateLabelRole:
        return stateLabel(row.state);
    case ServicesRole:
        return row.services;
    case DrillRole:
        return row.drill;
    case StartedAtRole:
        return double(row.startedAtMs);
    case CommanderRole:
        return row.commanderName;
    case LastLogAtRole:
        return double(row.lastLogAtMs);
    case LogCountRole:
        return row.logCount;
    case ResolvedAtRole:
        return double(row.resolvedAtMs);
    case CommsLeadIdRole:
        return row.commsLeadId.isEmpty() ? row.commanderId : row.commsLeadId;
    case CommanderIdRole:
        return row.commanderId;
    case UpdateDueRole:
        // When it is due does not depend on the clock; whether it is overdue is the view's reading.
        return double(
            comms::cadenceStatus(m_policy, row.severity, row.state, row.startedAtMs, row.lastUpdateSentMs, 0)
                .dueMs);
    default:
        return {};
    }
}

QHash<int, QByteArray> BoardModel::roleNames() const
{
    return {{IdRole, "incidentId"},
            {TitleRole, "title"},
            {SummaryRole, "summary"},
            {SeverityRole, "severity"},
            {SeverityLabelRole, "severityLabel"},
            {StateRole, "state"},
            {StateLabelRole, "stateLabel"},
            {ServicesRole, "services"},
            {DrillRole, "drill"},
            {StartedAtRole, "startedAt"},
            {CommanderRole, "commander"},
            {LastLogAtRole, "lastLogAt"},
            {LogCountRole, "logCount"},
            {ResolvedAtRole, "resolvedAt"},
            {UpdateDueRole, "updateDue"},
            {CommsLeadIdRole, "commsLeadId"},
            {CommanderIdRole, "commanderId"}};
}

void BoardModel::merge(const QList<IncidentSummary> &incidents)
{
    const QStringList servicesBefore = services();
    const int countBefore = rowCount();
    QHash<QString, qsizetype> incoming;
    for (qsizetype i = 0; i < incidents.size(); ++i)
        incoming.insert(incidents.at(i).id, i);

    // Remove rows that are gone (closed), from the bottom up so indexes stay valid.
    for (int row = int(m_rows.size()) - 1; row >= 0; --row) {
        if (!incoming.contains(m_rows.at(row).id)) {
            beginRemoveRows({}, row, row);
            m_rows.removeAt(row);
            endRemoveRows();
        }
    }
    // Update the rest in place.
    QSet<QString> present;
    for (int row = 0; row < m_rows.size(); ++row) {
        const QString id = m_rows.at(row).id;
        present.insert(id);
        m_rows[row] = incidents.at(incoming.value(id));
        emit dataChanged(index(row), index(row));
    }
    // Append the new ones in the order the query gave them.
    QList<IncidentSummary> added;
    for (const IncidentSummary &incident : incidents) {
        if (!present.contains(incident.id))
            added.append(incident);
    }
    if (!added.isEmpty()) {
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + added.size() - 1));
        m_rows.append(added);
        endInsertRows();
    }
    if (countBefore != rowCount())
        emit countChanged();
    if (servicesBefore != services())
        emit servicesChanged();
}

QStringList BoardModel::services() const
{
    QStringList all;
    for (const IncidentSummary &row : m_rows)
        all.append(row.services);
    all.removeDuplicates();
    all.sort(Qt::CaseInsensitive);
    return all;
}

void BoardModel::setCadencePolicy(const comms::CadencePolicy &policy)
{
    if (policy == m_policy)
        return;
    m_policy = policy;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0), index(rowCount() - 1), {UpdateDueRole});
}

QString BoardModel::firstIdInState(const QString &state) const
{
    for (const IncidentSummary &row : m_rows) {
        if (stateName(row.state) == state)
            return row.id;
    }
    return {};
}

QString BoardModel::topIncidentId() const
{
    const auto top = std::min_element(m_rows.cbegin(), m_rows.cend(), [](const auto &a, const auto &b) {
        return std::pair(int(a.severity), a.startedAtMs) < std::pair(int(b.severity), b.startedAtMs);
    });
    return top == m_rows.cend() ? QString() : top->id;
}

int BoardModel::indexOfId(const QString &id) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id == id)
            return row;
    }
    return -1;
}

} // namespace muster
