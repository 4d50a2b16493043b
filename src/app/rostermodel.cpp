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
    default:
        return {};
    }
}

QHash<int, QByteArray> RosterModel::roleNames() const
{
    return {{RoleNameRole, "role"},         {RoleLabelRole, "roleLabel"}, {PersonIdRole, "personId"},
            {PersonNameRole, "personName"}, {DelegatedRole, "delegated"}, {IsCommanderRole, "isCommander"}};
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

} // namespace muster
