// SPDX-License-Identifier: GPL-3.0-or-later
#include "peoplemodel.h"

namespace muster {

PeopleModel::PeopleModel(QObject *parent)
    : RowListModel(parent)
{ }

QVariant PeopleModel::data(const QModelIndex &index, int role) const
{
    const Person *row = rowAt(index);
    if (!row)
        return {};
    const Person &p = *row;
    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
        return p.name;
    case IdRole:
        return p.id;
    case EmailRole:
        return p.email;
    case TeamRole:
        return p.team;
    case HandleRole:
        return p.handle;
    default:
        return {};
    }
}

QHash<int, QByteArray> PeopleModel::roleNames() const
{
    return {{IdRole, "personId"},
            {NameRole, "name"},
            {EmailRole, "email"},
            {TeamRole, "team"},
            {HandleRole, "handle"}};
}

void PeopleModel::setPeople(const QList<Person> &people)
{
    assignRows(people);
}

QString PeopleModel::nameOf(const QString &personId) const
{
    const auto p = person(personId);
    return p ? p->name : QString();
}

std::optional<Person> PeopleModel::person(const QString &personId) const
{
    const int row = indexOfId(personId);
    return row < 0 ? std::nullopt : std::optional(m_rows.at(row));
}

std::optional<Person> PeopleModel::findByName(const QString &name) const
{
    for (const Person &p : m_rows) {
        if (p.name.compare(name.trimmed(), Qt::CaseInsensitive) == 0)
            return p;
    }
    return std::nullopt;
}

int PeopleModel::indexOfId(const QString &personId) const
{
    if (personId.isEmpty())
        return -1;
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id == personId)
            return row;
    }
    return -1;
}

} // namespace muster
