// SPDX-License-Identifier: GPL-3.0-or-later
#include "rostermodel.h"

#include "peoplemodel.h"

#include <QCoreApplication>

namespace muster {

RosterModel::RosterModel(QObject *parent)
    : RowListModel(parent)
{ }

QVariant RosterModel::data(const QModelIndex &index, int role) const
{
    const RosterRow *row = rowAt(index);
    if (!row)
        return {};
    switch (role) {
    case Qt::DisplayRole:
    case RoleLabelRole:
        return row->roleLabel;
    case RoleNameRole:
        return row->role;
    case PersonIdRole:
        return row->personId;
    case PersonNameRole:
        return row->personName;
    case DelegatedRole:
        return row->delegated;
    case IsCommanderRole:
        return row->role == roleName(Role::IncidentCommander);
    case OnlineRole:
        return !row->personId.isEmpty() && m_online.contains(row->personId);
    default:
        return {};
    }
}

QHash<int, QByteArray> RosterModel::roleNames() const
{
    return {{RoleNameRole, "role"},         {RoleLabelRole, "roleLabel"}, {PersonIdRole, "personId"},
            {PersonNameRole, "personName"}, {DelegatedRole, "delegated"}, {IsCommanderRole, "isCommander"},
            {OnlineRole, "online"}};
}

void RosterModel::setIncident(const Incident &incident, const PeopleModel &people)
{
    QList<RosterRow> rows;
    for (Role role : allRoles) {
        const QString holder = incident.holderOf(role);
        rows.append(
            {roleName(role), roleLabel(role), holder, people.nameOf(holder), incident.roles.contains(role)});
    }
    for (const QString &sme : incident.smes) {
        rows.append({QStringLiteral("sme"), QCoreApplication::translate("muster", "Subject-matter expert"),
                     sme, people.nameOf(sme), true});
    }
    assignRows(rows);
}

void RosterModel::setOnline(const QSet<QString> &personIds)
{
    if (personIds == m_online)
        return;
    m_online = personIds;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0), index(int(m_rows.size()) - 1), {OnlineRole});
}

} // namespace muster
