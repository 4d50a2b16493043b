// SPDX-License-Identifier: GPL-3.0-or-later
#include "presencemodel.h"

namespace muster {

PresenceModel::PresenceModel(QObject *parent)
    : RowListModel(parent)
{ }

QVariant PresenceModel::data(const QModelIndex &index, int role) const
{
    const PresenceRow *row = rowAt(index);
    if (!row)
        return {};
    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
        return row->name;
    case PersonIdRole:
        return row->personId;
    case ViewingRole:
        return row->viewing;
    case IsMeRole:
        return row->isMe;
    default:
        return {};
    }
}

QHash<int, QByteArray> PresenceModel::roleNames() const
{
    return {{NameRole, "name"}, {PersonIdRole, "personId"}, {ViewingRole, "viewing"}, {IsMeRole, "isMe"}};
}

void PresenceModel::setPeers(const QList<protocol::Peer> &peers, const QString &ownReplica)
{
    QList<PresenceRow> rows;
    for (const protocol::Peer &peer : peers) {
        // A client that has not said who it is yet (presence follows the hello) is not shown.
        if (peer.name.isEmpty())
            continue;
        rows.append({peer.replica, peer.person, peer.name, peer.viewing, peer.replica == ownReplica});
    }
    std::sort(rows.begin(), rows.end(), [](const PresenceRow &a, const PresenceRow &b) {
        return std::tuple(!a.isMe, a.name.toCaseFolded(), a.replica)
            < std::tuple(!b.isMe, b.name.toCaseFolded(), b.replica);
    });
    const int before = rowCount();
    assignRows(rows);
    if (before == rowCount())
        emit countChanged(); // who is where may have changed even when the count did not
}

int PresenceModel::othersOnline() const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(), [](const PresenceRow &r) { return !r.isMe; }));
}

QSet<QString> PresenceModel::onlinePeople() const
{
    QSet<QString> out;
    for (const PresenceRow &row : m_rows)
        out.insert(row.personId);
    return out;
}

QStringList PresenceModel::othersViewing(const QString &incidentId) const
{
    QStringList names;
    for (const PresenceRow &row : m_rows) {
        if (!row.isMe && !incidentId.isEmpty() && row.viewing == incidentId && !names.contains(row.name))
            names.append(row.name);
    }
    names.sort(Qt::CaseInsensitive);
    return names;
}

} // namespace muster
